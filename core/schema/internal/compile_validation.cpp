// The validation vocabulary: assertions on the instance itself. Each keyword is
// compiled on its own, so a bad one returns from that keyword only.
#include "core/schema/internal/compile_vocabularies.h"

#include <algorithm>

namespace yaosu::schema::internal {
namespace {

// TypeBitFor: the TypeBit of a `type` name, or 0 for an unknown name.
std::uint8_t TypeBitFor(std::string_view name) {
  if (name == "null") return kNullBit;
  if (name == "boolean") return kBooleanBit;
  if (name == "object") return kObjectBit;
  if (name == "array") return kArrayBit;
  if (name == "number") return kNumberBit;
  if (name == "string") return kStringBit;
  if (name == "integer") return kIntegerBit;
  return 0;
}

void CompileType(KeywordReader& keywords) {
  const nlohmann::json* type = keywords.Member("type");
  if (type == nullptr) return;
  TypeKeyword keyword;
  const auto add = [&](const nlohmann::json& name) {
    const std::uint8_t bit = name.is_string() ? TypeBitFor(name.get_ref<const std::string&>()) : 0;
    keyword.allowed |= bit;
    return bit != 0;
  };
  bool ok = true;
  if (type->is_array()) {
    for (const nlohmann::json& name : *type) ok = add(name) && ok;
  } else {
    ok = add(*type);
  }
  if (!ok) return keywords.Invalid("type", "type name or array of type names");
  keywords.Add("type", keyword);
}

void CompileBound(KeywordReader& keywords, std::string_view name, BoundKeyword::Kind kind) {
  const nlohmann::json* limit = keywords.Member(name);
  if (limit == nullptr) return;
  if (!limit->is_number()) return keywords.Invalid(name, "number");
  keywords.Add(name, BoundKeyword{kind, limit});
}

void CompileLength(KeywordReader& keywords, std::string_view name, bool is_max) {
  std::uint64_t limit = 0;
  if (keywords.Member(name) != nullptr && keywords.NonNegativeInteger(name, limit)) {
    keywords.Add(name, LengthKeyword{is_max, limit});
  }
}

void CompileCount(KeywordReader& keywords, std::string_view name, bool is_max, bool of_properties) {
  std::uint64_t limit = 0;
  if (keywords.Member(name) != nullptr && keywords.NonNegativeInteger(name, limit)) {
    keywords.Add(name, CountKeyword{is_max, of_properties, limit});
  }
}

void CompilePattern(KeywordReader& keywords) {
  const nlohmann::json* pattern = keywords.Member("pattern");
  if (pattern == nullptr) return;
  if (!pattern->is_string()) return keywords.Invalid("pattern", "string");
  if (std::optional<regex::Regex> compiled =
          keywords.Pattern("pattern", pattern->get<std::string>(), keywords.At("pattern"))) {
    keywords.Add("pattern", PatternKeyword{std::move(*compiled)});
  }
}

void CompileDependentRequired(KeywordReader& keywords) {
  const nlohmann::json* dependent = keywords.Member("dependentRequired");
  if (dependent == nullptr) return;
  if (!dependent->is_object()) return keywords.Invalid("dependentRequired", "object of string arrays");
  DependentRequiredKeyword keyword;
  for (const auto& [name, names] : dependent->items()) {
    keyword.dependencies.emplace_back(name, std::vector<std::string>{});
    if (!keywords.StringArray("dependentRequired", names, keyword.dependencies.back().second)) return;
  }
  keywords.Add("dependentRequired", std::move(keyword));
}

}  // namespace

void CompileValidationVocabulary(KeywordReader& keywords) {
  CompileType(keywords);
  if (const nlohmann::json* values = keywords.Member("enum")) {
    if (values->is_array()) keywords.Add("enum", EnumKeyword{values});
    else keywords.Invalid("enum", "array");
  }
  if (const nlohmann::json* value = keywords.Member("const")) keywords.Add("const", ConstKeyword{value});
  if (const nlohmann::json* divisor = keywords.Member("multipleOf")) {
    if (divisor->is_number() && divisor->get<double>() > 0) keywords.Add("multipleOf", MultipleOfKeyword{divisor});
    else keywords.Invalid("multipleOf", "number greater than 0");
  }
  CompileBound(keywords, "minimum", BoundKeyword::Kind::kMinimum);
  CompileBound(keywords, "maximum", BoundKeyword::Kind::kMaximum);
  CompileBound(keywords, "exclusiveMinimum", BoundKeyword::Kind::kExclusiveMinimum);
  CompileBound(keywords, "exclusiveMaximum", BoundKeyword::Kind::kExclusiveMaximum);
  CompileLength(keywords, "minLength", false);
  CompileLength(keywords, "maxLength", true);
  CompilePattern(keywords);
  CompileCount(keywords, "minItems", false, false);
  CompileCount(keywords, "maxItems", true, false);
  CompileCount(keywords, "minProperties", false, true);
  CompileCount(keywords, "maxProperties", true, true);
  if (const nlohmann::json* unique = keywords.Member("uniqueItems")) {
    if (!unique->is_boolean()) keywords.Invalid("uniqueItems", "boolean");
    else if (unique->get<bool>()) keywords.Add("uniqueItems", UniqueItemsKeyword{});
  }
  if (const nlohmann::json* required = keywords.Member("required")) {
    RequiredKeyword keyword;
    if (keywords.StringArray("required", *required, keyword.names)) {
      keyword.sorted_names = keyword.names;
      std::sort(keyword.sorted_names.begin(), keyword.sorted_names.end());
      keywords.Add("required", std::move(keyword));
    }
  }
  CompileDependentRequired(keywords);
}

}  // namespace yaosu::schema::internal

#include "core/schema/internal/compile_keywords.h"

#include <algorithm>
#include <string>

#include "core/json/numbers.h"
#include "core/json/pointer.h"

namespace yaosu::schema::internal {
namespace {

bool IsSchemaValue(const nlohmann::json& value) { return value.is_object() || value.is_boolean(); }

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

// KeywordCompiler: compiles the keywords of one schema object.
class KeywordCompiler {
 public:
  KeywordCompiler(Compiler& compiler, Node& node, const SchemaLocation& location, const nlohmann::json& schema,
                  const SubschemaInfo& info, const Dialect& dialect)
      : compiler_(compiler), node_(node), location_(location), schema_(schema), info_(info), dialect_(dialect) {}

  void CompileAll() {
    CompileCore();  // the core vocabulary is always in force
    if (dialect_.Has(kApplicatorVocabulary)) CompileApplicators();
    if (dialect_.Has(kValidationVocabulary)) CompileValidation();
    CompileFormat();
    if (dialect_.Has(kUnevaluatedVocabulary)) CompileUnevaluated();
  }

 private:
  // --- helpers -------------------------------------------------------------
  const nlohmann::json* Member(std::string_view name) const {
    const auto it = schema_.find(name);
    return it == schema_.end() ? nullptr : &*it;
  }
  SchemaLocation At(std::string_view name) const {
    return {location_.document, location_.pointer + "/" + EscapePointerToken(name)};
  }
  SchemaLocation At(std::string_view name, std::string_view key) const {
    SchemaLocation location = At(name);
    location.pointer += "/" + EscapePointerToken(key);
    return location;
  }
  SchemaLocation At(std::string_view name, std::size_t index) const { return At(name, std::to_string(index)); }

  void Invalid(std::string_view name, std::string_view expected) {
    compiler_.Report("schema.invalid_keyword", At(name), {{"keyword", name}, {"expected", expected}});
  }
  void Add(std::string_view name, KeywordData data) { node_.keywords.push_back({std::string(name), std::move(data)}); }

  // Schema: the subschema that is the value of `name`, or nullptr (reported).
  const Node* Schema(std::string_view name) {
    if (!IsSchemaValue(*Member(name))) {
      Invalid(name, "schema");
      return nullptr;
    }
    return compiler_.Subschema(At(name));
  }
  // SchemaArray: the subschemas of a non-empty array value.
  bool SchemaArray(std::string_view name, std::vector<const Node*>& out) {
    const nlohmann::json& value = *Member(name);
    if (!value.is_array() || value.empty()) {
      Invalid(name, "non-empty array of schemas");
      return false;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (!IsSchemaValue(value[i])) {
        Invalid(name, "non-empty array of schemas");
        return false;
      }
      out.push_back(compiler_.Subschema(At(name, i)));
    }
    return true;
  }
  // SchemaMap: the subschemas of an object value, by property name.
  bool SchemaMap(std::string_view name, std::vector<std::pair<std::string, const Node*>>& out) {
    const nlohmann::json& value = *Member(name);
    if (!value.is_object()) {
      Invalid(name, "object of schemas");
      return false;
    }
    for (const auto& [key, subschema] : value.items()) {
      if (!IsSchemaValue(subschema)) {
        Invalid(name, "object of schemas");
        return false;
      }
      out.emplace_back(key, compiler_.Subschema(At(name, key)));
    }
    return true;
  }
  bool NonNegativeInteger(std::string_view name, std::uint64_t& out) {
    const nlohmann::json& value = *Member(name);
    if (!value.is_number() || !IsIntegral(value) || value.get<double>() < 0) {
      Invalid(name, "non-negative integer");
      return false;
    }
    out = value.is_number_float() ? static_cast<std::uint64_t>(std::min(value.get<double>(), 1.8e19))
                                  : value.get<std::uint64_t>();
    return true;
  }
  bool StringArray(std::string_view name, const nlohmann::json& value, std::vector<std::string>& out) {
    if (!value.is_array()) {
      Invalid(name, "array of strings");
      return false;
    }
    for (const nlohmann::json& item : value) {
      if (!item.is_string()) {
        Invalid(name, "array of strings");
        return false;
      }
      out.push_back(item.get<std::string>());
    }
    return true;
  }
  std::optional<regex::Regex> Pattern(std::string_view name, const std::string& pattern, const SchemaLocation& at) {
    std::string error;
    std::optional<regex::Regex> compiled = regex::Regex::Compile(pattern, &error);
    if (!compiled) {
      compiler_.Report("schema.invalid_pattern", at, {{"keyword", name}, {"pattern", pattern}, {"reason", error}});
    }
    return compiled;
  }

  // --- core ----------------------------------------------------------------
  void CompileCore() {
    // A bad keyword is reported and skipped, never a return: the keywords after it still get checked.
    if (const nlohmann::json* ref = Member("$ref")) {
      if (!ref->is_string()) {
        Invalid("$ref", "URI reference");
      } else if (const Node* target = compiler_.Resolve(info_, ref->get<std::string>(), At("$ref"))) {
        Add("$ref", RefKeyword{target});
      }
    }
    const nlohmann::json* dynamic_ref = dialect_.legacy ? nullptr : Member("$dynamicRef");
    if (dynamic_ref != nullptr) {
      if (!dynamic_ref->is_string()) Invalid("$dynamicRef", "URI reference");
      else CompileDynamicRef(dynamic_ref->get<std::string>());
    }
  }

  // A `$dynamicRef` is dynamic only when its static target declares a
  // `$dynamicAnchor` of the fragment's name (the "bookend"); otherwise it is
  // an ordinary `$ref`.
  void CompileDynamicRef(const std::string& reference) {
    const Node* target = compiler_.Resolve(info_, reference, At("$dynamicRef"));
    if (target == nullptr) return;
    DynamicRefKeyword keyword{target, std::nullopt};
    const std::size_t hash = reference.find('#');
    if (hash != std::string::npos) {
      const std::string anchor = reference.substr(hash + 1);
      const auto& anchors = target->resource->dynamic_anchors;
      if (!anchor.empty() && anchor.front() != '/') {
        const auto it = anchors.find(anchor);
        if (it != anchors.end() && it->second == target) keyword.anchor = anchor;
      }
    }
    Add("$dynamicRef", std::move(keyword));
  }

  // --- applicators ---------------------------------------------------------
  void CompileApplicators() {
    CompileCombinator("allOf", CombinatorKeyword::Kind::kAllOf);
    CompileCombinator("anyOf", CombinatorKeyword::Kind::kAnyOf);
    CompileCombinator("oneOf", CombinatorKeyword::Kind::kOneOf);
    if (Member("not") != nullptr) {
      if (const Node* schema = Schema("not")) Add("not", NotKeyword{schema});
    }
    CompileConditional();
    if (Member("dependentSchemas") != nullptr) {
      DependentSchemasKeyword keyword;
      if (SchemaMap("dependentSchemas", keyword.schemas)) Add("dependentSchemas", std::move(keyword));
    }
    CompileDependencies();
    CompileArrayApplicators();
    CompileObjectApplicators();
  }

  void CompileCombinator(std::string_view name, CombinatorKeyword::Kind kind) {
    if (Member(name) == nullptr) return;
    CombinatorKeyword keyword{kind, {}};
    if (SchemaArray(name, keyword.schemas)) Add(name, std::move(keyword));
  }

  void CompileConditional() {
    if (Member("if") == nullptr) return;  // `then` and `else` mean nothing without `if`
    ConditionalKeyword keyword;
    keyword.if_schema = Schema("if");
    if (Member("then") != nullptr) keyword.then_schema = Schema("then");
    if (Member("else") != nullptr) keyword.else_schema = Schema("else");
    if (keyword.if_schema != nullptr) Add("if", keyword);
  }

  // `dependencies` (draft-07 and before), still honoured for compatibility:
  // an array value is dependentRequired, a schema value dependentSchemas.
  void CompileDependencies() {
    const nlohmann::json* value = Member("dependencies");
    if (value == nullptr) return;
    if (!value->is_object()) return Invalid("dependencies", "object");
    DependentRequiredKeyword required;
    DependentSchemasKeyword schemas;
    for (const auto& [key, dependency] : value->items()) {
      if (IsSchemaValue(dependency)) {
        schemas.schemas.emplace_back(key, compiler_.Subschema(At("dependencies", key)));
      } else {
        std::vector<std::string> names;
        if (!StringArray("dependencies", dependency, names)) return;
        required.dependencies.emplace_back(key, std::move(names));
      }
    }
    if (!required.dependencies.empty()) Add("dependencies", std::move(required));
    if (!schemas.schemas.empty()) Add("dependencies", std::move(schemas));
  }

  void CompileArrayApplicators() {
    std::size_t prefix_length = 0;
    const char* prefix_name = dialect_.legacy ? "items" : "prefixItems";
    const nlohmann::json* prefix = Member(prefix_name);
    if (prefix != nullptr && (!dialect_.legacy || prefix->is_array())) {
      PrefixItemsKeyword keyword;
      if (SchemaArray(prefix_name, keyword.schemas)) {
        prefix_length = keyword.schemas.size();
        Add(prefix_name, std::move(keyword));
      }
    }
    // In 2020-12 `items` follows `prefixItems`; in older drafts
    // `additionalItems` follows an array-form `items`.
    const char* rest_name = dialect_.legacy ? "additionalItems" : "items";
    const bool rest_applies = !dialect_.legacy || (prefix != nullptr && prefix->is_array());
    if (dialect_.legacy && prefix != nullptr && !prefix->is_array()) {
      if (const Node* schema = Schema("items")) Add("items", ItemsKeyword{schema, 0});
    } else if (rest_applies && Member(rest_name) != nullptr) {
      if (const Node* schema = Schema(rest_name)) Add(rest_name, ItemsKeyword{schema, prefix_length});
    }
    if (Member("contains") != nullptr) CompileContains();
  }

  // minContains and maxContains are keywords of their own: each is checked even when another is bad.
  void CompileContains() {
    ContainsKeyword keyword;
    keyword.schema = Schema("contains");
    bool ok = keyword.schema != nullptr;
    if (dialect_.Has(kValidationVocabulary)) {
      if (Member("minContains") != nullptr) ok = NonNegativeInteger("minContains", keyword.min) && ok;
      std::uint64_t max = 0;
      if (Member("maxContains") != nullptr) {
        if (NonNegativeInteger("maxContains", max)) keyword.max = max;
        else ok = false;
      }
    }
    if (ok) Add("contains", std::move(keyword));
  }

  void CompileObjectApplicators() {
    AdditionalPropertiesKeyword additional;
    if (Member("properties") != nullptr) {
      PropertiesKeyword keyword;
      if (SchemaMap("properties", keyword.properties)) {
        for (const auto& [name, schema] : keyword.properties) additional.known.insert(name);
        Add("properties", std::move(keyword));
      }
    }
    if (Member("patternProperties") != nullptr) CompilePatternProperties(additional);
    if (Member("additionalProperties") != nullptr) {
      additional.schema = Schema("additionalProperties");
      if (additional.schema != nullptr) Add("additionalProperties", std::move(additional));
    }
    if (Member("propertyNames") != nullptr) {
      if (const Node* schema = Schema("propertyNames")) Add("propertyNames", PropertyNamesKeyword{schema});
    }
  }

  // CompilePatternProperties: the keyword, its patterns also given to `additional`.
  void CompilePatternProperties(AdditionalPropertiesKeyword& additional) {
    std::vector<std::pair<std::string, const Node*>> schemas;
    if (!SchemaMap("patternProperties", schemas)) return;
    PatternPropertiesKeyword keyword;
    for (auto& [pattern, schema] : schemas) {
      std::optional<regex::Regex> compiled = Pattern("patternProperties", pattern, At("patternProperties", pattern));
      if (!compiled) return;
      additional.patterns.push_back(*compiled);
      keyword.patterns.emplace_back(std::move(*compiled), schema);
    }
    Add("patternProperties", std::move(keyword));
  }

  // --- unevaluated ---------------------------------------------------------
  void CompileUnevaluated() {
    if (Member("unevaluatedItems") != nullptr) {
      if (const Node* schema = Schema("unevaluatedItems")) {
        Add("unevaluatedItems", UnevaluatedItemsKeyword{schema});
        node_.reads_annotations = true;
      }
    }
    if (Member("unevaluatedProperties") != nullptr) {
      if (const Node* schema = Schema("unevaluatedProperties")) {
        Add("unevaluatedProperties", UnevaluatedPropertiesKeyword{schema});
        node_.reads_annotations = true;
      }
    }
  }

  // --- validation ----------------------------------------------------------
  void CompileValidation() {
    CompileType();
    if (const nlohmann::json* values = Member("enum")) {
      if (values->is_array()) Add("enum", EnumKeyword{values});
      else Invalid("enum", "array");
    }
    if (const nlohmann::json* value = Member("const")) Add("const", ConstKeyword{value});
    if (const nlohmann::json* divisor = Member("multipleOf")) {
      if (divisor->is_number() && divisor->get<double>() > 0) Add("multipleOf", MultipleOfKeyword{divisor});
      else Invalid("multipleOf", "number greater than 0");
    }
    CompileBound("minimum", BoundKeyword::Kind::kMinimum);
    CompileBound("maximum", BoundKeyword::Kind::kMaximum);
    CompileBound("exclusiveMinimum", BoundKeyword::Kind::kExclusiveMinimum);
    CompileBound("exclusiveMaximum", BoundKeyword::Kind::kExclusiveMaximum);
    CompileLength("minLength", false);
    CompileLength("maxLength", true);
    CompilePattern();
    CompileCount("minItems", false, false);
    CompileCount("maxItems", true, false);
    CompileCount("minProperties", false, true);
    CompileCount("maxProperties", true, true);
    if (const nlohmann::json* unique = Member("uniqueItems")) {
      if (!unique->is_boolean()) Invalid("uniqueItems", "boolean");
      else if (unique->get<bool>()) Add("uniqueItems", UniqueItemsKeyword{});
    }
    if (const nlohmann::json* required = Member("required")) {
      RequiredKeyword keyword;
      if (StringArray("required", *required, keyword.names)) Add("required", std::move(keyword));
    }
    CompileDependentRequired();
  }

  // Each keyword of its own function, so that a bad one returns from that keyword only.
  void CompilePattern() {
    const nlohmann::json* pattern = Member("pattern");
    if (pattern == nullptr) return;
    if (!pattern->is_string()) return Invalid("pattern", "string");
    if (std::optional<regex::Regex> compiled = Pattern("pattern", pattern->get<std::string>(), At("pattern"))) {
      Add("pattern", PatternKeyword{std::move(*compiled)});
    }
  }

  void CompileDependentRequired() {
    const nlohmann::json* dependent = Member("dependentRequired");
    if (dependent == nullptr) return;
    if (!dependent->is_object()) return Invalid("dependentRequired", "object of string arrays");
    DependentRequiredKeyword keyword;
    for (const auto& [name, names] : dependent->items()) {
      keyword.dependencies.emplace_back(name, std::vector<std::string>{});
      if (!StringArray("dependentRequired", names, keyword.dependencies.back().second)) return;
    }
    Add("dependentRequired", std::move(keyword));
  }

  void CompileType() {
    const nlohmann::json* type = Member("type");
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
    if (!ok) return Invalid("type", "type name or array of type names");
    Add("type", keyword);
  }

  void CompileBound(std::string_view name, BoundKeyword::Kind kind) {
    const nlohmann::json* limit = Member(name);
    if (limit == nullptr) return;
    if (!limit->is_number()) return Invalid(name, "number");
    Add(name, BoundKeyword{kind, limit});
  }

  void CompileLength(std::string_view name, bool is_max) {
    std::uint64_t limit = 0;
    if (Member(name) != nullptr && NonNegativeInteger(name, limit)) Add(name, LengthKeyword{is_max, limit});
  }

  void CompileCount(std::string_view name, bool is_max, bool of_properties) {
    std::uint64_t limit = 0;
    if (Member(name) != nullptr && NonNegativeInteger(name, limit)) {
      Add(name, CountKeyword{is_max, of_properties, limit});
    }
  }

  // --- format --------------------------------------------------------------
  // `format` asserts only when asked to (an option, or a meta-schema with the
  // format-assertion vocabulary); otherwise it is an annotation and compiles
  // to nothing. Unknown formats stay annotations either way.
  void CompileFormat() {
    const nlohmann::json* format = Member("format");
    if (format == nullptr) return;
    const bool asserts = compiler_.options().format_assertion || dialect_.Has(kFormatAssertionVocabulary);
    if (!asserts || !format->is_string()) return;
    const std::string& name = format->get_ref<const std::string&>();
    if (const FormatChecker* checker = compiler_.formats().Find(name)) Add("format", FormatKeyword{name, checker});
  }

  Compiler& compiler_;
  Node& node_;
  const SchemaLocation& location_;
  const nlohmann::json& schema_;
  const SubschemaInfo& info_;
  const Dialect& dialect_;
};

}  // namespace

void CompileKeywords(Compiler& compiler, Node& node, const SchemaLocation& location, const nlohmann::json& schema,
                     const SubschemaInfo& info, const Dialect& dialect) {
  KeywordCompiler(compiler, node, location, schema, info, dialect).CompileAll();
}

}  // namespace yaosu::schema::internal

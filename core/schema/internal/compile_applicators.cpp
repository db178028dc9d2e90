// The applicator vocabulary: keywords whose values are subschemas. Each keyword
// is compiled on its own, so a bad one is reported and the others still checked.
#include <algorithm>

#include "core/schema/internal/compile_vocabularies.h"

namespace yaosu::schema::internal {
namespace {

void CompileCombinator(KeywordReader& keywords, std::string_view name, CombinatorKeyword::Kind kind) {
  if (keywords.Member(name) == nullptr) return;
  CombinatorKeyword keyword{kind, {}};
  if (keywords.SchemaArray(name, keyword.schemas)) keywords.Add(name, std::move(keyword));
}

void CompileConditional(KeywordReader& keywords) {
  if (keywords.Member("if") == nullptr) return;  // `then` and `else` mean nothing without `if`
  ConditionalKeyword keyword;
  keyword.if_schema = keywords.Schema("if");
  if (keywords.Member("then") != nullptr) keyword.then_schema = keywords.Schema("then");
  if (keywords.Member("else") != nullptr) keyword.else_schema = keywords.Schema("else");
  if (keyword.if_schema != nullptr) keywords.Add("if", keyword);
}

// `dependencies` (draft-07 and before), still honoured for compatibility:
// an array value is dependentRequired, a schema value dependentSchemas.
void CompileDependencies(KeywordReader& keywords) {
  const nlohmann::json* value = keywords.Member("dependencies");
  if (value == nullptr) return;
  if (!value->is_object()) return keywords.Invalid("dependencies", "object");
  DependentRequiredKeyword required;
  DependentSchemasKeyword schemas;
  for (const auto& [key, dependency] : value->items()) {
    if (IsSchemaValue(dependency)) {
      schemas.schemas.emplace_back(key, keywords.compiler().Subschema(keywords.At("dependencies", key)));
    } else {
      std::vector<std::string> names;
      if (!keywords.StringArray("dependencies", dependency, names)) return;
      required.dependencies.emplace_back(key, std::move(names));
    }
  }
  if (!required.dependencies.empty()) keywords.Add("dependencies", std::move(required));
  if (!schemas.schemas.empty()) keywords.Add("dependencies", std::move(schemas));
}

// minContains and maxContains are keywords of their own: each is checked even when another is bad.
void CompileContains(KeywordReader& keywords) {
  ContainsKeyword keyword;
  keyword.schema = keywords.Schema("contains");
  bool ok = keyword.schema != nullptr;
  if (keywords.dialect().Has(kValidationVocabulary)) {
    if (keywords.Member("minContains") != nullptr) ok = keywords.NonNegativeInteger("minContains", keyword.min) && ok;
    std::uint64_t max = 0;
    if (keywords.Member("maxContains") != nullptr) {
      if (keywords.NonNegativeInteger("maxContains", max)) keyword.max = max;
      else ok = false;
    }
  }
  if (ok) keywords.Add("contains", std::move(keyword));
}

void CompileArrayApplicators(KeywordReader& keywords) {
  const bool legacy = keywords.dialect().legacy;
  std::size_t prefix_length = 0;
  const char* prefix_name = legacy ? "items" : "prefixItems";
  const nlohmann::json* prefix = keywords.Member(prefix_name);
  if (prefix != nullptr && (!legacy || prefix->is_array())) {
    PrefixItemsKeyword keyword;
    if (keywords.SchemaArray(prefix_name, keyword.schemas)) {
      prefix_length = keyword.schemas.size();
      keywords.Add(prefix_name, std::move(keyword));
    }
  }
  // In 2020-12 `items` follows `prefixItems`; in older drafts
  // `additionalItems` follows an array-form `items`.
  const char* rest_name = legacy ? "additionalItems" : "items";
  const bool rest_applies = !legacy || (prefix != nullptr && prefix->is_array());
  if (legacy && prefix != nullptr && !prefix->is_array()) {
    if (const Node* schema = keywords.Schema("items")) keywords.Add("items", ItemsKeyword{schema, 0});
  } else if (rest_applies && keywords.Member(rest_name) != nullptr) {
    if (const Node* schema = keywords.Schema(rest_name)) keywords.Add(rest_name, ItemsKeyword{schema, prefix_length});
  }
  if (keywords.Member("contains") != nullptr) CompileContains(keywords);
}

// CompilePatternProperties: the keyword, its patterns also given to `additional`.
void CompilePatternProperties(KeywordReader& keywords, AdditionalPropertiesKeyword& additional) {
  std::vector<std::pair<std::string, const Node*>> schemas;
  if (!keywords.SchemaMap("patternProperties", schemas)) return;
  PatternPropertiesKeyword keyword;
  for (auto& [pattern, schema] : schemas) {
    std::optional<regex::Regex> compiled =
        keywords.Pattern("patternProperties", pattern, keywords.At("patternProperties", pattern));
    if (!compiled) return;
    additional.patterns.push_back(*compiled);
    keyword.patterns.emplace_back(std::move(*compiled), schema);
  }
  keywords.Add("patternProperties", std::move(keyword));
}

void CompileObjectApplicators(KeywordReader& keywords) {
  AdditionalPropertiesKeyword additional;
  if (keywords.Member("properties") != nullptr) {
    PropertiesKeyword keyword;
    if (keywords.SchemaMap("properties", keyword.properties)) {
      // In name order, as an instance's members are: evaluation walks both together.
      std::sort(keyword.properties.begin(), keyword.properties.end(),
                [](const auto& a, const auto& b) { return a.first < b.first; });
      for (const auto& [name, schema] : keyword.properties) additional.known.push_back(name);
      keywords.Add("properties", std::move(keyword));
    }
  }
  if (keywords.Member("patternProperties") != nullptr) CompilePatternProperties(keywords, additional);
  if (keywords.Member("additionalProperties") != nullptr) {
    additional.schema = keywords.Schema("additionalProperties");
    if (additional.schema != nullptr) keywords.Add("additionalProperties", std::move(additional));
  }
  if (keywords.Member("propertyNames") != nullptr) {
    if (const Node* schema = keywords.Schema("propertyNames"))
      keywords.Add("propertyNames", PropertyNamesKeyword{schema});
  }
}

}  // namespace

void CompileApplicatorVocabulary(KeywordReader& keywords) {
  CompileCombinator(keywords, "allOf", CombinatorKeyword::Kind::kAllOf);
  CompileCombinator(keywords, "anyOf", CombinatorKeyword::Kind::kAnyOf);
  CompileCombinator(keywords, "oneOf", CombinatorKeyword::Kind::kOneOf);
  if (keywords.Member("not") != nullptr) {
    if (const Node* schema = keywords.Schema("not")) keywords.Add("not", NotKeyword{schema});
  }
  CompileConditional(keywords);
  if (keywords.Member("dependentSchemas") != nullptr) {
    DependentSchemasKeyword keyword;
    if (keywords.SchemaMap("dependentSchemas", keyword.schemas)) keywords.Add("dependentSchemas", std::move(keyword));
  }
  CompileDependencies(keywords);
  CompileArrayApplicators(keywords);
  CompileObjectApplicators(keywords);
}

}  // namespace yaosu::schema::internal

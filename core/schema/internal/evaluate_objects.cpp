// Evaluator: the object applicators — properties, patternProperties,
// additionalProperties, propertyNames, dependentSchemas, unevaluatedProperties.
#include "core/schema/internal/evaluator.h"

#include "core/schema/internal/member_names.h"

namespace yaosu::schema::internal {
namespace {

// Matches: whether `name` matches `pattern`. A search that runs out of budget
// counts as a match, so the property is checked by the pattern's schema
// rather than slipping through to additionalProperties.
bool Matches(const regex::Regex& pattern, std::string_view name) {
  return pattern.Search(name) != regex::MatchStatus::kNoMatch;
}

}  // namespace

bool Evaluator::EvaluateMember(const Node& schema, const nlohmann::json& value, PathSegment member,
                               std::string_view code) {
  ScopedSegment segment(instance_path_, member);
  if (schema.boolean == false) {
    // "additionalProperties": false and the like: name the unexpected member.
    Emit(code, member.is_index() ? nlohmann::json{{"index", member.index()}}
                                 : nlohmann::json{{"property", std::string(member.name())}});
    return false;
  }
  return Evaluate(schema, value, nullptr);
}

bool Evaluator::EvaluateProperties(const PropertiesKeyword& keyword, const nlohmann::json& instance,
                                   Annotations* annotations) {
  if (!instance.is_object()) return true;
  const auto& members = instance.get_ref<const nlohmann::json::object_t&>();
  bool valid = true;
  // Both the properties and the instance's members are in name order: one walk finds every member named.
  auto member = members.begin();
  for (const auto& [name, schema] : keyword.properties) {
    int order = 0;
    while (member != members.end() && (order = CompareNames(member->first, name)) < 0) ++member;
    if (member == members.end()) break;
    if (order != 0) continue;
    const PathSegment segment{member->first};
    valid = EvaluateChild(*schema, member->second, nullptr, PathSegment{name}, &segment) && valid;
    if (annotations != nullptr) annotations->properties.insert(member->first);
    if (!valid && StopEarly()) break;
    ++member;
  }
  return valid;
}

bool Evaluator::EvaluatePatternProperties(const PatternPropertiesKeyword& keyword, const nlohmann::json& instance,
                                          Annotations* annotations) {
  if (!instance.is_object()) return true;
  bool valid = true;
  for (const auto& [pattern, schema] : keyword.patterns) {
    for (auto it = instance.begin(); it != instance.end(); ++it) {
      if (!Matches(pattern, it.key())) continue;
      const PathSegment member{it.key()};
      valid = EvaluateChild(*schema, *it, nullptr, PathSegment{pattern.pattern()}, &member) && valid;
      if (annotations != nullptr) annotations->properties.insert(it.key());
      if (!valid && StopEarly()) return false;
    }
  }
  return valid;
}

bool Evaluator::EvaluateAdditionalProperties(const AdditionalPropertiesKeyword& keyword, const nlohmann::json& instance,
                                             Annotations* annotations) {
  if (!instance.is_object()) return true;
  bool valid = true;
  // The known names and the instance's members are both in name order: one walk through each.
  auto known = keyword.known.begin();
  for (auto it = instance.begin(); it != instance.end(); ++it) {
    const std::string& name = it.key();
    int order = -1;
    while (known != keyword.known.end() && (order = CompareNames(*known, name)) < 0) ++known;
    if (known != keyword.known.end() && order == 0) continue;
    const bool matched = std::any_of(keyword.patterns.begin(), keyword.patterns.end(),
                                     [&](const regex::Regex& pattern) { return Matches(pattern, name); });
    if (matched) continue;
    valid = EvaluateMember(*keyword.schema, *it, PathSegment{name}, "schema.additionalProperties") && valid;
    if (annotations != nullptr) annotations->properties.insert(name);
    if (!valid && StopEarly()) return false;
  }
  return valid;
}

bool Evaluator::EvaluatePropertyNames(const PropertyNamesKeyword& keyword, const nlohmann::json& instance) {
  if (!instance.is_object()) return true;
  bool valid = true;
  for (auto it = instance.begin(); it != instance.end(); ++it) {
    const nlohmann::json name = it.key();
    ScopedSegment member(instance_path_, PathSegment{it.key()});
    valid = Evaluate(*keyword.schema, name, nullptr) && valid;
    if (!valid && StopEarly()) return false;
  }
  return valid;
}

bool Evaluator::EvaluateDependentSchemas(const DependentSchemasKeyword& keyword, const nlohmann::json& instance,
                                         Annotations* annotations) {
  if (!instance.is_object()) return true;
  bool valid = true;
  for (const auto& [name, schema] : keyword.schemas) {
    if (!instance.contains(name)) continue;
    valid = EvaluateChild(*schema, instance, annotations, PathSegment{name}) && valid;
    if (!valid && StopEarly()) return false;
  }
  return valid;
}

bool Evaluator::EvaluateUnevaluatedProperties(const UnevaluatedPropertiesKeyword& keyword,
                                              const nlohmann::json& instance, Annotations* annotations) {
  if (!instance.is_object()) return true;
  bool valid = true;
  std::vector<std::string_view> evaluated_now;
  for (auto it = instance.begin(); it != instance.end(); ++it) {
    if (annotations->PropertyEvaluated(it.key())) continue;
    valid = EvaluateMember(*keyword.schema, *it, PathSegment{it.key()}, "schema.unevaluatedProperties") && valid;
    evaluated_now.push_back(it.key());
    if (!valid && StopEarly()) return false;
  }
  annotations->properties.insert(evaluated_now.begin(), evaluated_now.end());
  return valid;
}

}  // namespace yaosu::schema::internal

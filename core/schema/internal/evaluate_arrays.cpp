// Evaluator: the array applicators — prefixItems, items, contains, unevaluatedItems.
#include "core/schema/internal/evaluator.h"

namespace yaosu::schema::internal {

bool Evaluator::EvaluatePrefixItems(const PrefixItemsKeyword& keyword, const nlohmann::json& instance,
                                    Annotations* annotations) {
  if (!instance.is_array()) return true;
  const std::size_t count = std::min(keyword.schemas.size(), instance.size());
  bool valid = true;
  for (std::size_t i = 0; i < count && (valid || !StopEarly()); ++i) {
    const PathSegment item = PathSegment::Index(i);
    valid = EvaluateChild(*keyword.schemas[i], instance[i], nullptr, item, &item) && valid;
  }
  if (annotations != nullptr) annotations->prefix_items = std::max(annotations->prefix_items, count);
  return valid;
}

bool Evaluator::EvaluateItems(const ItemsKeyword& keyword, const nlohmann::json& instance, Annotations* annotations) {
  if (!instance.is_array()) return true;
  bool valid = true;
  for (std::size_t i = keyword.start; i < instance.size() && (valid || !StopEarly()); ++i) {
    const PathSegment item = PathSegment::Index(i);
    ScopedSegment member(instance_path_, item);
    valid = Evaluate(*keyword.schema, instance[i], nullptr) && valid;
  }
  if (annotations != nullptr) annotations->all_items = true;
  return valid;
}

bool Evaluator::EvaluateContains(const ContainsKeyword& keyword, const nlohmann::json& instance,
                                 Annotations* annotations) {
  if (!instance.is_array()) return true;
  // Items that do not match are not errors of the document: only the count is.
  Diagnostics* outer_sink = std::exchange(sink_, nullptr);
  std::uint64_t matches = 0;
  for (std::size_t i = 0; i < instance.size(); ++i) {
    if (!Evaluate(*keyword.schema, instance[i], nullptr)) continue;
    ++matches;
    if (annotations != nullptr) {
      if (annotations->contained.size() < instance.size()) annotations->contained.resize(instance.size());
      annotations->contained[i] = true;
    } else if (!keyword.max && matches >= keyword.min) {
      break;  // enough, and nobody needs to know which items matched
    }
  }
  sink_ = outer_sink;
  const bool valid = matches >= keyword.min && (!keyword.max || matches <= *keyword.max);
  if (!valid) {
    nlohmann::json params = {{"min", keyword.min}, {"matches", matches}};
    if (keyword.max) params["max"] = *keyword.max;
    Emit("schema.contains", std::move(params));
  }
  return valid;
}

bool Evaluator::EvaluateUnevaluatedItems(const UnevaluatedItemsKeyword& keyword, const nlohmann::json& instance,
                                         Annotations* annotations) {
  if (!instance.is_array()) return true;
  bool valid = true;
  for (std::size_t i = 0; i < instance.size() && (valid || !StopEarly()); ++i) {
    if (annotations->ItemEvaluated(i)) continue;
    valid = EvaluateMember(*keyword.schema, instance[i], PathSegment::Index(i), "schema.unevaluatedItems") && valid;
  }
  if (valid) annotations->all_items = true;
  return valid;
}

}  // namespace yaosu::schema::internal

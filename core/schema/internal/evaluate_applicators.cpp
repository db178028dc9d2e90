// Evaluator: the in-place applicators — references, combinators, conditionals.
#include <algorithm>
#include <utility>

#include "core/schema/internal/evaluator.h"

namespace yaosu::schema::internal {

bool Evaluator::EvaluateReference(const Node& target, const nlohmann::json& instance, Annotations* annotations) {
  // The same subschema applied to the same value while already in progress
  // can only recurse forever: report it instead of looping.
  const std::pair<const Node*, const nlohmann::json*> frame{&target, &instance};
  if (std::find(active_references_.begin(), active_references_.end(), frame) != active_references_.end()) {
    Emit("schema.ref_cycle", {{"target", target.location}});
    return false;
  }
  active_references_.push_back(frame);
  const bool valid = Evaluate(target, instance, annotations);
  active_references_.pop_back();
  return valid;
}

const Node& Evaluator::DynamicTarget(const DynamicRefKeyword& keyword) const {
  if (!keyword.anchor) return *keyword.target;
  // The outermost resource in the dynamic scope declaring the anchor wins.
  for (const Resource* resource : dynamic_scope_) {
    const auto it = resource->dynamic_anchors.find(*keyword.anchor);
    if (it != resource->dynamic_anchors.end()) return *it->second;
  }
  return *keyword.target;
}

bool Evaluator::EvaluateCombinator(const CombinatorKeyword& keyword, const nlohmann::json& instance,
                                   Annotations* annotations) {
  using Kind = CombinatorKeyword::Kind;
  if (keyword.kind == Kind::kAllOf) {
    bool valid = true;
    for (std::size_t i = 0; i < keyword.schemas.size() && (valid || !StopEarly()); ++i) {
      valid = EvaluateChild(*keyword.schemas[i], instance, annotations, PathSegment::Index(i)) && valid;
    }
    return valid;
  }
  // anyOf / oneOf: a failing branch is not an error of the document unless
  // the keyword as a whole fails, so branch diagnostics are held back.
  Diagnostics branch_diagnostics;
  Diagnostics* outer_sink = std::exchange(sink_, sink_ != nullptr ? &branch_diagnostics : nullptr);
  nlohmann::json matched = nlohmann::json::array();
  for (std::size_t i = 0; i < keyword.schemas.size(); ++i) {
    Annotations branch;
    if (EvaluateChild(*keyword.schemas[i], instance, annotations != nullptr ? &branch : nullptr,
                      PathSegment::Index(i))) {
      matched.push_back(i);
      if (annotations != nullptr) annotations->Merge(branch);
      // anyOf may stop at the first match unless every matching branch's
      // annotations are wanted; oneOf only needs to know about a second match.
      if (keyword.kind == Kind::kAnyOf && annotations == nullptr) break;
      if (keyword.kind == Kind::kOneOf && matched.size() > 1 && annotations == nullptr) break;
    }
  }
  sink_ = outer_sink;
  const bool valid = keyword.kind == Kind::kAnyOf ? !matched.empty() : matched.size() == 1;
  if (valid) return true;
  Emit(keyword.kind == Kind::kAnyOf ? "schema.anyOf" : "schema.oneOf", {{"matched", matched}});
  if (matched.empty() && sink_ != nullptr) {
    for (Diagnostic& diagnostic : branch_diagnostics) {
      if (sink_->size() >= options_.max_diagnostics) break;
      sink_->push_back(std::move(diagnostic));
    }
  }
  return false;
}

bool Evaluator::EvaluateNot(const NotKeyword& keyword, const nlohmann::json& instance) {
  Diagnostics* outer_sink = std::exchange(sink_, nullptr);
  const bool inner_valid = Evaluate(*keyword.schema, instance, nullptr);
  sink_ = outer_sink;
  if (inner_valid) Emit("schema.not", nlohmann::json::object());
  return !inner_valid;
}

bool Evaluator::EvaluateConditional(const ConditionalKeyword& keyword, const nlohmann::json& instance,
                                    Annotations* annotations) {
  Diagnostics* outer_sink = std::exchange(sink_, nullptr);
  const bool condition = Evaluate(*keyword.if_schema, instance, annotations);
  sink_ = outer_sink;
  if (branches_ != nullptr && current_node_ != nullptr) {
    branches_->push_back({.instance_location = Join(instance_path_),
                          .if_location = current_node_->location + "/if",
                          .holds = condition});
  }
  // The path of `then` / `else` is a sibling of `if`, not a child of it.
  const Node* branch = condition ? keyword.then_schema : keyword.else_schema;
  if (branch == nullptr) return true;
  const PathLink* if_segment = std::exchange(keyword_path_, keyword_path_->parent);
  const bool valid = EvaluateChild(*branch, instance, annotations, PathSegment{condition ? "then" : "else"});
  keyword_path_ = if_segment;
  return valid;
}

}  // namespace yaosu::schema::internal

// Evaluator: the split runs of an object schema's root (SplitSchema) — one
// property, or the other root keywords — set up as Run → Evaluate(root) would
// have them, so paths, locations and the dynamic scope come out the same.
#include "core/schema/internal/evaluator.h"

namespace yaosu::schema::internal {

void Evaluator::EnterRoot(const Node& root) {
  ++depth_;
  dynamic_scope_.push_back(root.resource);
  current_node_ = &root;
}

bool Evaluator::LeaveRoot(bool valid) {
  current_node_ = nullptr;
  current_keyword_ = nullptr;
  dynamic_scope_.pop_back();
  --depth_;
  if (truncated_ && sink_ != nullptr) {
    sink_->push_back(
        Diagnostic{.code = "schema.too_many_diagnostics", .params = {{"limit", options_.max_diagnostics}}});
  }
  return valid;
}

bool Evaluator::RunProperty(const Node& root, const Keyword& properties, const std::string& name, const Node& schema,
                            const nlohmann::json& value) {
  EnterRoot(root);
  current_keyword_ = &properties;
  bool valid = true;
  {
    ScopedSegment keyword(keyword_path_, PathSegment{properties.name});
    const PathSegment member{name};
    valid = EvaluateChild(schema, value, nullptr, PathSegment{name}, &member);
  }
  return LeaveRoot(valid);
}

bool Evaluator::RunRootExcept(const Node& root, const Keyword& skipped, const nlohmann::json& instance,
                              std::size_t& split) {
  EnterRoot(root);
  bool valid = true;
  split = 0;
  for (const Keyword& keyword : root.keywords) {
    if (&keyword == &skipped) {
      split = sink_ != nullptr ? sink_->size() : 0;
      continue;
    }
    current_keyword_ = &keyword;
    ScopedSegment segment(keyword_path_, PathSegment{keyword.name});
    // No annotations: a split root has no unevaluated* keyword to read them.
    if (!EvaluateKeyword(keyword, instance, nullptr)) {
      valid = false;
      if (StopEarly()) break;
    }
  }
  return LeaveRoot(valid);
}

}  // namespace yaosu::schema::internal

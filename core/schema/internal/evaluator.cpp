#include "core/schema/internal/evaluator.h"

#include <algorithm>
#include <string>

#include "core/json/pointer.h"
#include "core/schema/internal/assertions.h"

namespace yaosu::schema::internal {

Evaluator::Evaluator(const ValidateOptions& options, Diagnostics* sink, std::vector<ConditionalBranch>* branches)
    : options_(options), sink_(sink), branches_(branches) {}

bool Evaluator::Run(const Node& root, const nlohmann::json& instance) {
  const bool valid = Evaluate(root, instance, nullptr);
  if (truncated_ && sink_ != nullptr) {
    sink_->push_back(
        Diagnostic{.code = "schema.too_many_diagnostics", .params = {{"limit", options_.max_diagnostics}}});
  }
  return valid;
}

std::string Evaluator::Join(const PathLink* tail) {
  std::vector<const PathSegment*> path;
  for (; tail != nullptr; tail = tail->parent) path.push_back(&tail->segment);
  std::string pointer;
  for (auto it = path.rbegin(); it != path.rend(); ++it) {
    const PathSegment& segment = **it;
    pointer += '/';
    pointer += segment.is_index() ? std::to_string(segment.index()) : EscapePointerToken(segment.name());
  }
  return pointer;
}

void Evaluator::Emit(std::string_view code, nlohmann::json params, Severity severity) {
  if (sink_ == nullptr) return;
  if (sink_->size() >= options_.max_diagnostics) {
    truncated_ = true;
    return;
  }
  Diagnostic diagnostic{.code = std::string(code),
                        .severity = severity,
                        .instance_location = Join(instance_path_),
                        .keyword_location = Join(keyword_path_),
                        .params = std::move(params)};
  if (current_node_ != nullptr) {
    diagnostic.absolute_keyword_location = current_node_->location;
    if (current_keyword_ != nullptr)
      diagnostic.absolute_keyword_location += "/" + EscapePointerToken(current_keyword_->name);
  }
  sink_->push_back(std::move(diagnostic));
}

bool Evaluator::Evaluate(const Node& node, const nlohmann::json& instance, Annotations* annotations) {
  if (node.boolean.has_value()) {
    if (*node.boolean) return true;
    const Node* saved_node = std::exchange(current_node_, &node);
    const Keyword* saved_keyword = std::exchange(current_keyword_, nullptr);
    Emit("schema.false", nlohmann::json::object());
    current_node_ = saved_node;
    current_keyword_ = saved_keyword;
    return false;
  }
  if (depth_ >= options_.max_depth) {
    Emit("schema.depth_limit", {{"limit", options_.max_depth}});
    return false;
  }
  ++depth_;
  // Entering another schema resource extends the dynamic scope ($dynamicRef).
  const bool enters_resource = dynamic_scope_.empty() || dynamic_scope_.back() != node.resource;
  if (enters_resource) dynamic_scope_.push_back(node.resource);
  const Node* saved_node = std::exchange(current_node_, &node);
  const Keyword* saved_keyword = current_keyword_;

  bool valid = true;
  if (annotations != nullptr || node.reads_annotations) {
    // Annotations cost a set per node: made only where someone reads them.
    Annotations local;
    valid = EvaluateKeywords(node, instance, &local);
    if (valid && annotations != nullptr) annotations->Merge(local);
  } else {
    valid = EvaluateKeywords(node, instance, nullptr);
  }

  current_node_ = saved_node;
  current_keyword_ = saved_keyword;
  if (enters_resource) dynamic_scope_.pop_back();
  --depth_;
  return valid;
}

bool Evaluator::EvaluateKeywords(const Node& node, const nlohmann::json& instance, Annotations* collected) {
  bool valid = true;
  // One segment for the keywords in turn (what a child pushes it pops again).
  ScopedSegment segment(keyword_path_, PathSegment{});
  for (const Keyword& keyword : node.keywords) {
    current_keyword_ = &keyword;
    segment.Replace(PathSegment{keyword.name});
    if (!EvaluateKeyword(keyword, instance, collected)) {
      valid = false;
      if (StopEarly()) break;
    }
  }
  return valid;
}

bool Evaluator::EvaluateChild(const Node& node, const nlohmann::json& instance, Annotations* annotations,
                              PathSegment keyword_segment, const PathSegment* instance_segment) {
  ScopedSegment keyword(keyword_path_, keyword_segment);
  if (instance_segment == nullptr) return Evaluate(node, instance, annotations);
  ScopedSegment member(instance_path_, *instance_segment);
  return Evaluate(node, instance, annotations);
}

bool Evaluator::EvaluateKeyword(const Keyword& keyword, const nlohmann::json& instance, Annotations* annotations) {
  nlohmann::json params;
  nlohmann::json* wanted = Collecting() ? &params : nullptr;
  const auto assertion = [&](bool ok) {
    if (!ok) Emit("schema." + keyword.name, std::move(params));
    return ok;
  };
  return std::visit(
      [&](const auto& data) -> bool {
        using T = std::decay_t<decltype(data)>;
        if constexpr (std::is_same_v<T, TypeKeyword>) return assertion(CheckType(data, instance, wanted));
        else if constexpr (std::is_same_v<T, EnumKeyword>) return assertion(CheckEnum(data, instance, wanted));
        else if constexpr (std::is_same_v<T, ConstKeyword>) return assertion(CheckConst(data, instance, wanted));
        else if constexpr (std::is_same_v<T, BoundKeyword>) return assertion(CheckBound(data, instance, wanted));
        else if constexpr (std::is_same_v<T, MultipleOfKeyword>)
          return assertion(CheckMultipleOf(data, instance, wanted));
        else if constexpr (std::is_same_v<T, LengthKeyword>) return assertion(CheckLength(data, instance, wanted));
        else if constexpr (std::is_same_v<T, CountKeyword>) return assertion(CheckCount(data, instance, wanted));
        else if constexpr (std::is_same_v<T, UniqueItemsKeyword>) return assertion(CheckUniqueItems(instance, wanted));
        else if constexpr (std::is_same_v<T, RequiredKeyword> || std::is_same_v<T, DependentRequiredKeyword>) {
          bool ok = false;
          if constexpr (std::is_same_v<T, RequiredKeyword>) ok = CheckRequired(data, instance, wanted);
          else ok = CheckDependentRequired(data, instance, wanted);
          // One diagnostic per missing property, so each can point at its own form element.
          if (!ok && wanted != nullptr) {
            for (nlohmann::json& missing : params["missing"]) {
              Emit("schema." + keyword.name,
                   missing.is_object() ? std::move(missing) : nlohmann::json{{"missing", std::move(missing)}});
            }
          }
          return ok;
        } else if constexpr (std::is_same_v<T, PatternKeyword>) return EvaluatePattern(data, instance);
        else if constexpr (std::is_same_v<T, FormatKeyword>) return EvaluateFormat(data, instance);
        else if constexpr (std::is_same_v<T, RefKeyword>) return EvaluateReference(*data.target, instance, annotations);
        else if constexpr (std::is_same_v<T, DynamicRefKeyword>) {
          return EvaluateReference(DynamicTarget(data), instance, annotations);
        } else if constexpr (std::is_same_v<T, CombinatorKeyword>)
          return EvaluateCombinator(data, instance, annotations);
        else if constexpr (std::is_same_v<T, NotKeyword>) return EvaluateNot(data, instance);
        else if constexpr (std::is_same_v<T, ConditionalKeyword>)
          return EvaluateConditional(data, instance, annotations);
        else if constexpr (std::is_same_v<T, PrefixItemsKeyword>)
          return EvaluatePrefixItems(data, instance, annotations);
        else if constexpr (std::is_same_v<T, ItemsKeyword>) return EvaluateItems(data, instance, annotations);
        else if constexpr (std::is_same_v<T, ContainsKeyword>) return EvaluateContains(data, instance, annotations);
        else if constexpr (std::is_same_v<T, PropertiesKeyword>) return EvaluateProperties(data, instance, annotations);
        else if constexpr (std::is_same_v<T, PatternPropertiesKeyword>) {
          return EvaluatePatternProperties(data, instance, annotations);
        } else if constexpr (std::is_same_v<T, AdditionalPropertiesKeyword>) {
          return EvaluateAdditionalProperties(data, instance, annotations);
        } else if constexpr (std::is_same_v<T, PropertyNamesKeyword>) return EvaluatePropertyNames(data, instance);
        else if constexpr (std::is_same_v<T, DependentSchemasKeyword>) {
          return EvaluateDependentSchemas(data, instance, annotations);
        } else if constexpr (std::is_same_v<T, UnevaluatedItemsKeyword>) {
          return EvaluateUnevaluatedItems(data, instance, annotations);
        } else if constexpr (std::is_same_v<T, UnevaluatedPropertiesKeyword>) {
          return EvaluateUnevaluatedProperties(data, instance, annotations);
        }
      },
      keyword.data);
}

}  // namespace yaosu::schema::internal

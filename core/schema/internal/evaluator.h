// File: Evaluator — validates one instance against a compiled node graph.
//
// One Evaluator serves one Validate call: it owns the mutable state of a run
// (the dynamic scope for `$dynamicRef`, the evaluation and instance paths,
// the active references that detect infinite recursion), so the shared graph
// stays immutable. Paths are kept as chains of segments on the C++ stack and
// turned into JSON Pointers only when a diagnostic is emitted; with no diagnostic sink at all
// (IsValid) evaluation stops at the first failing keyword.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics/diagnostic.h"
#include "core/schema/internal/annotations.h"
#include "core/schema/internal/node.h"
#include "core/schema/schema.h"

namespace yaosu::schema::internal {

class Evaluator {
 public:
  // Evaluator: diagnostics go to `sink`; nullptr asks only for the verdict.
  // `branches`, when given, gets the side each `if` took.
  Evaluator(const ValidateOptions& options, Diagnostics* sink, std::vector<ConditionalBranch>* branches = nullptr);

  // Run: whether `instance` is valid against `root`.
  bool Run(const Node& root, const nlohmann::json& instance);

  // Split runs (SplitSchema): the parts of Run(root) on an object schema, each
  // reporting exactly what Run reports for it. RunProperty: `root`'s
  // `properties` keyword applied to the one member `name` = `value`.
  bool RunProperty(const Node& root, const Keyword& properties, const std::string& name, const Node& schema,
                   const nlohmann::json& value);
  // RunRootExcept: `root`'s keywords but `skipped`; `split` gets how many diagnostics came before it.
  bool RunRootExcept(const Node& root, const Keyword& skipped, const nlohmann::json& instance, std::size_t& split);

 private:
  // PathSegment: one step of a JSON Pointer — a name or an array index. Two
  // words, so it is passed in registers (a third made every call store it to
  // memory and read it back).
  class PathSegment {
   public:
    PathSegment() = default;
    PathSegment(std::string_view name)
        : name_(name.data() != nullptr ? name.data() : ""),
          size_or_index_(name.size()) {}  // NOLINT: a name is a segment
    static PathSegment Index(std::size_t index) {
      PathSegment segment;
      segment.size_or_index_ = index;
      return segment;
    }
    bool is_index() const { return name_ == nullptr; }
    std::string_view name() const { return {name_, size_or_index_}; }
    std::size_t index() const { return size_or_index_; }

   private:
    const char* name_ = nullptr;  // null for an index
    std::size_t size_or_index_ = 0;
  };
  // PathLink: a path is a chain of links living on the C++ stack, the last
  // link first; a pointer is joined from it only when a diagnostic is made.
  struct PathLink {
    PathSegment segment;
    const PathLink* parent = nullptr;
  };
  // ScopedSegment: appends a segment to a path for the lifetime of a scope.
  class ScopedSegment {
   public:
    ScopedSegment(const PathLink*& tail, PathSegment segment) : link_{segment, tail}, tail_(tail) { tail_ = &link_; }
    ~ScopedSegment() { tail_ = link_.parent; }
    ScopedSegment(const ScopedSegment&) = delete;
    ScopedSegment& operator=(const ScopedSegment&) = delete;
    // Replace: the segment this scope appended (the keyword walked in turn).
    void Replace(PathSegment segment) { link_.segment = segment; }

   private:
    PathLink link_;
    const PathLink*& tail_;
  };

  bool Evaluate(const Node& node, const nlohmann::json& instance, Annotations* annotations);
  // EnterRoot / LeaveRoot: the state Evaluate(root) keeps around its keywords, for the split runs.
  void EnterRoot(const Node& root);
  bool LeaveRoot(bool valid);
  // EvaluateKeywords: `node`'s keywords in turn; `collected` gets their annotations when not null.
  bool EvaluateKeywords(const Node& node, const nlohmann::json& instance, Annotations* collected);
  bool EvaluateKeyword(const Keyword& keyword, const nlohmann::json& instance, Annotations* annotations);
  bool EvaluateChild(const Node& node, const nlohmann::json& instance, Annotations* annotations,
                     PathSegment keyword_segment, const PathSegment* instance_segment = nullptr);

  // Keyword families (evaluate_*.cpp would be overkill; each is short).
  bool EvaluateReference(const Node& target, const nlohmann::json& instance, Annotations* annotations);
  const Node& DynamicTarget(const DynamicRefKeyword& keyword) const;
  bool EvaluateCombinator(const CombinatorKeyword& keyword, const nlohmann::json& instance, Annotations* annotations);
  bool EvaluateConditional(const ConditionalKeyword& keyword, const nlohmann::json& instance, Annotations* annotations);
  bool EvaluateNot(const NotKeyword& keyword, const nlohmann::json& instance);
  bool EvaluatePrefixItems(const PrefixItemsKeyword& keyword, const nlohmann::json& instance, Annotations* annotations);
  bool EvaluateItems(const ItemsKeyword& keyword, const nlohmann::json& instance, Annotations* annotations);
  bool EvaluateContains(const ContainsKeyword& keyword, const nlohmann::json& instance, Annotations* annotations);
  bool EvaluateProperties(const PropertiesKeyword& keyword, const nlohmann::json& instance, Annotations* annotations);
  bool EvaluatePatternProperties(const PatternPropertiesKeyword& keyword, const nlohmann::json& instance,
                                 Annotations* annotations);
  bool EvaluateAdditionalProperties(const AdditionalPropertiesKeyword& keyword, const nlohmann::json& instance,
                                    Annotations* annotations);
  bool EvaluatePropertyNames(const PropertyNamesKeyword& keyword, const nlohmann::json& instance);
  bool EvaluateDependentSchemas(const DependentSchemasKeyword& keyword, const nlohmann::json& instance,
                                Annotations* annotations);
  bool EvaluateUnevaluatedItems(const UnevaluatedItemsKeyword& keyword, const nlohmann::json& instance,
                                Annotations* annotations);
  bool EvaluateUnevaluatedProperties(const UnevaluatedPropertiesKeyword& keyword, const nlohmann::json& instance,
                                     Annotations* annotations);
  bool EvaluatePattern(const PatternKeyword& keyword, const nlohmann::json& instance);
  bool EvaluateFormat(const FormatKeyword& keyword, const nlohmann::json& instance);
  // EvaluateMember: one property or item evaluated against a "rest" schema
  // (additionalProperties: false names the offending member).
  bool EvaluateMember(const Node& schema, const nlohmann::json& value, PathSegment member, std::string_view code);

  // Diagnostics.
  bool Collecting() const { return sink_ != nullptr; }
  bool StopEarly() const { return sink_ == nullptr || options_.mode == ValidateOptions::Mode::kFirstError; }
  void Emit(std::string_view code, nlohmann::json params, Severity severity = Severity::kError);
  static std::string Join(const PathLink* tail);

  const ValidateOptions& options_;
  Diagnostics* sink_;
  std::vector<ConditionalBranch>* branches_;
  bool truncated_ = false;
  std::size_t depth_ = 0;
  const Node* current_node_ = nullptr;
  const Keyword* current_keyword_ = nullptr;
  const PathLink* instance_path_ = nullptr;
  const PathLink* keyword_path_ = nullptr;
  std::vector<const Resource*> dynamic_scope_;
  std::vector<std::pair<const Node*, const nlohmann::json*>> active_references_;
};

}  // namespace yaosu::schema::internal

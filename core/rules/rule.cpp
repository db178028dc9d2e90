#include "core/rules/rule.h"

#include "core/rules/internal/compiler.h"
#include "core/rules/internal/evaluator.h"

namespace yaosu::rules {

Result<Rule> Rule::Compile(const nlohmann::json& rule, const OperatorRegistry& registry, const RuleLimits& limits) {
  auto root = std::make_shared<internal::Node>();
  Diagnostics diagnostics;
  internal::CompileNode(rule, registry, limits.max_depth, 0, "", *root, diagnostics);
  if (!diagnostics.empty()) return diagnostics;
  return Rule(std::move(root), limits);
}

Outcome Rule::Evaluate(const nlohmann::json& data) const {
  internal::Evaluator evaluator(limits_, data);
  return evaluator.Evaluate(*root_);
}

}  // namespace yaosu::rules

// File: Evaluator — the mutable state of one Rule::Evaluate run: the scope
// stack (data, and iterator metadata above it), the operation budget, the depth.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/rules/internal/node.h"
#include "core/rules/outcome.h"
#include "core/rules/rule.h"

namespace yaosu::rules::internal {

class Evaluator {
 public:
  Evaluator(const RuleLimits& limits, const nlohmann::json& data) : limits_(limits) { scopes_.push_back(&data); }

  Outcome Evaluate(const Node& node);
  // EvaluateInScope: `node` with `data` current and `meta` one level above.
  Outcome EvaluateInScope(const Node& node, const nlohmann::json& data, const nlohmann::json& meta);

  const nlohmann::json& Scope(std::size_t levels) const;
  std::optional<RuleError> Charge(std::size_t units);

 private:
  RuleLimits limits_;
  std::vector<const nlohmann::json*> scopes_;  // back() is the current data
  std::size_t operations_ = 0;
  std::size_t depth_ = 0;
};

}  // namespace yaosu::rules::internal

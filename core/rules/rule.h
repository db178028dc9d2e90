// File: Rule — a JsonLogic rule compiled once, evaluated many times.
//
//   auto rule = yaosu::rules::Rule::Compile(rule_json);        // unknown operators → diagnostics
//   if (!rule.ok()) return rule.diagnostics();
//   yaosu::rules::Outcome out = rule->Evaluate(data_json);     // value or RuleError, never a throw
//
// Compile diagnostics (severity error, keyword_location = JSON Pointer into the rule):
//   rule.unknown_operator  {operator, type: "Unknown Operator"}
//   rule.invalid_arguments {operator, type: "Invalid Arguments"} — an operator that needs a list got none
//   rule.invalid_rule      {type: "Invalid Rule"} — an object with more than one key
//   rule.too_deep          {limit, type: "Depth Limit"} — nesting beyond RuleLimits::max_depth
// Evaluation never recurses deeper than the compiled rule (itself bounded by
// max_depth) and stops with the fatal "Budget Exceeded" after
// max_operations steps (each node evaluated and each element visited or copied).
// A compiled Rule is immutable and may be shared between threads.
#pragma once

#include <cstddef>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/diagnostics/result.h"
#include "core/rules/operator_registry.h"
#include "core/rules/outcome.h"

namespace yaosu::rules {

// RuleLimits: bounds that keep hostile rules and data cheap.
struct RuleLimits {
  std::size_t max_depth = 200;             // nesting of the rule's arrays and objects
  std::size_t max_operations = 1'000'000;  // evaluation steps per Evaluate
};

// Rule: an immutable compiled rule.
class Rule {
 public:
  // Compile: checks and compiles `rule` against `registry`.
  static Result<Rule> Compile(const nlohmann::json& rule,
                              const OperatorRegistry& registry = OperatorRegistry::Builtin(),
                              const RuleLimits& limits = {});

  // Evaluate: runs the rule on `data`.
  Outcome Evaluate(const nlohmann::json& data) const;

 private:
  Rule(std::shared_ptr<const internal::Node> root, RuleLimits limits) : root_(std::move(root)), limits_(limits) {}

  std::shared_ptr<const internal::Node> root_;
  RuleLimits limits_;
};

}  // namespace yaosu::rules

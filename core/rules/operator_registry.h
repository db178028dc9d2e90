// File: OperatorRegistry — the table of JsonLogic operators a rule may use.
//
// The built-in operators (logic, comparison, arithmetic, strings, arrays and
// iterators, data access, errors) come from OperatorRegistry::Builtin(). Domain
// operators (date arithmetic, money, LPR lookup, ...) are added to a copy,
// without touching the engine:
//
//   OperatorRegistry registry = OperatorRegistry::WithBuiltins();
//   registry.Add({.name = "fen", .shape = ArgShape::kAny, .scope = ArgScope::kCurrent,
//                 .evaluate = [](CallContext& call) -> Outcome {
//                   std::vector<nlohmann::json> args;
//                   if (auto error = call.EvaluateArguments(args)) return *error;
//                   if (args.size() != 1 || !args[0].is_number())
//                     return MakeError(kErrorInvalidArguments, "fen takes one number");
//                   return nlohmann::json(std::llround(args[0].get<double>() * 100));
//                 }});
//   auto rule = Rule::Compile(json_rule, registry);   // "fen" is now known
//
// An operator receives its arguments unevaluated (CallContext) and decides
// which to evaluate, in what order and in which scope — so `if`, `and` and the
// iterators are ordinary entries too. Compiled rules keep their own reference
// to each operator, so a registry may be discarded after Compile.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/rules/outcome.h"

namespace yaosu::rules {

namespace internal {
class Evaluator;
struct Node;
}  // namespace internal

// ArgShape: what an operator accepts as its argument.
//   kAny:  {"op": [a, b]} or {"op": a} (one argument, e.g. {"!": true}, {"+": "1"})
//   kList: only {"op": [ ... ]}; anything else is an "Invalid Arguments" compile diagnostic
enum class ArgShape { kAny, kList };

// ArgScope: which data an operator evaluates each argument against. What reads
// a rule without running it (which form elements it depends on,
// cases/rule_dependencies.h) takes this from the operator's entry, so an
// operator added later cannot be missed there; one left kUndeclared is taken
// to read anything, and a test holds every registered operator to a declaration.
enum class ArgScope {
  kUndeclared,  // the value a forgotten declaration gets
  kCurrent,     // every argument in the current scope (if, +, cat, lpr, ...)
  kIterator,    // argument 1 once per element of argument 0, in a scope of its own; the others in
                // the current scope (map, filter, reduce, all, some, none)
  kFallbacks,   // argument 0 in the current scope, the others in a scope of their own (try)
  kDataPath,    // reads the data its arguments name (var, val, exists, missing, missing_some)
};

// CallContext: one call of an operator — its unevaluated arguments and the
// evaluator's scope, budget and depth.
class CallContext {
 public:
  CallContext(internal::Evaluator& evaluator, const internal::Node& node) : evaluator_(evaluator), node_(node) {}

  // ArgCount: how many arguments the rule wrote (1 for the {"op": a} form).
  std::size_t ArgCount() const;
  // ArgsAreList: whether the rule wrote {"op": [ ... ]}.
  bool ArgsAreList() const;
  // ArgIsNullLiteral: whether argument i is the literal null (not a rule that yields null).
  bool ArgIsNullLiteral(std::size_t i) const;

  // Evaluate: argument i in the current scope.
  Outcome Evaluate(std::size_t i);
  // EvaluateInScope: argument i with `data` as the current data and `meta`
  // (e.g. {"index": 2}) one level above it, as iterators and `try` do; the
  // caller keeps both alive during the call. {"val": [[1], "index"]} reads meta.
  Outcome EvaluateInScope(std::size_t i, const nlohmann::json& data, const nlohmann::json& meta);
  // EvaluateArguments: every argument, in order. When the rule gave one
  // non-list argument and it evaluates to an array, the array's elements are the
  // arguments ({"max": {"val": "xs"}}, {"+": {"preserve": [1, 2]}}).
  std::optional<RuleError> EvaluateArguments(std::vector<nlohmann::json>& values);

  // Data: the current data (the element being iterated, or the rule's data).
  const nlohmann::json& Data() const;
  // Scope: the data `levels` above the current one (0 = Data()); past the
  // root it is the root.
  const nlohmann::json& Scope(std::size_t levels) const;
  // Charge: spends `units` of the operation budget (one per element copied or
  // visited); returns the fatal error once the budget is spent.
  std::optional<RuleError> Charge(std::size_t units);
  // Name: the operator's name, for messages.
  const std::string& Name() const;

 private:
  internal::Evaluator& evaluator_;
  const internal::Node& node_;
};

// OperatorSpec: one operator.
struct OperatorSpec {
  std::string name;
  ArgShape shape = ArgShape::kAny;
  ArgScope scope = ArgScope::kUndeclared;
  std::function<Outcome(CallContext&)> evaluate;
};

// OperatorRegistry: operators by name; copyable, cheap to copy.
class OperatorRegistry {
 public:
  // Builtin: the standard JsonLogic operators (shared, immutable).
  static const OperatorRegistry& Builtin();
  // WithBuiltins: a copy of Builtin() to extend.
  static OperatorRegistry WithBuiltins() { return Builtin(); }

  // Add: registers `spec`, replacing an operator of the same name.
  void Add(OperatorSpec spec);
  // Find: the operator called `name`, or null.
  std::shared_ptr<const OperatorSpec> Find(std::string_view name) const;
  // Names: every registered name, sorted.
  std::vector<std::string> Names() const;

 private:
  std::map<std::string, std::shared_ptr<const OperatorSpec>, std::less<>> operators_;
};

}  // namespace yaosu::rules

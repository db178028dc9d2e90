// Arrays and iterators: merge, map, filter, reduce, all, some, none.
// Iterators evaluate their second argument once per element with the element
// as data and {"index": i} one scope above it (reachable with
// {"val": [[1], "index"]}); reduce's data is {"current", "accumulator"}.
#include <vector>

#include "core/rules/coercion.h"
#include "core/rules/internal/builtin_operators.h"

namespace yaosu::rules::internal {
namespace {

Outcome Merge(CallContext& call) {
  nlohmann::json merged = nlohmann::json::array();
  for (std::size_t i = 0; i < call.ArgCount(); ++i) {
    Outcome value = call.Evaluate(i);
    if (!value.ok()) return value;
    if (value.value().is_array()) {
      if (auto error = call.Charge(value.value().size())) return *error;
      for (const auto& element : value.value()) merged.push_back(element);
    } else {
      merged.push_back(value.value());
    }
  }
  return merged;
}

// CheckIteratorArgs: map and filter reject a literal null collection or body.
std::optional<RuleError> CheckIteratorArgs(const CallContext& call) {
  if (call.ArgCount() < 2 || call.ArgIsNullLiteral(0) || call.ArgIsNullLiteral(1)) {
    return MakeError(kErrorInvalidArguments, call.Name() + " needs [collection, rule]");
  }
  return std::nullopt;
}

// Iterate: calls `visit(index, element, body_result)` for each element until it returns false.
template <typename Visit>
std::optional<RuleError> Iterate(CallContext& call, const nlohmann::json& items, Visit visit) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    const nlohmann::json meta = {{"index", i}};
    Outcome result = call.EvaluateInScope(1, items[i], meta);
    if (!result.ok()) return result.error();
    if (!visit(i, items[i], result.value())) break;
  }
  return std::nullopt;
}

Outcome MapOrFilter(CallContext& call, bool filter) {
  if (auto error = CheckIteratorArgs(call)) return *error;
  Outcome items = call.Evaluate(0);
  if (!items.ok()) return items;
  nlohmann::json out = nlohmann::json::array();
  if (!items.value().is_array()) return out;  // a missing collection maps to []
  auto error = Iterate(call, items.value(), [&](std::size_t, const nlohmann::json& item, const nlohmann::json& result) {
    if (!filter) out.push_back(result);
    else if (Truthy(result)) out.push_back(item);
    return true;
  });
  if (error) return *error;
  return out;
}

Outcome Reduce(CallContext& call) {
  if (call.ArgCount() < 2) return MakeError(kErrorInvalidArguments, "reduce needs [collection, rule, initial]");
  Outcome items = call.Evaluate(0);
  if (!items.ok()) return items;
  nlohmann::json accumulator;
  std::size_t first = 0;
  if (call.ArgCount() >= 3) {
    Outcome initial = call.Evaluate(2);
    if (!initial.ok()) return initial;
    accumulator = std::move(initial).value();
  } else if (items.value().is_array() && !items.value().empty()) {
    accumulator = items.value()[0];  // like Array.prototype.reduce without an initial value
    first = 1;
  }
  if (!items.value().is_array()) return accumulator;
  for (std::size_t i = first; i < items.value().size(); ++i) {
    const nlohmann::json meta = {{"index", i}};
    nlohmann::json scope = {{"current", items.value()[i]}, {"accumulator", std::move(accumulator)}};
    Outcome next = call.EvaluateInScope(1, scope, meta);
    if (!next.ok()) return next;
    accumulator = std::move(next).value();
  }
  return accumulator;
}

enum class Quantifier { kAll, kSome, kNone };

Outcome Quantify(CallContext& call, Quantifier quantifier) {
  if (call.ArgCount() < 2) return MakeError(kErrorInvalidArguments, call.Name() + " needs [collection, rule]");
  Outcome items = call.Evaluate(0);
  if (!items.ok()) return items;
  if (!items.value().is_array())
    return MakeError(kErrorInvalidArguments, call.Name() + ": the collection is not an array");
  if (items.value().empty()) return quantifier == Quantifier::kNone;  // all([]) is false in JsonLogic
  bool any_true = false, any_false = false;
  auto error = Iterate(call, items.value(), [&](std::size_t, const nlohmann::json&, const nlohmann::json& result) {
    (Truthy(result) ? any_true : any_false) = true;
    return quantifier == Quantifier::kAll ? !any_false : !any_true;
  });
  if (error) return *error;
  if (quantifier == Quantifier::kAll) return !any_false;
  return quantifier == Quantifier::kSome ? any_true : !any_true;
}

}  // namespace

void AddArrayOperators(OperatorRegistry& registry) {
  registry.Add({"merge", ArgShape::kAny, ArgScope::kCurrent, Merge});
  registry.Add(
      {"map", ArgShape::kList, ArgScope::kIterator, [](CallContext& call) { return MapOrFilter(call, false); }});
  registry.Add(
      {"filter", ArgShape::kList, ArgScope::kIterator, [](CallContext& call) { return MapOrFilter(call, true); }});
  registry.Add({"reduce", ArgShape::kList, ArgScope::kIterator, Reduce});
  registry.Add({"all", ArgShape::kList, ArgScope::kIterator,
                [](CallContext& call) { return Quantify(call, Quantifier::kAll); }});
  registry.Add({"some", ArgShape::kList, ArgScope::kIterator,
                [](CallContext& call) { return Quantify(call, Quantifier::kSome); }});
  registry.Add({"none", ArgShape::kList, ArgScope::kIterator,
                [](CallContext& call) { return Quantify(call, Quantifier::kNone); }});
}

}  // namespace yaosu::rules::internal

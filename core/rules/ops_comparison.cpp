// Comparison: == != === !== < <= > >=, each chained over two or more
// arguments ({"<": [1, x, 10]} is "between") and lazy: evaluation stops at the
// first pair that fails. Loose forms compare two strings as text and anything
// else as numbers; an array, an object or a non-numeric string against a
// number is the error "NaN" rather than a silent false.
#include <functional>

#include "core/rules/coercion.h"
#include "core/rules/internal/builtin_operators.h"

namespace yaosu::rules::internal {
namespace {

using PairTest = std::function<std::optional<bool>(const nlohmann::json&, const nlohmann::json&)>;

Outcome Chain(CallContext& call, const PairTest& test) {
  if (call.ArgCount() < 2) return MakeError(kErrorInvalidArguments, call.Name() + " needs at least two arguments");
  Outcome left = call.Evaluate(0);
  if (!left.ok()) return left;
  nlohmann::json previous = std::move(left).value();
  for (std::size_t i = 1; i < call.ArgCount(); ++i) {
    Outcome right = call.Evaluate(i);
    if (!right.ok()) return right;
    const std::optional<bool> holds = test(previous, right.value());
    if (!holds) return MakeError(kErrorNaN, call.Name() + " cannot compare these values");
    if (!*holds) return false;
    previous = std::move(right).value();
  }
  return true;
}

PairTest Loose(std::function<bool(int)> accept) {
  return [accept](const nlohmann::json& a, const nlohmann::json& b) -> std::optional<bool> {
    const std::optional<int> order = LooseCompare(a, b);
    if (!order) return std::nullopt;
    return accept(*order);
  };
}

void AddChained(OperatorRegistry& registry, const char* name, PairTest test) {
  registry.Add({name, ArgShape::kList, ArgScope::kCurrent, [test](CallContext& call) { return Chain(call, test); }});
}

}  // namespace

void AddComparisonOperators(OperatorRegistry& registry) {
  AddChained(registry, "==", Loose([](int order) { return order == 0; }));
  AddChained(registry, "!=", Loose([](int order) { return order != 0; }));
  AddChained(registry, "<", Loose([](int order) { return order < 0; }));
  AddChained(registry, "<=", Loose([](int order) { return order <= 0; }));
  AddChained(registry, ">", Loose([](int order) { return order > 0; }));
  AddChained(registry, ">=", Loose([](int order) { return order >= 0; }));
  AddChained(registry, "===", [](const nlohmann::json& a, const nlohmann::json& b) -> std::optional<bool> {
    return StrictEquals(a, b);
  });
  AddChained(registry, "!==", [](const nlohmann::json& a, const nlohmann::json& b) -> std::optional<bool> {
    return !StrictEquals(a, b);
  });
}

}  // namespace yaosu::rules::internal

// Arithmetic: + - * / % min max over numbers, numeric strings, booleans and
// null; anything else, and any non-finite result (1/0, 0/0), is the error "NaN".
#include <cmath>
#include <vector>

#include "core/rules/coercion.h"
#include "core/rules/internal/builtin_operators.h"

namespace yaosu::rules::internal {
namespace {

// Shown: a value for a message; invalid UTF-8 in data is replaced, never fatal.
std::string Shown(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).substr(0, 80);
}

// Numbers: the evaluated arguments as doubles, or the error explaining why not.
std::optional<RuleError> Numbers(CallContext& call, std::vector<double>& numbers) {
  std::vector<nlohmann::json> values;
  if (auto error = call.EvaluateArguments(values)) return error;
  numbers.clear();
  for (const auto& value : values) {
    const std::optional<double> number = ToNumber(value);
    if (!number || std::isnan(*number)) return MakeError(kErrorNaN, call.Name() + ": not a number: " + Shown(value));
    numbers.push_back(*number);
  }
  return std::nullopt;
}

Outcome Finite(const CallContext& call, double number) {
  if (!std::isfinite(number)) return MakeError(kErrorNaN, call.Name() + ": the result is not a finite number");
  return NumberValue(number);
}

enum class Fold { kSum, kProduct, kDifference, kQuotient, kRemainder, kMin, kMax };

Outcome Arithmetic(CallContext& call, Fold fold) {
  std::vector<double> numbers;
  if (auto error = Numbers(call, numbers)) return *error;
  switch (fold) {
    case Fold::kSum: {
      double sum = 0;
      for (double n : numbers) sum += n;
      return Finite(call, sum);
    }
    case Fold::kProduct: {
      double product = 1;
      for (double n : numbers) product *= n;
      return Finite(call, product);
    }
    case Fold::kMin:
    case Fold::kMax: {
      if (numbers.empty()) return nlohmann::json();
      double best = numbers[0];
      for (double n : numbers) best = fold == Fold::kMin ? std::fmin(best, n) : std::fmax(best, n);
      return Finite(call, best);
    }
    default: break;
  }
  const std::size_t minimum = fold == Fold::kRemainder ? 2 : 1;
  if (numbers.size() < minimum) {
    return MakeError(kErrorInvalidArguments,
                     call.Name() + " needs at least " + std::to_string(minimum) + " argument(s)");
  }
  if (numbers.size() == 1) return Finite(call, fold == Fold::kDifference ? -numbers[0] : 1 / numbers[0]);
  double result = numbers[0];
  for (std::size_t i = 1; i < numbers.size(); ++i) {
    if (fold == Fold::kDifference) result -= numbers[i];
    else if (fold == Fold::kQuotient) result /= numbers[i];
    else result = std::fmod(result, numbers[i]);
  }
  return Finite(call, result);
}

void AddFold(OperatorRegistry& registry, const char* name, Fold fold) {
  registry.Add(
      {name, ArgShape::kAny, ArgScope::kCurrent, [fold](CallContext& call) { return Arithmetic(call, fold); }});
}

}  // namespace

void AddArithmeticOperators(OperatorRegistry& registry) {
  AddFold(registry, "+", Fold::kSum);
  AddFold(registry, "*", Fold::kProduct);
  AddFold(registry, "-", Fold::kDifference);
  AddFold(registry, "/", Fold::kQuotient);
  AddFold(registry, "%", Fold::kRemainder);
  AddFold(registry, "min", Fold::kMin);
  AddFold(registry, "max", Fold::kMax);
}

}  // namespace yaosu::rules::internal

#include "core/law/internal/operator_support.h"

#include <string>

#include "core/law/legal_operators.h"

namespace yaosu::law::internal {

using nlohmann::json;
using rules::CallContext;
using rules::MakeError;
using rules::Outcome;

// Arguments: evaluates every argument and checks their number.
std::optional<rules::RuleError> Arguments(CallContext& call, std::size_t count, std::vector<json>& values) {
  if (auto error = call.EvaluateArguments(values)) return error;
  if (values.size() != count) {
    return MakeError(rules::kErrorInvalidArguments, call.Name() + " takes " + std::to_string(count) + " arguments");
  }
  return std::nullopt;
}

std::optional<CivilDate> DateArgument(const json& value) {
  if (!value.is_string()) return std::nullopt;
  Result<CivilDate> date = ParseCivilDate(value.get_ref<const std::string&>());
  return date.ok() ? std::optional<CivilDate>(*date) : std::nullopt;
}

Outcome BadDate(CallContext& call) {
  return MakeError(rules::kErrorInvalidArguments, call.Name() + " needs dates written YYYY-MM-DD");
}

// FromCalculation: the figure of a calculation, or the law's refusal as a rule error.
Outcome FromCalculation(const Result<Calculation>& calculation, bool as_percent) {
  if (!calculation.ok()) return MakeError(kErrorNoLegalValue, calculation.diagnostics().front().code);
  if (as_percent) return json(static_cast<double>(calculation->value) / 10000.0);
  return json(calculation->value);
}

}  // namespace yaosu::law::internal

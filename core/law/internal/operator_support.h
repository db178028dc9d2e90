// File: what the legal JsonLogic operators share — reading their arguments
// (dates, money, the argument count) and turning a legal calculation into a
// value or a rule error. Internal to core/law.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics/result.h"
#include "core/law/calculation.h"
#include "core/law/civil_date.h"
#include "core/law/parameter_set.h"
#include "core/rules/operator_registry.h"

namespace yaosu::law::internal {

// Arguments: evaluates every argument and checks their number.
std::optional<rules::RuleError> Arguments(rules::CallContext& call, std::size_t count,
                                          std::vector<nlohmann::json>& values);

// DateArgument: a "YYYY-MM-DD" text that names a real day.
std::optional<CivilDate> DateArgument(const nlohmann::json& value);

// BadDate: the error for an argument that is not such a date.
rules::Outcome BadDate(rules::CallContext& call);

// FromCalculation: the figure of a calculation (ppm as percent when
// `as_percent`), or the law's refusal as the rule error "No Legal Value".
rules::Outcome FromCalculation(const Result<Calculation>& calculation, bool as_percent);

// AddDateOperators: days_between, months_between, years_between, add_days, add_months,
// limitation_ends, limitation_last_day (legal_date_operators.cpp).
void AddDateOperators(rules::OperatorRegistry& registry, const ParameterSet& parameters);

}  // namespace yaosu::law::internal

// File: the loan prime rate (LPR) on a day, and the private-lending rate cap
// (民间借贷利率司法保护上限) on a contract date.
//
//   Result<Calculation> lpr = LprOn(params, *ParseCivilDate("2020-04-20"), LprTerm::kOneYear);
//   lpr->value;   // 38500 ppm = 3.85%
//   Result<Calculation> cap = RateCap(params, *ParseCivilDate("2021-03-01"));
//   cap->value;   // 154000 ppm = 4 × 3.85% = 15.4%
#pragma once

#include <optional>
#include <string_view>

#include "core/diagnostics/result.h"
#include "core/law/calculation.h"
#include "core/law/civil_date.h"
#include "core/law/parameter_set.h"

namespace yaosu::law {

enum class LprTerm { kOneYear, kFiveYear };

// ParseLprTerm: "1y" or "5y".
std::optional<LprTerm> ParseLprTerm(std::string_view text);

// LprOn: the LPR in force on `date` (value in ppm). Before 2019-08-20 there is
// no LPR: law.param.before_first.
Result<Calculation> LprOn(const ParameterSet& parameters, const CivilDate& date, LprTerm term);

// RateCap: the highest annual rate a court supports for a private loan formed on
// `contract_date` (value in ppm). Before 2020-08-20 the 2015 provisions: 24%
// protected (value), 36% above which the agreement is void (value_max). Since:
// 4 × the one-year LPR at formation (art. 25). The transition rule of art. 31
// (interest from 2020-08-20 on old contracts) is stated as a step, not applied.
Result<Calculation> RateCap(const ParameterSet& parameters, const CivilDate& contract_date);

}  // namespace yaosu::law

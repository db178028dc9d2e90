// File: simple interest (单利) on a principal over a period, exact in fen.
//
//   InterestRequest r{.principal_fen = 10000000, .rate_ppm = 154000,      // 100,000 yuan at 15.4%
//                     .from = *ParseCivilDate("2024-01-01"), .to = *ParseCivilDate("2025-01-01"),
//                     .basis = DayCountBasis::k365};
//   SimpleInterest(r)->value;   // 1544219 fen: 100,000 × 15.4% × 366 / 365 = 15,442.19 yuan
//
// Days are counted to − from (算头不算尾: the first day counts, the last does
// not); the daily rate is the annual rate ÷ the basis (360 or 365); the result
// is rounded half up to the fen once, at the end.
#pragma once

#include <cstdint>

#include "core/diagnostics/result.h"
#include "core/law/calculation.h"
#include "core/law/civil_date.h"

namespace yaosu::law {

enum class DayCountBasis { k360 = 360, k365 = 365 };

struct InterestRequest {
  int64_t principal_fen = 0;
  int64_t rate_ppm = 0;  // annual
  CivilDate from;
  CivilDate to;
  DayCountBasis basis = DayCountBasis::k365;
};

// SimpleInterest: the interest in fen. law.interest.bad_period {from, to} when to < from.
Result<Calculation> SimpleInterest(const InterestRequest& request);

}  // namespace yaosu::law

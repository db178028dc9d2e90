// File: the last day of a limitation period (诉讼时效期间), 民法典 arts. 188,
// 201-203 — the period's length from schemas/params/limitation/, the last day
// the same calendar date that many years on, moved past the 法定休假日 it falls
// on (schemas/params/calendar/).
//
//   Result<LimitationEnd> end = LimitationLastDay(*ParameterSet::Builtin(), {2022, 3, 10}, "general");
//   end->last_day;   // 2025-03-10: a loan due 2022-03-10 and unpaid is time-barred after this day
//   end->steps;      // {"知道或者应当知道权利受到损害以及义务人之日：2022-03-10", …}
//
// The rounding: a period that starts from 29 February ends on 28 February of a
// year without one (art. 202: 没有对应日的，月末日为期间的最后一日).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics/result.h"
#include "core/law/civil_date.h"
#include "core/law/parameter_set.h"

namespace yaosu::law {

// LimitationEnd: the answer, with how it was reached.
struct LimitationEnd {
  CivilDate last_day;              // the last day on which the right is still protected
  CivilDate nominal_day;           // before art. 203: the corresponding day N years on
  int years = 0;                   // N
  std::vector<std::string> steps;  // in Chinese, in order
  std::vector<std::string> citations;
};

// LimitationLastDay: the last day of the period for a right whose holder knew,
// or should have known, of the harm and of the obligor on `known_on` (for a
// debt due on D and unpaid, `known_on` is D). The period runs from the next
// day (art. 201); its length is limitation/<kind> in force that day; the last
// day is `known_on` + N years (art. 202, 29 February → 28 February); when that
// day is a rest day of calendar/rest_days, the last day is the day after the
// rest days end (art. 203). Diagnostics: the parameter's (law.param.unknown,
// before_first, …), law.param.bad_value (not whole years), and
// law.calendar.not_covered when a day to be judged is outside the calendar.
Result<LimitationEnd> LimitationLastDay(const ParameterSet& parameters, const CivilDate& known_on,
                                        std::string_view kind);

}  // namespace yaosu::law

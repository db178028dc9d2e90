// File: how long a limitation period has left, for a person about to sue.
//
// The case type computes when the period ends (a computed value such as
// limitation_ends); this says, on a given day, how many days remain, and warns
// once less than six months are left — not only after the period has run out.
//
//   std::optional<DeadlineNotice> n = LimitationNotice("2028-01-01", "2027-09-24");
//   n->days_left == 99;  n->soon == true;   // the message: assist.limitation_soon
//
// "Less than six months" is `as_of` + 6 months (a day that does not exist in
// the target month rounds up to the 1st of the next) falling after the last day.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics/diagnostic.h"

namespace yaosu::assist {

struct DeadlineNotice {
  std::string ends;       // the last day of the period, YYYY-MM-DD
  std::string as_of;      // the day it is judged on
  int64_t days_left = 0;  // ends − as_of in days (0: today is the last day; negative: passed)
  bool soon = false;      // still open, less than six months left
  bool passed = false;    // the last day is behind `as_of`

  // ToDiagnostic: assist.limitation_soon or assist.limitation_passed (warnings,
  // params {ends, as_of, days}) — or nothing while more than six months remain.
  std::optional<Diagnostic> ToDiagnostic(std::string instance_location) const;
  nlohmann::json ToJson() const;
};

// LimitationNotice: nothing when either date is not a YYYY-MM-DD day.
std::optional<DeadlineNotice> LimitationNotice(std::string_view ends, std::string_view as_of);

}  // namespace yaosu::assist

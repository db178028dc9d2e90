// File: the Gregorian calendar's leap-year rule and month lengths, the one copy
// every date check uses (RFC 3339 formats, civil dates, identifiers' birth dates).
// Header-only and below every other folder, so `schema/` and `law/` alike can use it.
//
//   IsLeapYear(2000)     // true: divisible by 400
//   DaysInMonth(1900, 2) // 28: 1900 is divisible by 100, not by 400
#pragma once

namespace yaosu::calendar {

// IsLeapYear: whether `year` (proleptic Gregorian) has a 29 February.
constexpr bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// DaysInMonth: 28-31; `month` is 1-12.
constexpr int DaysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

}  // namespace yaosu::calendar

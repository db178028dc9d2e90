// File: civil dates (公历日期) and the arithmetic legal periods need.
//
// A CivilDate is a proleptic-Gregorian year-month-day with no time zone: court
// deadlines, contract dates and LPR effective dates are all calendar days.
// Adding months can land on a day the target month lacks (1-31 + 1 month); the
// caller chooses what happens, as Catala's dates-calc does, and kRefuse turns
// the ambiguity into a diagnostic instead of a guess.
//
//   Result<CivilDate> d = ParseCivilDate("2024-01-31");
//   Result<CivilDate> e = AddMonths(*d, 1, MonthEndRounding::kDown);   // 2024-02-29
//   Result<CivilDate> f = AddMonths(*d, 1, MonthEndRounding::kRefuse); // law.date.ambiguous
//   int64_t n = DaysBetween(*d, *e);                                   // 29
//
// The same type holds the dates identifiers encode (a resident ID's birth
// date, which may be no real day: IsRealDate) and the "as of" day they are
// judged against (ChinaToday). Leap years and month lengths: core/calendar/gregorian.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostics/result.h"

namespace yaosu::law {

// CivilDate: one calendar day. Comparable; a real day when made by ParseCivilDate,
// ParseIsoDate or the arithmetic below; as written otherwise (see IsRealDate).
struct CivilDate {
  int year = 1970;
  int month = 1;
  int day = 1;
};

bool operator==(const CivilDate& a, const CivilDate& b);
bool operator!=(const CivilDate& a, const CivilDate& b);
bool operator<(const CivilDate& a, const CivilDate& b);
bool operator<=(const CivilDate& a, const CivilDate& b);
bool operator>(const CivilDate& a, const CivilDate& b);

// MonthEndRounding: what AddMonths does when the day does not exist in the target month.
enum class MonthEndRounding {
  kDown,    // the last day of the target month (01-31 + 1 month → 02-28/29)
  kUp,      // the first day of the month after (01-31 + 1 month → 03-01)
  kRefuse,  // no date: a law.date.ambiguous diagnostic
};

// ParseCivilDate: exactly "YYYY-MM-DD" (years 1900-2999), a real day.
// Diagnostic law.date.malformed {text}.
Result<CivilDate> ParseCivilDate(std::string_view text);

// ParseIsoDate: exactly "YYYY-MM-DD", any real day of the years 1-9999, or nullopt.
std::optional<CivilDate> ParseIsoDate(std::string_view text);

// IsRealDate: whether `date` exists in the Gregorian calendar (years 1-9999, no 30 February).
bool IsRealDate(const CivilDate& date);

// ToString: "YYYY-MM-DD".
std::string ToString(const CivilDate& date);

// ChinaToday: today's date in China (UTC+8, no daylight saving), from the system clock.
CivilDate ChinaToday();

// DaysSinceEpoch: days from 1970-01-01 (negative before).
int64_t DaysSinceEpoch(const CivilDate& date);

// FromDaysSinceEpoch: the inverse of DaysSinceEpoch.
CivilDate FromDaysSinceEpoch(int64_t days);

// DaysBetween: to − from in days (2024-01-01 → 2024-01-02 is 1; negative if to < from).
int64_t DaysBetween(const CivilDate& from, const CivilDate& to);

// AddDays: the date `days` after (or before, if negative).
CivilDate AddDays(const CivilDate& date, int64_t days);

// AddMonths: the same day `months` later (or earlier); see MonthEndRounding.
// Diagnostic law.date.ambiguous {date, months} under kRefuse.
Result<CivilDate> AddMonths(const CivilDate& date, int months, MonthEndRounding rounding);

// AddYears: AddMonths(date, 12 * years) — 02-29 + 1 year is the ambiguous case.
Result<CivilDate> AddYears(const CivilDate& date, int years, MonthEndRounding rounding);

}  // namespace yaosu::law

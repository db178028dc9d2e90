// File: civil date parsing and arithmetic (see civil_date.h). The day-count
// conversion is Howard Hinnant's days_from_civil, written out because libc++ 14
// has no std::chrono::year_month_day.
#include "core/law/civil_date.h"

#include <chrono>
#include <cstdio>

#include "core/calendar/gregorian.h"

namespace yaosu::law {
namespace {

using calendar::DaysInMonth;

int Key(const CivilDate& d) { return d.year * 10000 + d.month * 100 + d.day; }

Diagnostic Malformed(std::string_view text) {
  return Diagnostic{.code = "law.date.malformed", .params = {{"text", std::string(text)}}};
}

}  // namespace

bool operator==(const CivilDate& a, const CivilDate& b) { return Key(a) == Key(b); }
bool operator!=(const CivilDate& a, const CivilDate& b) { return Key(a) != Key(b); }
bool operator<(const CivilDate& a, const CivilDate& b) { return Key(a) < Key(b); }
bool operator<=(const CivilDate& a, const CivilDate& b) { return Key(a) <= Key(b); }
bool operator>(const CivilDate& a, const CivilDate& b) { return Key(a) > Key(b); }

bool IsRealDate(const CivilDate& date) {
  return date.year >= 1 && date.year <= 9999 && date.month >= 1 && date.month <= 12 && date.day >= 1 &&
         date.day <= DaysInMonth(date.year, date.month);
}

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int i = 0; i < lengths[f]; ++i) {
      const char c = text[starts[f] + i];
      if (c < '0' || c > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (c - '0');
    }
  }
  const CivilDate date{fields[0], fields[1], fields[2]};
  if (!IsRealDate(date)) return std::nullopt;
  return date;
}

Result<CivilDate> ParseCivilDate(std::string_view text) {
  // Legal arithmetic keeps to the years its parameters and holiday tables could cover.
  const std::optional<CivilDate> date = ParseIsoDate(text);
  if (!date || date->year < 1900 || date->year > 2999) return Malformed(text);
  return *date;
}

std::string ToString(const CivilDate& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

int64_t DaysSinceEpoch(const CivilDate& date) {
  const int64_t y = date.month <= 2 ? date.year - 1 : date.year;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (date.month + 9) % 12;  // March = 0, so the leap day ends the year
  const int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate FromDaysSinceEpoch(int64_t days) {
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return CivilDate{year, month, day};
}

int64_t DaysBetween(const CivilDate& from, const CivilDate& to) { return DaysSinceEpoch(to) - DaysSinceEpoch(from); }

CivilDate AddDays(const CivilDate& date, int64_t days) { return FromDaysSinceEpoch(DaysSinceEpoch(date) + days); }

Result<CivilDate> AddMonths(const CivilDate& date, int months, MonthEndRounding rounding) {
  const int index = date.year * 12 + (date.month - 1) + months;
  CivilDate target{index / 12, index % 12 + 1, date.day};
  const int last = DaysInMonth(target.year, target.month);
  if (target.day <= last) return target;
  switch (rounding) {
    case MonthEndRounding::kDown: target.day = last; return target;
    case MonthEndRounding::kUp: target.day = 1; return AddMonths(target, 1, MonthEndRounding::kDown);
    case MonthEndRounding::kRefuse: break;
  }
  return Diagnostic{.code = "law.date.ambiguous", .params = {{"date", ToString(date)}, {"months", months}}};
}

CivilDate ChinaToday() {
  const int64_t seconds =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  constexpr int64_t kChinaOffset = 8 * 3600;  // China Standard Time, no daylight saving
  int64_t days = (seconds + kChinaOffset) / 86400;
  if ((seconds + kChinaOffset) % 86400 < 0) --days;
  return FromDaysSinceEpoch(days);
}

Result<CivilDate> AddYears(const CivilDate& date, int years, MonthEndRounding rounding) {
  return AddMonths(date, years * 12, rounding);
}

}  // namespace yaosu::law

// date, time and date-time: RFC 3339 section 5.6, with the month lengths of
// section 5.7 and its leap-second rule.
#include <cstddef>
#include <string_view>

#include "core/calendar/gregorian.h"
#include "core/schema/formats/formats.h"
#include "core/text/ascii.h"

namespace yaosu::formats {
namespace {

using calendar::DaysInMonth;
using text::ParseFixedDigits;

// full-date = date-fullyear "-" date-month "-" date-mday  (exactly YYYY-MM-DD)
bool ParseFullDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int year = 0, month = 0, day = 0;
  if (!ParseFixedDigits(text.substr(0, 4), 4, year) || !ParseFixedDigits(text.substr(5, 2), 2, month) ||
      !ParseFixedDigits(text.substr(8, 2), 2, day)) {
    return false;
  }
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

// full-time = partial-time time-offset
// partial-time = time-hour ":" time-minute ":" time-second [time-secfrac]
// time-secfrac = "." 1*DIGIT
// time-offset = "Z" / time-numoffset;  time-numoffset = ("+" / "-") time-hour ":" time-minute
// Section 5.6 NOTE: "T" and "Z" may be lower case.
bool ParseFullTime(std::string_view text) {
  if (text.size() < 9 || text[2] != ':' || text[5] != ':') return false;
  int hour = 0, minute = 0, second = 0;
  if (!ParseFixedDigits(text.substr(0, 2), 2, hour) || !ParseFixedDigits(text.substr(3, 2), 2, minute) ||
      !ParseFixedDigits(text.substr(6, 2), 2, second)) {
    return false;
  }
  if (hour > 23 || minute > 59 || second > 60) return false;

  std::size_t pos = 8;
  if (text[pos] == '.') {
    const std::size_t digits_start = ++pos;
    while (pos < text.size() && text::IsAsciiDigit(text[pos])) ++pos;
    if (pos == digits_start) return false;
  }

  const std::string_view offset = text.substr(pos);
  int offset_minutes = 0;  // local time minus UTC
  if (offset == "Z" || offset == "z") {
    offset_minutes = 0;
  } else {
    if (offset.size() != 6 || (offset[0] != '+' && offset[0] != '-') || offset[3] != ':') return false;
    int offset_hour = 0, offset_minute = 0;
    if (!ParseFixedDigits(offset.substr(1, 2), 2, offset_hour) ||
        !ParseFixedDigits(offset.substr(4, 2), 2, offset_minute)) {
      return false;
    }
    if (offset_hour > 23 || offset_minute > 59) return false;
    offset_minutes = (offset[0] == '+' ? 1 : -1) * (offset_hour * 60 + offset_minute);
  }

  // Section 5.7: a leap second is inserted at the end of a UTC day, so second 60
  // is only valid when the time, moved to UTC, is 23:59.
  if (second == 60) {
    constexpr int kMinutesPerDay = 24 * 60;
    const int utc_minutes = ((hour * 60 + minute - offset_minutes) % kMinutesPerDay + kMinutesPerDay) % kMinutesPerDay;
    if (utc_minutes != 23 * 60 + 59) return false;
  }
  return true;
}

}  // namespace

bool IsDate(std::string_view text) { return ParseFullDate(text); }

bool IsTime(std::string_view text) { return ParseFullTime(text); }

// date-time = full-date "T" full-time
bool IsDateTime(std::string_view text) {
  if (text.size() < 11 || (text[10] != 'T' && text[10] != 't')) return false;
  return ParseFullDate(text.substr(0, 10)) && ParseFullTime(text.substr(11));
}

}  // namespace yaosu::formats

// File: the calendar dates that identifiers encode (a resident ID's birth
// date) and the "as of" date they are judged against.
//
//   IdDate birth{1949, 12, 31};
//   if (IsRealDate(birth) && birth <= ChinaToday()) Show(ToIsoDate(birth));  // "1949-12-31"
//
// Deliberately tiny and self-contained (proleptic Gregorian, no time zones
// beyond China's UTC+8 "today"), so that identifier checks need no date library.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace yaosu::law {

// IdDate: a year, month and day as written; not necessarily a real date.
struct IdDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

bool operator==(const IdDate& a, const IdDate& b);
bool operator<(const IdDate& a, const IdDate& b);
inline bool operator<=(const IdDate& a, const IdDate& b) { return !(b < a); }

// IsRealDate: whether `date` exists in the Gregorian calendar (no 30 February).
bool IsRealDate(const IdDate& date);

// ToIsoDate: "YYYY-MM-DD".
std::string ToIsoDate(const IdDate& date);

// ParseIsoDate: a real date written "YYYY-MM-DD", or nullopt.
std::optional<IdDate> ParseIsoDate(std::string_view text);

// ChinaToday: today's date in China (UTC+8), from the system clock.
IdDate ChinaToday();

}  // namespace yaosu::law

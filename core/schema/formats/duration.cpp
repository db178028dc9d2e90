// duration: RFC 3339 Appendix A (ISO 8601 durations as RFC 3339 restricts them).
//
//   duration = "P" (dur-date / dur-time / dur-week)
//   dur-date = (dur-day / dur-month / dur-year) [dur-time]
//   dur-time = "T" (dur-hour / dur-minute / dur-second)
//   dur-year = 1*DIGIT "Y" [dur-month]    dur-hour   = 1*DIGIT "H" [dur-minute]
//   dur-month = 1*DIGIT "M" [dur-day]     dur-minute = 1*DIGIT "M" [dur-second]
//   dur-day = 1*DIGIT "D"                 dur-second = 1*DIGIT "S"
//   dur-week = 1*DIGIT "W"
//
// So each part is a run of consecutive units from one chain (Y M D or H M S):
// "P1Y2D" skips the month and is invalid; fractions and signs are not allowed.
#include <cstddef>
#include <string_view>

#include "core/schema/formats/formats.h"
#include "core/text/ascii.h"

namespace yaosu::formats {
namespace {

// Consumes `1*DIGIT unit` elements from text[pos] whose units are a non-empty,
// consecutive run of `chain`; stops before a character that is not a digit.
bool ParseUnitRun(std::string_view text, std::size_t& pos, std::string_view chain) {
  std::size_t next_unit = 0;  // index in chain the next element may start from
  bool any = false;
  while (pos < text.size() && text::IsAsciiDigit(text[pos])) {
    while (pos < text.size() && text::IsAsciiDigit(text[pos])) ++pos;
    if (pos == text.size()) return false;  // a number without a unit
    const std::size_t unit = chain.find(text[pos], any ? next_unit : 0);
    if (unit == std::string_view::npos || (any && unit != next_unit)) return false;
    next_unit = unit + 1;
    any = true;
    ++pos;
  }
  return any;
}

}  // namespace

bool IsDuration(std::string_view text) {
  if (text.size() < 2 || text[0] != 'P') return false;
  std::size_t pos = 1;

  // dur-week stands alone.
  if (text.back() == 'W') {
    return text::IsDigits(text.substr(1, text.size() - 2));
  }
  if (text[pos] != 'T' && !ParseUnitRun(text, pos, "YMD")) return false;
  if (pos == text.size()) return true;
  if (text[pos] != 'T') return false;
  ++pos;
  return ParseUnitRun(text, pos, "HMS") && pos == text.size();
}

}  // namespace yaosu::formats

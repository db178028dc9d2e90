#include "core/filing/ecmascript_number.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <utility>

namespace yaosu::filing {
namespace {

// A decimal candidate: the integer `digits` times 10^exponent.
struct Decimal {
  std::string digits;
  int exponent = 0;
};

double ReadBack(const Decimal& d) {
  // "<digits>e<exponent>" has no decimal point, so the locale's radix character cannot interfere.
  const std::string text = d.digits + "e" + std::to_string(d.exponent);
  return std::strtod(text.c_str(), nullptr);
}

// The p-digit decimal closest to v (printf rounds exactly, ties to even).
Decimal Rounded(double v, int precision) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*e", precision - 1, v);
  Decimal d;
  const char* c = buffer;
  for (; *c != 'e' && *c != 'E' && *c != '\0'; ++c) {
    if (*c >= '0' && *c <= '9') d.digits += *c;  // skips the radix character, whatever the locale
  }
  const int scientific = (*c == '\0') ? 0 : std::atoi(c + 1);
  d.exponent = scientific - (precision - 1);
  return d;
}

// The next p-digit decimal above (+1) or below (-1) d.
Decimal Neighbour(Decimal d, int direction) {
  std::string& s = d.digits;
  if (direction > 0) {
    std::size_t i = s.size();
    while (i > 0 && s[i - 1] == '9') s[--i] = '0';
    if (i == 0) {
      s.insert(s.begin(), '1');  // 99..9 + 1 = 100..0: one digit more, same value grid
    } else {
      ++s[i - 1];
    }
  } else if (s[0] == '1' && s.find_first_not_of('0', 1) == std::string::npos) {
    s.assign(s.size(), '9');  // below 10..0 × 10^e the p-digit grid is ten times finer
    d.exponent -= 1;
  } else {
    std::size_t i = s.size();
    while (s[i - 1] == '0') s[--i] = '9';
    --s[i - 1];
  }
  return d;
}

// The decimal of `precision` digits that reads back as v and is closest to v,
// if there is one. The closest decimal is tried first; if it misses, only its
// neighbour on the other side of v can still hit (the rounding interval is
// lopsided at powers of two).
std::optional<Decimal> ReadsBackWith(double v, int precision) {
  Decimal closest = Rounded(v, precision);
  const double back = ReadBack(closest);
  if (back == v) return closest;
  Decimal other = Neighbour(closest, back < v ? +1 : -1);
  if (ReadBack(other) == v) return other;
  return std::nullopt;
}

// The shortest decimal that reads back as v (> 0, finite). Whether some
// p-digit decimal reads back only grows with p, and 17 digits always do, so
// the length is found by bisection (5 tries instead of up to 17).
Decimal ShortestDigits(double v) {
  int low = 1, high = 17;  // the answer is in [low, high]
  std::optional<Decimal> best;
  while (low < high) {
    const int middle = (low + high) / 2;
    if (std::optional<Decimal> hit = ReadsBackWith(v, middle)) {
      best = std::move(hit);
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return best ? *std::move(best) : Rounded(v, 17);  // best is for the final high == low
}

}  // namespace

std::string EcmaScriptNumber(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  if (value == 0) return "0";  // -0 too
  if (value < 0) return "-" + EcmaScriptNumber(-value);
  if (value < 9007199254740992.0 && value == std::trunc(value)) {
    // Whole numbers below 2^53 (amounts, counts) are their own shortest digits;
    // this skips snprintf, which is slow in wasm (musl formats via long double).
    return std::to_string(static_cast<long long>(value));
  }

  Decimal d = ShortestDigits(value);
  while (d.digits.size() > 1 && d.digits.back() == '0') {
    d.digits.pop_back();
    ++d.exponent;
  }
  // ECMA-262 names: value = s × 10^(n−k), s having k digits.
  const std::string& s = d.digits;
  const int k = static_cast<int>(s.size());
  const int n = d.exponent + k;
  if (k <= n && n <= 21) return s + std::string(n - k, '0');
  if (0 < n && n <= 21) return s.substr(0, n) + "." + s.substr(n);
  if (-6 < n && n <= 0) return "0." + std::string(-n, '0') + s;
  const int e = n - 1;
  std::string text = s.substr(0, 1);
  if (k > 1) text += "." + s.substr(1);
  text += e < 0 ? "e-" : "e+";
  text += std::to_string(e < 0 ? -e : e);
  return text;
}

}  // namespace yaosu::filing

#include "core/json/internal/short_decimal.h"

#include <array>
#include <cstdint>

#include "core/json/internal/grammar.h"

namespace yaosu::internal {
namespace {

constexpr int kMaxSignificantDigits = 19;          // still fits an unsigned 64-bit integer
constexpr std::uint64_t kExactLimit = 1ull << 53;  // every integer below it is a double exactly
constexpr int kMaxExactPowerOfTen = 22;            // 10^22 is the largest power of ten a double holds exactly
constexpr int kMaxExponentDigits = 4;

constexpr std::array<double, kMaxExactPowerOfTen + 1> kPowersOfTen = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                                      1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                                      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

}  // namespace

std::optional<double> ShortDecimal(std::string_view token) {
  std::size_t at = 0;
  const bool negative = at < token.size() && token[at] == '-';
  if (negative) ++at;
  std::uint64_t digits = 0;
  int significant = 0;  // digits counted into `digits`, leading zeros left out
  int exponent = 0;     // the power of ten `digits` is multiplied by
  const auto take = [&](char c) {
    if (significant == 0 && c == '0') return;
    digits = digits * 10 + static_cast<unsigned>(c - '0');
    ++significant;
  };
  for (; at < token.size() && IsJsonDigit(token[at]); ++at) take(token[at]);
  if (at < token.size() && token[at] == '.') {
    for (++at; at < token.size() && IsJsonDigit(token[at]); ++at) {
      take(token[at]);
      --exponent;
    }
  }
  if (significant > kMaxSignificantDigits) return std::nullopt;
  if (at < token.size() && (token[at] == 'e' || token[at] == 'E')) {
    ++at;
    const bool negative_exponent = at < token.size() && token[at] == '-';
    if (at < token.size() && (token[at] == '+' || token[at] == '-')) ++at;
    if (token.size() - at > kMaxExponentDigits) return std::nullopt;
    int written = 0;
    for (; at < token.size(); ++at) written = written * 10 + (token[at] - '0');
    exponent += negative_exponent ? -written : written;
  }
  if (digits >= kExactLimit) return std::nullopt;
  double value = static_cast<double>(digits);
  if (digits != 0) {
    if (exponent < -kMaxExactPowerOfTen || exponent > kMaxExactPowerOfTen) return std::nullopt;
    value = exponent < 0 ? value / kPowersOfTen[-exponent] : value * kPowersOfTen[exponent];
  }
  return negative ? -value : value;
}

}  // namespace yaosu::internal

#include "core/json/numbers.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace yaosu {
namespace {

bool IsIntegerType(const nlohmann::json& n) { return n.is_number_integer(); }

// CompareIntegers: exact comparison across signed and unsigned storage.
int CompareIntegers(const nlohmann::json& a, const nlohmann::json& b) {
  const bool a_negative = a.is_number_unsigned() ? false : a.get<std::int64_t>() < 0;
  const bool b_negative = b.is_number_unsigned() ? false : b.get<std::int64_t>() < 0;
  if (a_negative != b_negative) return a_negative ? -1 : 1;
  if (a_negative) {
    const std::int64_t x = a.get<std::int64_t>(), y = b.get<std::int64_t>();
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  const std::uint64_t x = a.get<std::uint64_t>(), y = b.get<std::uint64_t>();
  return x < y ? -1 : (x > y ? 1 : 0);
}

}  // namespace

bool IsIntegral(const nlohmann::json& number) {
  if (number.is_number_integer()) return true;
  if (!number.is_number_float()) return false;
  const double value = number.get<double>();
  return std::isfinite(value) && std::trunc(value) == value;
}

int CompareNumbers(const nlohmann::json& a, const nlohmann::json& b) {
  if (IsIntegerType(a) && IsIntegerType(b)) return CompareIntegers(a, b);
  const double x = a.get<double>(), y = b.get<double>();
  return x < y ? -1 : (x > y ? 1 : 0);
}

bool IsMultipleOf(const nlohmann::json& value, const nlohmann::json& divisor) {
  if (IsIntegerType(value) && IsIntegerType(divisor) && !value.is_number_unsigned() && !divisor.is_number_unsigned()) {
    const std::int64_t d = divisor.get<std::int64_t>();
    return d != 0 && value.get<std::int64_t>() % d == 0;
  }
  const double x = value.get<double>(), d = divisor.get<double>();
  if (d == 0.0) return false;
  const double quotient = x / d;
  if (!std::isfinite(quotient)) return std::fmod(x, d) == 0.0;  // e.g. 1e308 / 0.5
  // The quotient carries the division's rounding error, about one unit in its last place
  // (316674.97 / 0.01 = 31667496.999999996): allow a few of those units, never less than 1e-9.
  const double tolerance = std::max(1e-9, 4 * std::numeric_limits<double>::epsilon() * std::fabs(quotient));
  return std::fabs(quotient - std::round(quotient)) < tolerance;
}

}  // namespace yaosu

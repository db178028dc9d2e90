#include "core/rules/coercion.h"

#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace yaosu::rules {
namespace {

bool IsJsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// ParseDecimal: a JavaScript StringNumericLiteral in decimal form (no hex, no
// "inf"/"nan" spellings strtod would accept).
std::optional<double> ParseDecimal(const std::string& text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && IsJsSpace(text[begin])) ++begin;
  while (end > begin && IsJsSpace(text[end - 1])) --end;
  if (begin == end) return 0.0;
  const std::string trimmed = text.substr(begin, end - begin);
  std::size_t i = 0;
  if (trimmed[i] == '+' || trimmed[i] == '-') ++i;
  if (trimmed.compare(i, std::string::npos, "Infinity") == 0) return trimmed[0] == '-' ? -HUGE_VAL : HUGE_VAL;
  std::size_t digits = 0;
  while (i < trimmed.size() && std::isdigit(static_cast<unsigned char>(trimmed[i]))) ++i, ++digits;
  if (i < trimmed.size() && trimmed[i] == '.') {
    ++i;
    while (i < trimmed.size() && std::isdigit(static_cast<unsigned char>(trimmed[i]))) ++i, ++digits;
  }
  if (digits == 0) return std::nullopt;
  if (i < trimmed.size() && (trimmed[i] == 'e' || trimmed[i] == 'E')) {
    ++i;
    if (i < trimmed.size() && (trimmed[i] == '+' || trimmed[i] == '-')) ++i;
    std::size_t exponent_digits = 0;
    while (i < trimmed.size() && std::isdigit(static_cast<unsigned char>(trimmed[i]))) ++i, ++exponent_digits;
    if (exponent_digits == 0) return std::nullopt;
  }
  if (i != trimmed.size()) return std::nullopt;
  return std::strtod(trimmed.c_str(), nullptr);
}

std::string NumberText(double number) {
  if (std::isnan(number)) return "NaN";
  if (std::isinf(number)) return number < 0 ? "-Infinity" : "Infinity";
  if (number == 0) return "0";
  char buffer[40];
  if (std::trunc(number) == number && std::fabs(number) < 1e21) {
    std::snprintf(buffer, sizeof buffer, "%.0f", number);
    return buffer;
  }
  // The shortest form that reads back as the same double, as JavaScript prints.
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, number);
    if (std::strtod(buffer, nullptr) == number) break;
  }
  return buffer;
}

}  // namespace

bool Truthy(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: return false;
    case nlohmann::json::value_t::boolean: return value.get<bool>();
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: {
      const double number = value.get<double>();
      return number != 0 && !std::isnan(number);
    }
    case nlohmann::json::value_t::string: return !value.get_ref<const std::string&>().empty();
    case nlohmann::json::value_t::array: return !value.empty();
    default: return true;
  }
}

std::optional<double> ToNumber(const nlohmann::json& value) {
  if (value.is_number()) return value.get<double>();
  if (value.is_null()) return 0.0;
  if (value.is_boolean()) return value.get<bool>() ? 1.0 : 0.0;
  if (value.is_string()) return ParseDecimal(value.get_ref<const std::string&>());
  return std::nullopt;
}

std::string ToText(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "null";
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
  if (value.is_number_unsigned()) return std::to_string(value.get<std::uint64_t>());
  if (value.is_number_float()) return NumberText(value.get<double>());
  if (value.is_array()) {
    std::string text;
    bool first = true;
    for (const auto& element : value) {
      if (!first) text += ',';
      first = false;
      if (!element.is_null()) text += ToText(element);
    }
    return text;
  }
  return "[object Object]";
}

nlohmann::json NumberValue(double number) {
  if (std::trunc(number) == number && std::fabs(number) <= 9007199254740992.0) {
    return static_cast<std::int64_t>(number);
  }
  return number;
}

bool StrictEquals(const nlohmann::json& a, const nlohmann::json& b) {
  if (a.is_number() && b.is_number()) return a.get<double>() == b.get<double>();
  return a == b;
}

std::optional<int> LooseCompare(const nlohmann::json& a, const nlohmann::json& b) {
  if (a.is_structured() || b.is_structured()) return std::nullopt;
  if (a.is_string() && b.is_string()) {
    const int order = a.get_ref<const std::string&>().compare(b.get_ref<const std::string&>());
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
  }
  const std::optional<double> x = ToNumber(a);
  const std::optional<double> y = ToNumber(b);
  if (!x || !y || std::isnan(*x) || std::isnan(*y)) return std::nullopt;
  return *x < *y ? -1 : (*x > *y ? 1 : 0);
}

}  // namespace yaosu::rules

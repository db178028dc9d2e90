// File: exact decimal parsing and formatting (see decimal.h).
#include "core/law/decimal.h"

#include <cmath>

namespace yaosu::law {

std::optional<int64_t> ParseScaled(std::string_view text, int decimals) {
  if (text.empty()) return std::nullopt;
  int64_t value = 0;
  int fraction_digits = -1;  // -1: no point seen yet
  int integer_digits = 0;
  for (const char c : text) {
    if (c == '.') {
      if (fraction_digits >= 0 || integer_digits == 0) return std::nullopt;
      fraction_digits = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (fraction_digits >= 0) {
      if (++fraction_digits > decimals) return std::nullopt;
    } else if (++integer_digits > 15) {
      return std::nullopt;  // beyond any claim a court sees; keeps the arithmetic far from overflow
    }
    value = value * 10 + (c - '0');
  }
  if (fraction_digits == 0) return std::nullopt;  // "12." is a typo, not a number
  for (int i = fraction_digits < 0 ? 0 : fraction_digits; i < decimals; ++i) value *= 10;
  return value;
}

std::optional<int64_t> ParseYuan(std::string_view text) { return ParseScaled(text, 2); }

std::optional<int64_t> ParsePercent(std::string_view text) { return ParseScaled(text, 4); }

std::optional<int64_t> JsonScaled(const nlohmann::json& value, int decimals) {
  if (!value.is_number() || (value.is_number_float() && value.get<double>() < 0)) return std::nullopt;
  if (value.is_number_integer() && !value.is_number_unsigned() && value.get<int64_t>() < 0) {
    return std::nullopt;
  }
  return ParseScaled(value.dump(), decimals);  // dump() is the shortest round-trip text
}

std::string FormatFen(int64_t fen) {
  const bool negative = fen < 0;
  const uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(fen) : static_cast<uint64_t>(fen);
  std::string cents = std::to_string(magnitude % 100);
  if (cents.size() < 2) cents.insert(0, "0");
  return (negative ? "-" : "") + std::to_string(magnitude / 100) + "." + cents;
}

std::string FormatPpmAsPercent(int64_t ppm) {
  // ppm / 10,000 is the percentage; four fraction digits, trailing zeros dropped.
  std::string fraction = std::to_string(ppm % 10000);
  fraction.insert(0, 4 - fraction.size(), '0');
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  return std::to_string(ppm / 10000) + (fraction.empty() ? "" : "." + fraction) + "%";
}

int64_t DivideRoundHalfUp(Int128 numerator, Int128 denominator) {
  const bool negative = numerator < 0;
  const Int128 magnitude = negative ? -numerator : numerator;
  const Int128 rounded = (magnitude * 2 + denominator) / (denominator * 2);
  return static_cast<int64_t>(negative ? -rounded : rounded);
}

std::optional<int64_t> RoundScaled(double value, int decimals) {
  if (!std::isfinite(value) || std::fabs(value) > 1e15 || decimals < 0 || decimals > 6) return std::nullopt;
  const std::string text = nlohmann::json(value).dump();  // the shortest form that reads back as `value`
  if (text.find_first_of("eE") != std::string::npos) {
    return static_cast<int64_t>(std::llround(value * std::pow(10.0, decimals)));  // tiny or huge: no digits to judge
  }
  const bool negative = text[0] == '-';
  const std::size_t begin = negative ? 1 : 0;
  const std::size_t point = text.find('.');
  const std::string whole = text.substr(begin, point == std::string::npos ? std::string::npos : point - begin);
  const std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);
  int64_t scaled = 0;
  for (char digit : whole) scaled = scaled * 10 + (digit - '0');
  for (int i = 0; i < decimals; ++i) {
    scaled = scaled * 10 + (i < static_cast<int>(fraction.size()) ? fraction[i] - '0' : 0);
  }
  if (static_cast<int>(fraction.size()) > decimals && fraction[decimals] >= '5') ++scaled;
  return negative ? -scaled : scaled;
}

}  // namespace yaosu::law

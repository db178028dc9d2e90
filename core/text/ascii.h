// ASCII character classes, never a locale: the formats are defined over ASCII
// (RFC 5234 ALPHA, DIGIT, HEXDIG), and so are identifier check digits and table
// cells; a Bengali or fullwidth digit is never a DIGIT.
#pragma once

#include <cstddef>
#include <string_view>

namespace yaosu::text {

constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
constexpr bool IsHexDigit(char c) { return IsAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
// HexDigitValue: 0..15 for a HEXDIG, -1 for anything else.
constexpr int HexDigitValue(char c) {
  if (IsAsciiDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
constexpr bool IsAscii(char c) { return static_cast<unsigned char>(c) < 0x80; }
constexpr char ToAsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// True when `text` is exactly `count` ASCII digits; stores their value.
constexpr bool ParseFixedDigits(std::string_view text, std::size_t count, int& value) {
  if (text.size() != count) return false;
  value = 0;
  for (char c : text) {
    if (!IsAsciiDigit(c)) return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

// True when `text` is one or more ASCII digits.
constexpr bool IsDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

// Case-insensitive ASCII comparison (RFC 5234: quoted ABNF strings ignore case).
constexpr bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ToAsciiLower(a[i]) != ToAsciiLower(b[i])) return false;
  }
  return true;
}

}  // namespace yaosu::text

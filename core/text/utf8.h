// File: strict UTF-8 (RFC 3629), the one decoder every part of the engine uses
// (regex subjects, format checkers, canonical JSON, document text). Overlong
// forms, surrogates (U+D800..U+DFFF) and values past U+10FFFF are errors, so
// nothing that decodes with it ever accepts invalid UTF-8.
//
//   std::size_t pos = 0; char32_t c;
//   while (DecodeUtf8(text, pos, c)) use(c);        // stops at the end or at a bad byte (pos there)
//   AppendUtf8(out, U'张');                          // the encoder, for a scalar value
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace yaosu::text {

// IsScalarValue: a code point that well-formed UTF-8 can carry.
constexpr bool IsScalarValue(char32_t c) { return c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF); }

// Decodes the code point starting at text[pos] and advances pos past it.
// Returns false (pos unchanged) on malformed input or at the end.
constexpr bool DecodeUtf8(std::string_view text, std::size_t& pos, char32_t& out) {
  if (pos >= text.size()) return false;
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    out = lead;
    ++pos;
    return true;
  }
  std::size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;  // smallest value this length may encode (rejects overlongs)
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    value = lead & 0x1F;
    minimum = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    value = lead & 0x0F;
    minimum = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    value = lead & 0x07;
    minimum = 0x10000;
  } else {
    return false;  // continuation byte, C0/C1 overlong leads, or F5..FF
  }
  if (text.size() - pos < length) return false;
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(pos + i);
    if ((next & 0xC0) != 0x80) return false;
    value = (value << 6) | (next & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return false;
  out = value;
  pos += length;
  return true;
}

constexpr bool IsValidUtf8(std::string_view text) {
  std::size_t pos = 0;
  char32_t ignored = 0;
  while (pos < text.size()) {
    if (!DecodeUtf8(text, pos, ignored)) return false;
  }
  return true;
}

// AppendUtf8: `c` (a scalar value, IsScalarValue) appended to `out` as UTF-8.
inline void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace yaosu::text

// Internal to formats/: the character classes RFC 3986 (URI), RFC 3987 (IRI)
// and RFC 6570 (URI Template) share.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/text/ascii.h"

namespace yaosu::formats::internal {

// RFC 3986 2.3: unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"
constexpr bool IsUnreserved(char c) { return text::IsAsciiAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~'; }

// RFC 3986 2.2: sub-delims = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
constexpr bool IsSubDelim(char c) { return std::string_view("!$&'()*+,;=").find(c) != std::string_view::npos; }

// RFC 3986 2.1: pct-encoded = "%" HEXDIG HEXDIG, starting at text[pos].
constexpr bool IsPctEncodedAt(std::string_view text, std::size_t pos) {
  return pos + 2 < text.size() && text[pos] == '%' && text::IsHexDigit(text[pos + 1]) &&
         text::IsHexDigit(text[pos + 2]);
}

// RFC 3987 2.2: ucschar, the non-ASCII characters an IRI may hold anywhere;
// each plane's last two code points (noncharacters) are left out.
constexpr bool IsUcsChar(char32_t cp) {
  if (cp >= 0xA0 && cp <= 0xD7FF) return true;
  if (cp >= 0xF900 && cp <= 0xFDCF) return true;
  if (cp >= 0xFDF0 && cp <= 0xFFEF) return true;
  if (cp >= 0x10000 && cp <= 0xDFFFF) return (cp & 0xFFFF) <= 0xFFFD;
  return cp >= 0xE1000 && cp <= 0xEFFFD;
}

// RFC 3987 2.2: iprivate, private-use characters, allowed only in a query.
constexpr bool IsIPrivate(char32_t cp) {
  return (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000 && cp <= 0xFFFFD) || (cp >= 0x100000 && cp <= 0x10FFFD);
}

}  // namespace yaosu::formats::internal

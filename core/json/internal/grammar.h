// File: the character classes of JSON's grammar (RFC 8259), shared by the
// readers of core/json/internal.
#pragma once

namespace yaosu::internal {

// IsJsonSpace: the four characters JSON allows between tokens.
constexpr bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

constexpr bool IsJsonDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace yaosu::internal

// File: the character sets ECMAScript defines by fiat: \d \w \s, ".", line terminators.
#pragma once

#include "core/regex/internal/code_point_set.h"

namespace yaosu::regex::internal {

// DigitSet: \d, ASCII digits only (ECMAScript, unlike Python or PCRE-with-UCP).
CodePointSet DigitSet();
// WordSet: \w, [A-Za-z0-9_] (the `u` flag without `i` adds nothing).
CodePointSet WordSet();
// SpaceSet: \s, ECMAScript WhiteSpace and LineTerminator, which includes the
// Unicode Space_Separator characters such as U+00A0, U+3000 and U+FEFF.
CodePointSet SpaceSet();
// DotSet: ".", every code point except line terminators unless `dot_all` (the s flag).
CodePointSet DotSet(bool dot_all);

// IsLineTerminator: \n \r U+2028 U+2029, for ".", and ^ $ in multiline mode.
inline bool IsLineTerminator(char32_t c) { return c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029; }

// IsWordCharacter: membership in \w, for \b and \B.
inline bool IsWordCharacter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || c == U'_';
}

}  // namespace yaosu::regex::internal

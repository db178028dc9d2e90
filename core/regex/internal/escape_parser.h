// File: parsing the escapes that mean one code point or one set of them, as
// ECMA-262 defines them with the `u` flag (which makes unknown escapes such as
// "\a" or "\-" outside a class syntax errors rather than literal letters).
#pragma once

#include <string>

#include "core/regex/internal/code_point_set.h"
#include "core/regex/internal/pattern_reader.h"

namespace yaosu::regex::internal {

// ParseCharacterEscape: after a backslash, one of \f \n \r \t \v, \cX, \0,
// \xHH, \uHHHH (a surrogate pair of them is one code point), \u{H...}, or a
// syntax character or "/". Anything else fails.
bool ParseCharacterEscape(PatternReader& reader, char32_t* code_point);

// IsClassEscapeStart: d D s S w W p P, the escapes that stand for a set.
bool IsClassEscapeStart(char32_t c);

// ParseClassEscape: after a backslash, at a letter IsClassEscapeStart accepts;
// adds the set's code points to *set (when the reader builds sets).
bool ParseClassEscape(PatternReader& reader, CodePointSet* set);

// ParseGroupName: at "<", reads "<name>" as in (?<name>...) and \k<name>; the
// name may contain \u escapes, which are decoded.
bool ParseGroupName(PatternReader& reader, std::u32string* name);

}  // namespace yaosu::regex::internal

// File: parsing a character class "[...]" (ECMA-262 ClassContents, `u` flag, no `v`).
#pragma once

#include "core/regex/internal/code_point_set.h"
#include "core/regex/internal/pattern_reader.h"

namespace yaosu::regex::internal {

// ParseCharacterClass: at "[", reads through the closing "]" and, when the
// reader builds sets, stores the class's code points (negation applied,
// normalized) in *set. "[]" matches nothing and "[^]" any code point.
bool ParseCharacterClass(PatternReader& reader, CodePointSet* set);

}  // namespace yaosu::regex::internal

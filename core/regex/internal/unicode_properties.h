// File: resolving \p{...} / \P{...} property expressions to code point sets.
//
// Names follow ECMA-262 exactly: case-sensitive, no loose matching, the
// General_Category, Script and Script_Extensions properties plus the listed
// binary properties, with their aliases ("L", "Letter", "digit", "sc=Han").
// Every General_Category value has data; binary properties and scripts only a
// selection (see unicode_tables.cpp). A name ECMAScript knows but we lack data
// for is kUnsupported: valid syntax for format "regex", refused by Compile.
#pragma once

#include <optional>
#include <string_view>

#include "core/regex/internal/code_point_set.h"

namespace yaosu::regex::internal {

enum class PropertyLookup { kFound, kUnknown, kUnsupported };

// LookupProperty: resolves \p{name} (no value) or \p{name=value}. When found
// and `set` is not null, adds the property's code points to *set.
PropertyLookup LookupProperty(std::string_view name, std::optional<std::string_view> value, CodePointSet* set);

// IsIdStart / IsIdContinue: Unicode ID_Start / ID_Continue, for group names.
bool IsIdStart(char32_t c);
bool IsIdContinue(char32_t c);

}  // namespace yaosu::regex::internal

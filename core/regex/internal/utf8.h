// File: strict UTF-8 decoding for patterns and subjects.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace yaosu::regex::internal {

// DecodeUtf8: the code points of `text`, or nullopt when it is not well-formed
// UTF-8 (truncated or stray bytes, overlong forms, surrogates, > U+10FFFF).
std::optional<std::u32string> DecodeUtf8(std::string_view text);

// IsScalarValue: a code point that well-formed UTF-8 can carry.
inline bool IsScalarValue(char32_t c) { return c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF); }

}  // namespace yaosu::regex::internal

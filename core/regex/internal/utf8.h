// File: UTF-8 patterns and subjects as code points (core/text/utf8.h decodes).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/text/utf8.h"

namespace yaosu::regex::internal {

// DecodeUtf8: the code points of `text`, or nullopt when it is not well-formed
// UTF-8 (truncated or stray bytes, overlong forms, surrogates, > U+10FFFF).
std::optional<std::u32string> DecodeUtf8(std::string_view text);

// DecodeUtf8Into: the same into `out` (its memory reused); false when `text` is not well-formed.
bool DecodeUtf8Into(std::string_view text, std::u32string& out);

using text::IsScalarValue;

}  // namespace yaosu::regex::internal

// Internal to formats/: Punycode (RFC 3492), the encoding inside IDNA A-labels
// ("xn--" + Punycode). Both directions work in caller-supplied buffers and fail
// instead of overflowing, so they never allocate.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace yaosu::formats::internal {

// Decodes lowercase Punycode `input` into `out`; sets `count` to the number of
// code points written. False on a malformed string, an overflow, a decoded
// value that is a basic (ASCII) code point, a surrogate or past U+10FFFF, or
// more code points than `out` holds.
bool DecodePunycode(std::string_view input, std::span<char32_t> out, std::size_t& count);

// Encodes `input` into `out`; sets `length` to the characters written. False
// if the encoding would not fit in `out` (or on arithmetic overflow).
bool EncodePunycode(std::span<const char32_t> input, std::span<char> out, std::size_t& length);

}  // namespace yaosu::formats::internal

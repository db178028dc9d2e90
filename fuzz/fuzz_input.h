// File: what every fuzz target shares — the input as JSON, within the limits
// a page or the CLI applies (with_case_types.h: the built-in case types).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/json/parse.h"

namespace yaosu::fuzz {

// Text: the fuzzer's bytes as text (any bytes at all: invalid UTF-8 included).
inline std::string_view Text(const uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// ParsedInput: the bytes parsed with the default limits, or nothing (a syntax
// error is a diagnostic, which is all the parser owes bad input).
inline std::optional<nlohmann::json> ParsedInput(const uint8_t* data, std::size_t size) {
  Result<nlohmann::json> parsed = ParseJson(Text(data, size));
  if (!parsed.ok()) return std::nullopt;
  return std::move(*parsed);
}

}  // namespace yaosu::fuzz

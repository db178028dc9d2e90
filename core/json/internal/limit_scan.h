// File: the linear scan ParseJson makes before it builds anything, so that a
// hostile text is refused by its shape (too deep, a string or an array too
// long, too many values) without a stack frame or an allocation per value.
//
//   if (std::optional<LimitBreach> breach = FindLimitBreach(text, limits)) refuse(breach->code, breach->byte);
//
// The scan reads tokens loosely: it does not check the syntax (the parser
// after it does), so a malformed text may pass it and fail later.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/json/parse.h"

namespace yaosu::internal {

// LimitBreach: the first limit of ParseLimits the text passes, and where.
struct LimitBreach {
  const char* code;   // json.too_deep, json.string_too_long, json.array_too_long, json.too_many_values
  std::size_t limit;  // the limit passed
  std::size_t byte;   // offset of the bracket, quote or value that passes it
};

// FindLimitBreach: the first breach in text order, or nullopt.
std::optional<LimitBreach> FindLimitBreach(std::string_view text, const ParseLimits& limits);

}  // namespace yaosu::internal

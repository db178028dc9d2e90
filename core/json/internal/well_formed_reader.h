// File: ParseJson's quick way, for a well-formed document within its limits.
//
// ParseJson's careful way (the limit scan, then nlohmann's SAX parser) explains
// every failure with its position, and reads the text a character at a time
// to do so. Most documents are well formed: this reader reads them in one pass
// and builds the very DOM the careful way builds (the same value types, a
// non-negative integer unsigned). At anything it does not take — malformed
// text, invalid UTF-8, a duplicate key, a limit reached, a byte order mark, an
// integer past 64 bits, a number out of range — it gives up without saying
// why, and ParseJson reads the text the careful way, which says why.
//
//   if (std::optional<nlohmann::json> document = ReadWellFormed(text, limits)) return std::move(*document);
//
// Like the careful way it never recurses on the input: open arrays and objects
// are a stack.
#pragma once

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/json/parse.h"

namespace yaosu::internal {

// ReadWellFormed: the document, or nullopt where the careful way must read it.
std::optional<nlohmann::json> ReadWellFormed(std::string_view text, const ParseLimits& limits);

}  // namespace yaosu::internal

// File: parsing untrusted JSON text into nlohmann::json, with limits.
//
// Everything a user, a schema author or another court system sends goes
// through ParseJson. It never throws and never recurses on the input: it uses
// nlohmann's SAX interface, reports the line and column of a syntax error,
// rejects duplicate object keys (whose meaning JSON leaves open), and enforces
// explicit limits (docs/limits.md) so a hostile document gets a diagnostic
// instead of exhausting the stack or memory: the shape limits are checked by a
// linear scan before any value is built.
//
//   Result<nlohmann::json> doc = ParseJson(R"({"name": "张三"})");
//   if (!doc.ok()) print(doc.diagnostics()[0].params["line"]);
#pragma once

#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics/result.h"

namespace yaosu {

// ParseLimits: bounds on what ParseJson accepts.
// The values bound what a document can cost: within all of them a parsed
// document stays under a few hundred MB natively (measured in docs/limits.md).
struct ParseLimits {
  std::size_t max_bytes = 64u << 20;        // 64 MiB of text
  std::size_t max_depth = 256;              // nested arrays/objects
  std::size_t max_string_bytes = 4u << 20;  // one string, key or value, as written: 4 MiB
  std::size_t max_array_items = 100'000;    // items of one array
  std::size_t max_values = 1'000'000;       // values in the document, containers and members included
};

// ParseJson: parses one JSON document. Diagnostics (all severity error):
//   json.syntax       {line, column, byte, message} — malformed text or invalid UTF-8
//   json.too_large    {limit, actual}
//   json.too_deep     {limit, line, column, byte}
//   json.string_too_long {limit, line, column, byte} — at the string's opening quote
//   json.array_too_long {limit, line, column, byte} — at the first item past the limit
//   json.too_many_values {limit, line, column, byte} — at the first value past the limit
//   json.duplicate_key {key} — instance_location names the object holding it
//   json.number_out_of_range {line, column, token}
Result<nlohmann::json> ParseJson(std::string_view text, const ParseLimits& limits = {});

}  // namespace yaosu

// File: parsing untrusted JSON text into nlohmann::json, with limits.
//
// Everything a user, a schema author or another court system sends goes
// through ParseJson. It never throws and never recurses on the input: it uses
// nlohmann's SAX interface, reports the line and column of a syntax error,
// rejects duplicate object keys (whose meaning JSON leaves open), and enforces
// explicit limits on size and nesting so a hostile document gets a diagnostic
// instead of exhausting the stack or memory.
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
struct ParseLimits {
  std::size_t max_bytes = 64u << 20;  // 64 MiB of text
  std::size_t max_depth = 256;        // nested arrays/objects
};

// ParseJson: parses one JSON document. Diagnostics (all severity error):
//   json.syntax       {line, column, byte, message} — malformed text or invalid UTF-8
//   json.too_large    {limit, actual}
//   json.too_deep     {limit, line, column}
//   json.duplicate_key {key} — instance_location names the object holding it
//   json.number_out_of_range {line, column, token}
Result<nlohmann::json> ParseJson(std::string_view text, const ParseLimits& limits = {});

}  // namespace yaosu

// File: diagnostics as plain text for a terminal.
//
// The engine's diagnostics are data (code, locations, params); the CLI shows
// them one per line without a message catalog:
//   /plaintiffs/0/name: schema.minLength at /properties/name/minLength {"limit":2,"actual":1}
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/diagnostics/diagnostic.h"

namespace yaosu::cli {

// DumpJson: compact JSON text that never aborts on invalid UTF-8 (replaced).
std::string DumpJson(const nlohmann::json& value);

// DescribeDiagnostic: one line for a validation or compile diagnostic.
std::string DescribeDiagnostic(const Diagnostic& diagnostic);

// DescribeSchemaDiagnostic: one line for a problem found in a schema (no
// instance involved): "schema.unresolved_ref at /$ref {...}".
std::string DescribeSchemaDiagnostic(const Diagnostic& diagnostic);

// DescribeInputProblem: why a document could not be parsed, as
// "NAME:LINE:COLUMN: malformed JSON: message" (or the code and params for
// limits such as json.too_deep).
std::string DescribeInputProblem(const std::string& name, const Diagnostics& diagnostics);

}  // namespace yaosu::cli

// File: the Diagnostic value — how every problem in Yaosu is reported.
//
// A problem is data, never an exception: a stable machine code, a severity,
// JSON Pointers to the instance element and to the schema keyword or rule, and
// the parameters a message catalog needs to phrase it (limits, expected types,
// missing property names). The sentence itself is rendered later, in Chinese
// first, from the catalog keyed by `code`.
//
//   Diagnostic d{.code = "schema.minLength", .instance_location = "/plaintiffs/0/name",
//                .keyword_location = "/properties/plaintiffs/items/properties/name/minLength",
//                .params = {{"limit", 2}, {"actual", 1}}};
//
// The field names map one to one onto JSON Schema's "basic" output format
// (instanceLocation, keywordLocation, absoluteKeywordLocation).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace yaosu {

// Severity: an error blocks a filing; a warning and an info do not.
enum class Severity { kError, kWarning, kInfo };

std::string_view SeverityName(Severity severity);

// Diagnostic: one problem found in a document, a schema or a rule.
struct Diagnostic {
  std::string code;
  Severity severity = Severity::kError;
  std::string instance_location;          // JSON Pointer into the instance ("" = the whole document)
  std::string keyword_location;           // JSON Pointer along the evaluation path
  std::string absolute_keyword_location;  // URI of the keyword in its schema resource, when known
  nlohmann::json params = nlohmann::json::object();
};

using Diagnostics = std::vector<Diagnostic>;

// ToJson: the diagnostic as one entry of the "basic" output format, plus code,
// severity and params: {"code", "severity", "instanceLocation", "keywordLocation",
// "absoluteKeywordLocation"?, "params"}.
nlohmann::json ToJson(const Diagnostic& diagnostic);
nlohmann::json ToJson(const Diagnostics& diagnostics);

// HasErrors: whether any diagnostic has Severity::kError.
bool HasErrors(const Diagnostics& diagnostics);

}  // namespace yaosu

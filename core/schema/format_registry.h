// File: the registry of `format` checkers a schema can assert.
//
// The JSON Schema formats are built in (core/schema/formats/formats.h); later
// layers register their own (Chinese resident ID numbers, USCC codes, ...)
// without touching the validator:
//
//   FormatRegistry formats = FormatRegistry::Standard();
//   formats.Register("cn-mobile", [](std::string_view v) { return FormatVerdict{...}; });
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "core/diagnostics/diagnostic.h"

namespace yaosu::schema {

// FormatVerdict: the answer of one format checker. A checker may downgrade a
// problem to a warning (an unusual but possible mobile prefix, say).
struct FormatVerdict {
  bool valid = true;
  Severity severity = Severity::kError;
  std::string reason;  // short machine-readable reason, e.g. "check_character"
  // params: what the reason's message needs ({"expected": "X", "actual": "1"}),
  // added to the schema.format diagnostic beside "format" and "reason".
  nlohmann::json params = nlohmann::json::object();
};

using FormatChecker = std::function<FormatVerdict(std::string_view value)>;

// FormatRegistry: format name → checker. Copyable; compiled schemas keep their own copy.
class FormatRegistry {
 public:
  // Standard: the formats of JSON Schema 2020-12 that Yaosu checks.
  static FormatRegistry Standard();

  void Register(std::string name, FormatChecker checker);
  // Find: the checker for `name`, or nullptr for an unknown format (which
  // stays an annotation, as the specification asks).
  const FormatChecker* Find(std::string_view name) const;

 private:
  std::map<std::string, FormatChecker, std::less<>> checkers_;
};

}  // namespace yaosu::schema

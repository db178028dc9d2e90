// File: JSON Pointers (RFC 6901) — building, escaping, parsing and resolving.
//
// Diagnostics name elements by JSON Pointer; `$ref` fragments are JSON
// Pointers too (percent-encoded inside a URI).
//
//   EscapePointerToken("a/b~c")        == "a~1b~0c"
//   ParsePointer("/plaintiffs/0/name") -> {"plaintiffs", "0", "name"}
//   ResolvePointer(doc, "/plaintiffs/0") -> pointer to that value, or nullptr
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace yaosu {

// EscapePointerToken: "~" → "~0" and "/" → "~1".
std::string EscapePointerToken(std::string_view token);

// ParsePointer: the unescaped reference tokens, or nullopt when `pointer` is not
// a valid JSON Pointer (not empty and not starting with "/", or a bad "~" escape).
std::optional<std::vector<std::string>> ParsePointer(std::string_view pointer);

// ResolvePointer: the value `pointer` designates in `document`, or nullptr.
// Array tokens must be canonical decimal indices ("0", "12"; not "01" or "-").
const nlohmann::json* ResolvePointer(const nlohmann::json& document, std::string_view pointer);

// PercentDecode: decodes %XX escapes (for pointers inside URI fragments);
// nullopt on a malformed escape.
std::optional<std::string> PercentDecode(std::string_view text);

}  // namespace yaosu

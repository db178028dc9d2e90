// File: JSON Pointers (RFC 6901) — building, escaping, parsing and resolving.
//
// Diagnostics name elements by JSON Pointer; `$ref` fragments are JSON
// Pointers too (percent-encoded inside a URI).
//
//   EscapePointerToken("a/b~c")        == "a~1b~0c"
//   ParsePointer("/plaintiffs/0/name") -> {"plaintiffs", "0", "name"}
//   ResolvePointer(doc, "/plaintiffs/0") -> pointer to that value, or nullptr
#pragma once

#include <cstddef>
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

// ParseArrayIndex: a canonical decimal array index ("0", "12"; not "01" or "-").
std::optional<std::size_t> ParseArrayIndex(std::string_view token);

// ResolvePointer: the value `pointer` designates in `document` (a json or an
// ordered_json), or nullptr. Array tokens must be canonical indices.
template <typename Json>
const Json* ResolvePointer(const Json& document, std::string_view pointer) {
  const std::optional<std::vector<std::string>> tokens = ParsePointer(pointer);
  if (!tokens) return nullptr;
  const Json* current = &document;
  for (const std::string& token : *tokens) {
    if (current->is_object()) {
      const auto it = current->find(token);
      if (it == current->end()) return nullptr;
      current = &*it;
    } else if (current->is_array()) {
      const std::optional<std::size_t> index = ParseArrayIndex(token);
      if (!index || *index >= current->size()) return nullptr;
      current = &(*current)[*index];
    } else {
      return nullptr;
    }
  }
  return current;
}

// PercentDecode: decodes %XX escapes (for pointers inside URI fragments);
// nullopt on a malformed escape.
std::optional<std::string> PercentDecode(std::string_view text);

}  // namespace yaosu

// File: the one way the bindings turn JSON into the text they hand to JavaScript.
//
//   return Dump({{"ok", true}, {"text", text}});
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace yaosu::wasm {

// Dump: JSON text that never aborts, even if a string somewhere holds bytes
// that are not UTF-8 (they become U+FFFD instead of a thrown type_error).
std::string Dump(const nlohmann::json& value);

}  // namespace yaosu::wasm

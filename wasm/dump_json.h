// File: the one way the bindings turn JSON into the text they hand to JavaScript.
//
//   return Dump({{"ok", true}, {"text", text}});
//   if (!table.ok()) return Refusal(table.diagnostics());   // {"ok": false, "diagnostics": [… with messages]}
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/diagnostics/message_catalog.h"

namespace yaosu::wasm {

// Dump: JSON text that never aborts, even if a string somewhere holds bytes
// that are not UTF-8 (they become U+FFFD instead of a thrown type_error).
std::string Dump(const nlohmann::json& value);

// Refusal: {"ok": false, "diagnostics": […]}, each diagnostic with its message from `messages`.
std::string Refusal(const Diagnostics& diagnostics, const MessageCatalog& messages = MessageCatalog::Builtin());

}  // namespace yaosu::wasm

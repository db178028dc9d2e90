#include "wasm/dump_json.h"

namespace yaosu::wasm {

std::string Dump(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Refusal(const Diagnostics& diagnostics, const MessageCatalog& messages) {
  return Dump({{"ok", false}, {"diagnostics", ToJsonWithMessages(diagnostics, messages)}});
}

}  // namespace yaosu::wasm

#include "wasm/dump_json.h"

namespace yaosu::wasm {

std::string Dump(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace yaosu::wasm

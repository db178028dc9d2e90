// Fuzz target: `yaosu verify` and the court-staff drop — a filing a stranger
// sent, checked (envelope, digest, case version, every rule, computed values)
// and summarised for the staff list.
#include "core/filing/filing_summary.h"
#include "core/filing/verify.h"
#include "fuzz/fuzz_input.h"
#include "fuzz/with_case_types.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::optional<nlohmann::json> filing = yaosu::fuzz::ParsedInput(data, size);
  if (!filing) return 0;
  const yaosu::filing::Verification check = yaosu::filing::Verify(*filing, yaosu::fuzz::Library());
  check.ToJson();
  yaosu::filing::SummarizeFiling(*filing, check);
  return 0;
}

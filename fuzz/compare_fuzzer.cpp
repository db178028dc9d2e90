// Fuzz target: the complaint↔answer dispute table — the input is
// [complaint filing, answer filing]; the table is built, printed as HTML and
// written as JSON, or refused with a diagnostic.
#include "core/filing/compare.h"
#include "core/filing/comparison_document.h"
#include "core/render/html_renderer.h"
#include "fuzz/fuzz_input.h"
#include "fuzz/with_case_types.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::optional<nlohmann::json> input = yaosu::fuzz::ParsedInput(data, size);
  if (!input || !input->is_array() || input->size() != 2) return 0;
  yaosu::Result<yaosu::filing::Comparison> table =
      yaosu::filing::Compare((*input)[0], (*input)[1], yaosu::fuzz::Library());
  if (!table.ok()) return 0;
  table->ToJson();
  yaosu::render::RenderHtml(yaosu::filing::ComparisonDocument(*table));
  return 0;
}

// Fuzz target: a batch table of cases (CSV, as a bank's export or a stranger's
// file might be) filed row by row against 信用卡纠纷's complaint, as `yaosu file
// --batch` and the page's #/batch do: the reader, the header's keys, every
// cell read by its element's schema, each row checked and filed, the problems
// placed and written out as problems.csv.
#include <string_view>

#include "core/batch/batch_filing.h"
#include "core/batch/form_table.h"
#include "fuzz/with_case_types.h"

namespace {

const yaosu::batch::FormTable& Table() {
  static const yaosu::batch::FormTable* const table = new yaosu::batch::FormTable(
      std::move(yaosu::batch::FormTable::Of(*yaosu::fuzz::Library().Find("credit-card", "complaint"),
                                            yaosu::fuzz::Library().shared_schemas())
                    .value()));
  return *table;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  yaosu::Result<yaosu::batch::BatchSummary> summary =
      yaosu::batch::FileBatch(Table(), text, "2025-10-08T09:30:00+08:00", [](const yaosu::batch::FiledRow&) {});
  if (summary.ok()) {
    const std::string problems = summary->ProblemsCsv();
    const std::string index = summary->Index().dump();
    (void)problems;
    (void)index;
  }
  return 0;
}

// File: a batch filed into one ZIP — what the page downloads, and `yaosu file
// --batch --zip` writes: index.json, filings/row-NNNNN.filing.json,
// docx/row-NNNNN.docx (when asked), problems.csv. The same set the CLI writes
// to a folder, entry for entry.
//
//   Result<BatchArchive> done = FileBatchArchive(table, csv_text, created_at, /*with_docx=*/true);
//   save("filed.zip", done->zip);  show(done->summary.problems);
#pragma once

#include <string>
#include <string_view>

#include "core/batch/batch_filing.h"

namespace yaosu::batch {

struct BatchArchive {
  BatchSummary summary;
  std::string zip;
};

// FileBatchArchive: FileBatch, its set in one ZIP. Diagnostics: FileBatch's, and batch.archive_too_large
// {limit} when the ZIP would pass 4 GiB or 65,535 entries (ask without the DOCX, or split the table).
Result<BatchArchive> FileBatchArchive(const FormTable& table, std::string_view csv_text, const std::string& created_at,
                                      bool with_docx, const CsvLimits& limits = {});

// DocxName: "docx/row-00002.docx" for the filing "filings/row-00002.filing.json".
std::string DocxName(const std::string& filing_file);

}  // namespace yaosu::batch

// File: the set a batch files — filings/row-NNNNN.filing.json, docx/row-NNNNN.docx
// (when asked), problems.csv and index.json — written file by file wherever the
// caller puts them (`yaosu file --batch --out` into a folder), or as one ZIP
// (what the page downloads, and `--zip` writes). One list of files for both.
//
//   Result<BatchArchive> done = FileBatchArchive(table, csv_text, created_at, /*with_docx=*/true);
//   save("filed.zip", done->zip);  show(done->summary.problems);
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/batch/batch_filing.h"

namespace yaosu::batch {

// SetWriter: puts one file of the set (its name in the set, its bytes); false when it cannot.
using SetWriter = std::function<bool(const std::string& name, const std::string& bytes)>;

// FileBatchSet: FileBatch, each file of the set handed to `put` as it is made: every filing (and its DOCX when
// asked), then problems.csv and index.json. `complete` is false when a put failed (the set is then partial: the
// caller throws it away). Diagnostics: FileBatch's.
Result<BatchSummary> FileBatchSet(const FormTable& table, std::string_view csv_text, const std::string& created_at,
                                  bool with_docx, const SetWriter& put, bool& complete, const CsvLimits& limits = {},
                                  const ProgressSink& progress = {});

struct BatchArchive {
  BatchSummary summary;
  std::string zip;
};

// FileBatchArchive: the set as one ZIP. Diagnostics: FileBatch's, and batch.archive_too_large {limit} when the
// ZIP would pass 4 GiB or 65,535 entries (ask without the DOCX, or split the table).
Result<BatchArchive> FileBatchArchive(const FormTable& table, std::string_view csv_text, const std::string& created_at,
                                      bool with_docx, const CsvLimits& limits = {}, const ProgressSink& progress = {});

}  // namespace yaosu::batch

// File: FileBatch — a table of cases in, checked filings out: each row checked
// by the same engine as a single form; a good row becomes a filing, a bad one
// comes back as problems named by row and column, in Chinese, in a table the
// user opens in a spreadsheet.
//
//   Result<BatchSummary> done = FileBatch(table, csv_text, "2026-12-07T09:00:00+08:00",
//       [&](const FiledRow& row) { write(row.file, row.text); });
//   write("problems.csv", done->ProblemsCsv());  write("index.json", done->Index().dump(2));
//
// The rows are read and filed one at a time, and the filings go to `sink` as
// they are made: a table of 20,000 cases is never held as data or filings; what the caller writes where, and that
// nothing is half-written, is the caller's (the CLI writes a folder and renames it whole).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/batch/csv.h"
#include "core/batch/form_table.h"
#include "core/diagnostics/result.h"

namespace yaosu::batch {

struct FiledRow {
  std::size_t row = 0;  // the spreadsheet's row number
  std::string file;     // "filings/row-00002.filing.json"
  std::string text;     // the filing: canonical JSON, as `yaosu file` writes it
  std::string digest;   // its SHA-256
  std::size_t warnings = 0;
  const nlohmann::json* filing = nullptr;  // the filing itself, only while the sink is called (to print it)
};

// RowProblem: one line of the problems table.
struct RowProblem {
  std::size_t row = 0, line = 0, column = 0;  // column 0: the table has none for it
  std::string column_name;                    // "C 被告1·姓名", or the key of a column to add
  std::string pointer, code, severity, message_zh, message_en;
};

struct BatchSummary {
  nlohmann::json form;  // the form's identity (CaseForm::Identity)
  std::string created_at, table_sha256;
  std::size_t rows = 0;
  std::vector<FiledRow> filed;  // without their text (it went to the sink)
  std::vector<std::size_t> refused_rows;
  std::vector<RowProblem> problems;

  // Index: {"format": "yaosu-batch/1", "form", "created_at", "table": {"sha256", "rows"}, "filed": [{"row", "file",
  // "digest", "warnings"}], "refused": [rows], "problems": "problems.csv"}.
  nlohmann::json Index() const;
  // ProblemsCsv: 行号, 文件行, 列, 要素位置, 代码, 问题说明, Problem — UTF-8 with BOM, every cell guarded.
  std::string ProblemsCsv() const;
};

// BatchProgress: how far a batch has gone, told after each row.
struct BatchProgress {
  std::size_t done = 0, total = 0, filed = 0, refused = 0;
};
using ProgressSink = std::function<void(const BatchProgress&)>;

// EachPercent: a sink that passes on to `tell` the first row, each whole percent and the last row only
// (a terminal, a page or a log is told about a hundred times, however long the table).
ProgressSink EachPercent(ProgressSink tell);

// FileBatch: every row of `csv_text` (UTF-8) filed against `table`'s form. Diagnostics (nothing filed):
// the table's (CsvReader::Open, ReadBatchHeader) and filing.bad_time for a `created_at` that is no RFC 3339 time.
Result<BatchSummary> FileBatch(const FormTable& table, std::string_view csv_text, const std::string& created_at,
                               const std::function<void(const FiledRow&)>& sink, const CsvLimits& limits = {},
                               const ProgressSink& progress = {});

}  // namespace yaosu::batch

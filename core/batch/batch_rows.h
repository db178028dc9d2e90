// File: BatchHeader, ReadBatchRow — a batch table's rows read as form data: each header cell
// resolved to its element, each cell read by its element's schema, list
// entries numbered as people number them (被告1, 被告3 with no 被告2 is two
// defendants). What a row's problems point at is said back in the table's
// terms — its column — not in the form data's.
//
//   Result<BatchHeader> header = ReadBatchHeader(table, reader->header());   // refused whole if bad
//   while (std::optional<CsvRecord> record = reader->Next()) {
//     BatchRow row = ReadBatchRow(*header, *record);   // one row at a time
//     form.Validate(row.instance), header->Place(row, diagnostic);
//   }
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/batch/csv.h"
#include "core/batch/form_table.h"
#include "core/diagnostics/result.h"

namespace yaosu::batch {

// CellPlace: where in the table a problem is — the spreadsheet row, the column (1-based; 0 when
// the table has no column for it) and the element's key (a column to add, when there is none).
struct CellPlace {
  std::size_t row = 0;
  std::size_t column = 0;
  std::string key;
};

struct BatchRow {
  std::size_t number = 0;     // the spreadsheet's row number (the header is row 1)
  std::size_t line = 0;       // the line of the file where it starts
  nlohmann::json instance;    // the form data its cells give
  Diagnostics cell_problems;  // cells that could not be read (params.text; place in params.column, params.key)
  // entry_numbers: for each list in `instance` (by JSON Pointer), the entry number each item had in the table.
  std::map<std::string, std::vector<std::size_t>> entry_numbers;
};

struct BatchHeader {
  std::vector<std::string> header;  // the header cells as written
  std::vector<Column> columns;      // resolved, one per header cell (key empty for an empty header cell)

  // Place: the table's place of a diagnostic about `row`'s form data.
  CellPlace Place(const BatchRow& row, const Diagnostic& diagnostic) const;
  // ColumnName: "C 被告1·姓名" for column 3 (its letter and header text), or the key when there is no column.
  std::string ColumnName(const CellPlace& place) const;
};

// ReadBatchHeader: a table's header cells resolved against `table`'s form. Diagnostics, each with params.column:
// a header cell that names no element (batch.header.unknown_key {key}, batch.header.bad_entry), an element named
// twice (batch.header.duplicate_key {key, first}).
Result<BatchHeader> ReadBatchHeader(const FormTable& table, const std::vector<std::string>& header);

// ReadBatchRow: one record as the form's data; a cell that cannot be read is a problem of the row
// (cell_problems), never of the table.
BatchRow ReadBatchRow(const BatchHeader& header, const CsvRecord& record);

// ColumnLetters: a spreadsheet's name of column `number` (1 → A, 27 → AA).
std::string ColumnLetters(std::size_t number);

}  // namespace yaosu::batch

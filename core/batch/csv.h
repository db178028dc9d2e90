// File: CSV (RFC 4180) as spreadsheet programs write it — the batch table's
// format, read and written by the engine so the CLI and the browser agree.
//
//   Result<CsvReader> reader = CsvReader::Open(utf8_text);   // a BOM is dropped; ',' or a tab or ';'
//   while (std::optional<CsvRecord> row = reader->Next()) use(row->line, row->cells);
//   Result<CsvTable> table = ReadCsv(utf8_text);              // or every record at once
//   std::string out = CsvRecordText({"行", "问题"});   // a line of a table a person opens
//
// Reading: quoted fields may hold the delimiter, quotes ("") and line breaks;
// lines end in CRLF, LF or CR; a line with only empty cells is skipped. The
// delimiter is the one of ',', tab and ';' the header line uses most (outside
// quotes). The text must be UTF-8 (decode GB18030 first: the CLI with iconv,
// the page with TextDecoder). Problems carry the line where a record starts.
//
// Writing: every cell a spreadsheet could take for a formula (a leading '=',
// '+', '-', '@', tab or CR) gets a leading "'", so a hostile text comes back as
// text (OWASP's CSV injection advice).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics/result.h"

namespace yaosu::batch {

// CsvLimits: what one table may hold (docs/limits.md).
struct CsvLimits {
  std::size_t max_bytes = 64u << 20;    // batch.csv.too_large {limit, actual}
  std::size_t max_records = 20001;      // header + 20,000 cases: batch.csv.too_many_rows {limit}
  std::size_t max_columns = 4000;       // batch.csv.too_many_columns {limit, line}
  std::size_t max_cell_bytes = 100000;  // batch.csv.cell_too_long {limit, line, column}
};

struct CsvRecord {
  std::size_t line = 0;    // the line of the file where the record starts, from 1
  std::size_t number = 0;  // its place among the records, blank ones counted: a spreadsheet's row number
  std::vector<std::string> cells;
};

struct CsvTable {
  std::vector<std::string> header;  // the first record
  std::vector<CsvRecord> rows;      // the others, blank ones left out
  char delimiter = ',';
};

// CsvReader: a table's records one at a time, so that a table of 20,000 cases
// is never held whole. Open reads the whole text once first, keeping nothing,
// so that a broken table is refused before any of its rows is used.
class CsvReader {
 public:
  // Open: the diagnostics are ReadCsv's.
  static Result<CsvReader> Open(std::string_view text, const CsvLimits& limits = {});

  const std::vector<std::string>& header() const { return header_; }
  char delimiter() const { return delimiter_; }
  // row_count: the records after the header that are not blank — what Next will give.
  std::size_t row_count() const { return row_count_; }

  // Next: the next record that is not blank, or nullopt after the last.
  std::optional<CsvRecord> Next();

 private:
  CsvReader(std::string_view text, const CsvLimits& limits, char delimiter)
      : text_(text), limits_(limits), delimiter_(delimiter) {}

  bool AtEnd() const { return pos_ >= text_.size(); }
  // Record: the record starting here, blank or not, numbered; a problem is only met while Open reads through.
  Result<CsvRecord> Record();
  Result<std::string> Cell(std::size_t record_line, std::size_t column);
  void SkipLineEnd();

  std::string_view text_;
  CsvLimits limits_;
  char delimiter_;
  std::vector<std::string> header_;
  std::size_t pos_ = 0, line_ = 1, number_ = 0, row_count_ = 0;
};

// ReadCsv: the table in `text`. Diagnostics (the table is refused whole):
// batch.csv.empty, batch.csv.invalid_utf8 {line}, batch.csv.unterminated_quote {line},
// batch.csv.text_after_quote {line, column}, and the limits above. A record may
// have fewer or more cells than the header: the caller decides (a row problem).
Result<CsvTable> ReadCsv(std::string_view text, const CsvLimits& limits = {});

// CsvCell: one cell as written: guarded against formula injection, quoted when
// it holds a comma, a quote or a line break.
std::string CsvCell(std::string_view text);

// CsvRecordText: the cells as one line, CRLF-terminated (as spreadsheets write).
std::string CsvRecordText(const std::vector<std::string>& cells);

// kUtf8Bom: written first so that a spreadsheet program on a Chinese desktop
// opens the file as UTF-8, not as GBK.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace yaosu::batch

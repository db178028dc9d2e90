#include "core/batch/csv.h"

#include <algorithm>
#include <array>

#include "core/text/utf8.h"

namespace yaosu::batch {
namespace {

Diagnostic Problem(std::string code, nlohmann::json params) {
  return Diagnostic{.code = std::move(code), .params = std::move(params)};
}

// DetectDelimiter: of ',', tab and ';', the one the first line uses most outside quotes; ',' when none.
char DetectDelimiter(std::string_view text) {
  constexpr std::array<char, 3> kCandidates = {',', '\t', ';'};
  std::array<std::size_t, 3> counts{};
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    for (std::size_t i = 0; i < kCandidates.size(); ++i) counts[i] += c == kCandidates[i];
  }
  const std::size_t best = std::max_element(counts.begin(), counts.end()) - counts.begin();
  return counts[best] == 0 ? ',' : kCandidates[best];
}

// FirstInvalidUtf8Line: the line of the first byte that is not UTF-8, or 0.
std::size_t FirstInvalidUtf8Line(std::string_view text) {
  std::size_t pos = 0, line = 1;
  char32_t c = 0;
  while (pos < text.size()) {
    if (!text::DecodeUtf8(text, pos, c)) return line;
    if (c == '\n' || (c == '\r' && (pos == text.size() || text[pos] != '\n'))) ++line;
  }
  return 0;
}

bool Blank(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& cell) { return cell.empty(); });
}

}  // namespace

Result<CsvRecord> CsvReader::Record() {
  CsvRecord record{.line = line_, .number = ++number_, .cells = {}};
  while (true) {
    Result<std::string> cell = Cell(record.line, record.cells.size() + 1);
    if (!cell.ok()) return cell.diagnostics();
    record.cells.push_back(std::move(*cell));
    if (record.cells.size() > limits_.max_columns) {
      return Problem("batch.csv.too_many_columns", {{"limit", limits_.max_columns}, {"line", record.line}});
    }
    if (AtEnd()) return record;
    if (text_[pos_] == delimiter_) {
      ++pos_;
      if (AtEnd()) record.cells.emplace_back();  // "a,b," ends with an empty cell
      if (AtEnd()) return record;
      continue;
    }
    SkipLineEnd();
    return record;
  }
}

Result<std::string> CsvReader::Cell(std::size_t record_line, std::size_t column) {
  const auto too_long = [&] {
    return Problem("batch.csv.cell_too_long",
                   {{"limit", limits_.max_cell_bytes}, {"line", record_line}, {"column", column}});
  };
  std::string cell;
  if (!AtEnd() && text_[pos_] == '"') {
    const std::size_t opened = line_;
    ++pos_;
    while (true) {
      if (AtEnd()) return Problem("batch.csv.unterminated_quote", {{"line", opened}});
      const char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          cell += '"';
          pos_ += 2;
          continue;
        }
        ++pos_;
        break;
      }
      if (c == '\r' || c == '\n') {
        SkipLineEnd();
        cell += '\n';  // a line break inside a cell, whatever the file's line ends
      } else {
        cell += c;
        ++pos_;
      }
      if (cell.size() > limits_.max_cell_bytes) return too_long();
    }
    if (!AtEnd() && text_[pos_] != delimiter_ && text_[pos_] != '\r' && text_[pos_] != '\n') {
      return Problem("batch.csv.text_after_quote", {{"line", line_}, {"column", column}});
    }
    return cell;
  }
  const char stops[] = {delimiter_, '\r', '\n', '\0'};
  std::size_t end = text_.find_first_of(std::string_view(stops, 3), pos_);
  if (end == std::string_view::npos) end = text_.size();
  if (end - pos_ > limits_.max_cell_bytes) return too_long();
  cell.assign(text_.substr(pos_, end - pos_));  // a quote inside an unquoted cell is kept as written
  pos_ = end;
  return cell;
}

void CsvReader::SkipLineEnd() {
  if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
  ++pos_;
  ++line_;
}

Result<CsvReader> CsvReader::Open(std::string_view text, const CsvLimits& limits) {
  if (text.size() > limits.max_bytes) {
    return Problem("batch.csv.too_large", {{"limit", limits.max_bytes}, {"actual", text.size()}});
  }
  if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
  if (const std::size_t line = FirstInvalidUtf8Line(text); line != 0) {
    return Problem("batch.csv.invalid_utf8", {{"line", line}});
  }
  // The whole text read through once, nothing kept: a broken table is refused before any row is used.
  CsvReader check(text, limits, DetectDelimiter(text));
  bool have_header = false;
  std::size_t rows = 0;
  while (!check.AtEnd()) {
    Result<CsvRecord> record = check.Record();
    if (!record.ok()) return record.diagnostics();
    if (Blank(record->cells)) continue;
    if (!have_header) {
      have_header = true;
    } else if (++rows >= limits.max_records) {
      return Problem("batch.csv.too_many_rows", {{"limit", limits.max_records - 1}, {"line", record->line}});
    }
  }
  if (!have_header) return Problem("batch.csv.empty", nlohmann::json::object());
  CsvReader reader(text, limits, check.delimiter_);
  reader.header_ = reader.Next()->cells;
  reader.row_count_ = rows;
  return reader;
}

std::optional<CsvRecord> CsvReader::Next() {
  while (!AtEnd()) {
    Result<CsvRecord> record = Record();
    if (!record.ok()) return std::nullopt;  // not met: Open read this text through without a problem
    if (!Blank(record->cells)) return std::move(*record);
  }
  return std::nullopt;
}

Result<CsvTable> ReadCsv(std::string_view text, const CsvLimits& limits) {
  Result<CsvReader> reader = CsvReader::Open(text, limits);
  if (!reader.ok()) return reader.diagnostics();
  CsvTable table{.header = reader->header(), .rows = {}, .delimiter = reader->delimiter()};
  while (std::optional<CsvRecord> record = reader->Next()) table.rows.push_back(std::move(*record));
  return table;
}

std::string CsvCell(std::string_view text) {
  std::string cell;
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) cell += '\'';
  cell += text;
  if (cell.find_first_of(",\"\r\n;\t") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (const char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string CsvRecordText(const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) line += ',';
    line += CsvCell(cells[i]);
  }
  return line + "\r\n";
}

}  // namespace yaosu::batch

#include "core/batch/batch_filing.h"

#include <optional>
#include <set>

#include "core/batch/batch_rows.h"
#include "core/filing/canonical_json.h"
#include "core/filing/filing.h"
#include "core/filing/sha256.h"

namespace yaosu::batch {
namespace {

using nlohmann::json;

std::string FilingFile(std::size_t row) {
  std::string digits = std::to_string(row);
  if (digits.size() < 5) digits.insert(0, 5 - digits.size(), '0');
  return "filings/row-" + digits + ".filing.json";
}

RowProblem ProblemOf(const BatchHeader& header, const BatchRow& row, const Diagnostic& diagnostic,
                     const cases::CaseForm& form) {
  const CellPlace place = header.Place(row, diagnostic);
  return RowProblem{.row = row.number,
                    .line = row.line,
                    .column = place.column,
                    .column_name = header.ColumnName(place),
                    .pointer = diagnostic.instance_location,
                    .code = diagnostic.code,
                    .severity = std::string(SeverityName(diagnostic.severity)),
                    .message_zh = form.messages().Render(diagnostic, "zh"),
                    .message_en = form.messages().Render(diagnostic, "en")};
}

// FileRow: one row filed into `summary` (its filing to `sink`) or refused with its problems; a problem of the
// whole batch (a bad `created_at`) is returned.
std::optional<Diagnostic> FileRow(const BatchHeader& header, const BatchRow& row, const cases::CaseForm& form,
                                  const std::string& created_at, const std::function<void(const FiledRow&)>& sink,
                                  BatchSummary& summary) {
  // A row with an unreadable cell is still checked, so that one pass lists all its problems; it is not filed.
  Result<json> filing = filing::Produce(form, row.instance, created_at);
  for (const Diagnostic& problem : filing.diagnostics()) {
    if (problem.code == "filing.bad_time") return problem;
  }
  if (filing.ok() && row.cell_problems.empty()) {
    Result<std::string> text = filing::CanonicalJson(*filing);
    if (text.ok()) {
      FiledRow filed{.row = row.number,
                     .file = FilingFile(row.number),
                     .text = std::move(*text),
                     .digest = (*filing)["digest"].value("value", ""),
                     .warnings = (*filing)["diagnostics"].size(),
                     .filing = &*filing};
      sink(filed);
      std::string().swap(filed.text);  // its memory freed, not only emptied: 20,000 filings would stay
      filed.filing = nullptr;
      summary.filed.push_back(std::move(filed));
      return std::nullopt;
    }
    filing = text.diagnostics();
  }
  summary.refused_rows.push_back(row.number);
  std::set<std::string> unreadable;  // keys of cells that could not be read: the form's "missing" there is said
  for (const Diagnostic& problem : row.cell_problems) {
    summary.problems.push_back(ProblemOf(header, row, problem, form));
    unreadable.insert(problem.params.value("key", ""));
  }
  if (filing.ok()) return std::nullopt;
  for (const Diagnostic& problem : filing.diagnostics()) {
    RowProblem line = ProblemOf(header, row, problem, form);
    if (line.column != 0 && unreadable.contains(header.columns[line.column - 1].key)) continue;
    summary.problems.push_back(std::move(line));
  }
  return std::nullopt;
}

}  // namespace

Result<BatchSummary> FileBatch(const FormTable& table, std::string_view csv_text, const std::string& created_at,
                               const std::function<void(const FiledRow&)>& sink, const CsvLimits& limits,
                               const ProgressSink& progress) {
  Result<CsvReader> reader = CsvReader::Open(csv_text, limits);
  if (!reader.ok()) return reader.diagnostics();
  Result<BatchHeader> header = ReadBatchHeader(table, reader->header());
  if (!header.ok()) return header.diagnostics();
  BatchSummary summary;
  summary.form = table.form().Identity();
  summary.created_at = created_at;
  summary.table_sha256 = filing::Sha256Hex(csv_text);
  // One row at a time: a row's data and its filing are gone before the next is read.
  while (std::optional<CsvRecord> record = reader->Next()) {
    const BatchRow row = ReadBatchRow(*header, *record);
    ++summary.rows;
    if (auto fatal = FileRow(*header, row, table.form(), created_at, sink, summary)) return *fatal;
    if (progress) {
      progress({.done = summary.rows,
                .total = reader->row_count(),
                .filed = summary.filed.size(),
                .refused = summary.refused_rows.size()});
    }
  }
  return summary;
}

ProgressSink EachPercent(ProgressSink tell) {
  if (!tell) return {};
  return [tell = std::move(tell), told = std::optional<std::size_t>()](const BatchProgress& progress) mutable {
    const std::size_t percent = progress.total == 0 ? 100 : progress.done * 100 / progress.total;
    if (told == percent && progress.done != progress.total) return;
    told = percent;
    tell(progress);
  };
}

json BatchSummary::Index() const {
  json filed_rows = json::array();
  for (const FiledRow& row : filed) {
    filed_rows.push_back({{"row", row.row}, {"file", row.file}, {"digest", row.digest}, {"warnings", row.warnings}});
  }
  return {{"format", "yaosu-batch/1"}, {"form", form},
          {"created_at", created_at},  {"table", {{"sha256", table_sha256}, {"rows", rows}}},
          {"filed", filed_rows},       {"refused", refused_rows},
          {"problems", "problems.csv"}};
}

std::string BatchSummary::ProblemsCsv() const {
  std::string text(kUtf8Bom);
  text += CsvRecordText({"行号", "文件行", "列", "要素位置", "代码", "严重程度", "问题说明", "Problem"});
  for (const RowProblem& problem : problems) {
    text += CsvRecordText({std::to_string(problem.row), std::to_string(problem.line), problem.column_name,
                           problem.pointer, problem.code, problem.severity == "error" ? "错误" : "提示",
                           problem.message_zh, problem.message_en});
  }
  return text;
}

}  // namespace yaosu::batch

#include "core/batch/batch_filing.h"

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

RowProblem ProblemOf(const BatchRows& rows, const BatchRow& row, const Diagnostic& diagnostic,
                     const cases::CaseForm& form) {
  const CellPlace place = rows.Place(row, diagnostic);
  return RowProblem{.row = row.number,
                    .line = row.line,
                    .column = place.column,
                    .column_name = rows.ColumnName(place),
                    .pointer = diagnostic.instance_location,
                    .code = diagnostic.code,
                    .severity = std::string(SeverityName(diagnostic.severity)),
                    .message_zh = form.messages().Render(diagnostic, "zh"),
                    .message_en = form.messages().Render(diagnostic, "en")};
}

}  // namespace

Result<BatchSummary> FileBatch(const FormTable& table, std::string_view csv_text, const std::string& created_at,
                               const std::function<void(const FiledRow&)>& sink, const CsvLimits& limits) {
  Result<CsvTable> csv = ReadCsv(csv_text, limits);
  if (!csv.ok()) return csv.diagnostics();
  Result<BatchRows> rows = ReadBatchRows(table, *csv);
  if (!rows.ok()) return rows.diagnostics();
  const cases::CaseForm& form = table.form();
  BatchSummary summary;
  summary.form = form.Identity();
  summary.created_at = created_at;
  summary.table_sha256 = filing::Sha256Hex(csv_text);
  summary.rows = rows->rows.size();
  for (const BatchRow& row : rows->rows) {
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
        filed.text.clear();
        filed.filing = nullptr;
        summary.filed.push_back(std::move(filed));
        continue;
      }
      filing = text.diagnostics();
    }
    summary.refused_rows.push_back(row.number);
    std::set<std::string> unreadable;  // keys of cells that could not be read: the form's "missing" there is said
    for (const Diagnostic& problem : row.cell_problems) {
      summary.problems.push_back(ProblemOf(*rows, row, problem, form));
      unreadable.insert(problem.params.value("key", ""));
    }
    if (filing.ok()) continue;
    for (const Diagnostic& problem : filing.diagnostics()) {
      RowProblem line = ProblemOf(*rows, row, problem, form);
      if (line.column != 0 && unreadable.contains(rows->columns[line.column - 1].key)) continue;
      summary.problems.push_back(std::move(line));
    }
  }
  return summary;
}

json BatchSummary::Index() const {
  json filed_rows = json::array();
  for (const FiledRow& row : filed) {
    filed_rows.push_back({{"row", row.row}, {"file", row.file}, {"digest", row.digest}, {"warnings", row.warnings}});
  }
  return {{"format", "yaosu-batch/1"},
          {"form", form},
          {"created_at", created_at},
          {"table", {{"sha256", table_sha256}, {"rows", rows}}},
          {"filed", filed_rows},
          {"refused", refused_rows},
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

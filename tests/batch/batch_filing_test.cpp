// A table of cases filed row by row: every valid example of every form, written
// out as a table row, reads back as the same form data and files to the very
// filing `yaosu file` makes of it; a bad row comes back as problems named by row
// and column; and nothing a cell says runs as a formula in the problems table.
#include "core/batch/batch_filing.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <vector>

#include "core/batch/batch_rows.h"
#include "core/cases/case_library.h"
#include "core/filing/canonical_json.h"
#include "core/filing/filing.h"
#include "tests/support/source_tree.h"

namespace yaosu::batch {
namespace {

using yaosu::testing::BuiltinLibrary;

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kCreated = "2025-10-08T09:30:00+08:00";
const fs::path kExamples = fs::path(YAOSU_SOURCE_DIR) / "tests" / "cases" / "examples";

// Flatten: the cells of `value` by key, as a person (or a bank's export) writes them.
void Flatten(const json& value, const std::string& key, std::map<std::string, std::string>& cells) {
  const auto join = [&](const std::string& part) { return key.empty() ? part : key + "." + part; };
  if (value.is_object()) {
    for (const auto& [member, child] : value.items()) Flatten(child, join(member), cells);
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) Flatten(value[i], join(std::to_string(i + 1)), cells);
  } else if (value.is_boolean()) {
    cells[key] = value.get<bool>() ? "是" : "否";
  } else if (value.is_string()) {
    cells[key] = value.get<std::string>();
  } else {
    cells[key] = value.dump();
  }
}

// WithoutEmpties: `value` without empty lists and objects (a table has no cell for them).
json WithoutEmpties(const json& value) {
  if (value.is_object()) {
    json out = json::object();
    for (const auto& [member, child] : value.items()) {
      json kept = WithoutEmpties(child);
      if (!((kept.is_object() || kept.is_array()) && kept.empty())) out[member] = std::move(kept);
    }
    return out;
  }
  if (value.is_array()) {
    json out = json::array();
    for (const json& child : value) out.push_back(WithoutEmpties(child));
    return out;
  }
  return value;
}

// TableOf: a CSV with one row per instance, its header every key any of them fills.
std::string TableOf(const std::vector<json>& instances) {
  std::vector<std::map<std::string, std::string>> rows;
  std::map<std::string, bool> keys;
  for (const json& instance : instances) {
    rows.emplace_back();
    Flatten(instance, "", rows.back());
    for (const auto& [key, cell] : rows.back()) keys[key] = true;
  }
  std::vector<std::string> header;
  for (const auto& [key, unused] : keys) header.push_back(key);
  std::string csv = CsvRecordText(header);
  for (const auto& row : rows) {
    std::vector<std::string> cells;
    for (const std::string& key : header) cells.push_back(row.contains(key) ? row.at(key) : "");
    csv += CsvRecordText(cells);
  }
  return csv;
}

FormTable Table(const cases::CaseForm& form) {
  Result<FormTable> table = FormTable::Of(form, BuiltinLibrary().shared_schemas());
  EXPECT_TRUE(table.ok());
  return std::move(*table);
}

TEST(BatchFiling, EveryValidExampleReadsBackFromATableRowAndFilesAsItselfAlone) {
  std::size_t filed = 0, examples = 0;
  for (const cases::CaseForm* form : BuiltinLibrary().CurrentForms()) {
    std::vector<json> instances;
    for (const fs::path& file : testing::JsonFilesIn(kExamples / form->case_type() / form->form() / "valid")) {
      instances.push_back(WithoutEmpties(testing::ReadJsonFile(file)));
    }
    if (instances.empty()) continue;
    examples += instances.size();
    const FormTable table = Table(*form);
    const std::string csv = TableOf(instances);
    Result<CsvTable> read = ReadCsv(csv);
    ASSERT_TRUE(read.ok());
    Result<BatchHeader> header = ReadBatchHeader(table, read->header);
    ASSERT_TRUE(header.ok()) << form->id() << ": " << ToJson(header.diagnostics()).dump();
    ASSERT_EQ(read->rows.size(), instances.size());
    for (std::size_t i = 0; i < instances.size(); ++i) {
      const BatchRow row = ReadBatchRow(*header, read->rows[i]);
      EXPECT_TRUE(row.cell_problems.empty()) << ToJson(row.cell_problems).dump();
      EXPECT_EQ(row.instance, instances[i]) << form->id() << " row " << i + 2;
    }
    std::vector<FiledRow> sunk;
    Result<BatchSummary> summary = FileBatch(table, csv, kCreated, [&](const FiledRow& row) { sunk.push_back(row); });
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->rows, instances.size());
    ASSERT_EQ(sunk.size(), summary->filed.size());
    for (const FiledRow& row : sunk) {
      Result<json> alone = filing::Produce(*form, instances[row.row - 2], kCreated);
      if (!alone.ok()) continue;  // an example that needs an empty list (none so far): the next check says so
      EXPECT_EQ(row.text, *filing::CanonicalJson(*alone)) << form->id() << " row " << row.row;
      EXPECT_EQ(row.file,
                "filings/row-" + std::string(row.row < 10 ? "0000" : "000") + std::to_string(row.row) + ".filing.json");
      ++filed;
    }
    EXPECT_TRUE(summary->refused_rows.empty()) << form->id() << ": " << summary->ProblemsCsv();
    EXPECT_EQ(summary->Index()["filed"].size(), instances.size());
  }
  EXPECT_GT(examples, 30u);
  EXPECT_EQ(filed, examples);  // each filed, and as the form alone gives it
}

TEST(BatchFiling, ABadRowComesBackAsProblemsByRowAndColumnAndTheGoodOnesAreFiled) {
  const cases::CaseForm& form = *BuiltinLibrary().Find("credit-card", "complaint");
  const json good =
      testing::ReadJsonFile(kExamples / "credit-card/complaint/valid/bank-sues-cardholder-overdraft.json");
  json bad = good;
  bad["defendants"][0].erase("name");
  bad["signature"]["date"] = "=2025年13月1日";  // as nobody writes a date, and as a formula
  const std::string csv = TableOf({good, bad, good});
  const FormTable table = Table(form);
  std::size_t sunk = 0;
  Result<BatchSummary> summary = FileBatch(table, csv, kCreated, [&](const FiledRow&) { ++sunk; });
  ASSERT_TRUE(summary.ok()) << ToJson(summary.diagnostics()).dump();
  EXPECT_EQ(sunk, 2u);
  EXPECT_EQ(summary->refused_rows, (std::vector<std::size_t>{3}));
  ASSERT_EQ(summary->problems.size(), 2u) << summary->ProblemsCsv();
  const RowProblem& date = summary->problems[0];
  EXPECT_EQ(date.row, 3u);
  EXPECT_EQ(date.code, "batch.cell.not_a_date");
  EXPECT_TRUE(date.column_name.ends_with(" signature.date")) << date.column_name;  // its letter and header
  EXPECT_GT(date.column, 0u);
  EXPECT_NE(date.message_zh.find("=2025年13月1日"), std::string::npos);
  const RowProblem& name = summary->problems[1];
  EXPECT_EQ(name.code, "schema.required");
  EXPECT_TRUE(name.column_name.ends_with(" defendants.1.name")) << name.column_name;  // its (empty) cell
  EXPECT_GT(name.column, 0u);
  // The problems table opens in a spreadsheet as text: the hostile cell is quoted and guarded.
  const std::string problems = summary->ProblemsCsv();
  EXPECT_TRUE(problems.starts_with("\xEF\xBB\xBF行号,"));
  Result<CsvTable> reread = ReadCsv(problems);
  ASSERT_TRUE(reread.ok());
  ASSERT_EQ(reread->rows.size(), 2u);
  for (const CsvRecord& record : reread->rows) {
    for (const std::string& cell : record.cells) {
      EXPECT_TRUE(cell.empty() || std::string_view("=+-@\t\r").find(cell[0]) == std::string_view::npos) << cell;
    }
  }
  const json index = summary->Index();
  EXPECT_EQ(index["format"], "yaosu-batch/1");
  EXPECT_EQ(index["refused"], json::array({3}));
  EXPECT_EQ(index["filed"][1]["row"], 4);
}

TEST(BatchFiling, AnElementTheTableHasNoColumnForIsNamedByTheKeyToAdd) {
  const FormTable table = Table(*BuiltinLibrary().Find("credit-card", "complaint"));
  Result<BatchSummary> summary =
      FileBatch(table, "原告1·名称 [plaintiffs.1.name]\n某银行\n", kCreated, [](const FiledRow&) {});
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->refused_rows, (std::vector<std::size_t>{2}));
  bool named = false;
  for (const RowProblem& problem : summary->problems) {
    if (problem.code != "schema.required" || problem.pointer != "") continue;
    EXPECT_EQ(problem.column, 0u);
    named = named || problem.column_name == "defendants";
  }
  EXPECT_TRUE(named) << summary->ProblemsCsv();
}

TEST(BatchFiling, ATableThatCannotBeReadFilesNothing) {
  const FormTable table = Table(*BuiltinLibrary().Find("credit-card", "complaint"));
  std::size_t sunk = 0;
  const auto sink = [&](const FiledRow&) { ++sunk; };
  EXPECT_EQ(FileBatch(table, "signature.date,claims.nothing\n1,2\n", kCreated, sink).diagnostics().front().code,
            "batch.header.unknown_key");
  EXPECT_EQ(FileBatch(table, "signature.date,\"x\n", kCreated, sink).diagnostics().front().code,
            "batch.csv.unterminated_quote");
  Result<BatchSummary> twice = FileBatch(table, "signature.date,signature.date\n", kCreated, sink);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.diagnostics().front().code, "batch.header.duplicate_key");
  EXPECT_EQ(twice.diagnostics().front().params["first"], 1);
  const std::string csv =
      TableOf({testing::ReadJsonFile(kExamples / "credit-card/complaint/valid/bank-sues-cardholder-overdraft.json")});
  EXPECT_EQ(FileBatch(table, csv, "yesterday", sink).diagnostics().front().code, "filing.bad_time");
  EXPECT_EQ(sunk, 0u);
}

TEST(BatchFiling, ProgressIsToldEachWholePercentFromTheFirstRowToTheLast) {
  std::vector<BatchProgress> told;
  const ProgressSink each = EachPercent([&](const BatchProgress& progress) { told.push_back(progress); });
  for (std::size_t done = 1; done <= 1010; ++done) each({.done = done, .total = 1010, .filed = done, .refused = 0});
  ASSERT_EQ(told.size(), 101u);  // 0 % (the first row), 1 % … 100 %
  EXPECT_EQ(told.front().done, 1u);
  EXPECT_EQ(told[1].done, 11u);  // 11 × 100 / 1010 = 1 %
  EXPECT_EQ(told.back().done, 1010u);
  told.clear();
  for (std::size_t done = 1; done <= 3; ++done) each({.done = done, .total = 3, .filed = 0, .refused = done});
  EXPECT_EQ(told.size(), 3u);  // a small table: every row is a new percent
  EXPECT_FALSE(EachPercent({}));
}

TEST(BatchFiling, ATableIsReadOneRowAtATimeAndItsProgressCounted) {
  const FormTable table = Table(*BuiltinLibrary().Find("credit-card", "complaint"));
  const json example =
      testing::ReadJsonFile(kExamples / "credit-card/complaint/valid/bank-sues-cardholder-overdraft.json");
  const std::string csv = TableOf({example, example, example});
  Result<CsvReader> reader = CsvReader::Open(csv);
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ(reader->row_count(), 3u);
  std::vector<BatchProgress> told;
  std::size_t sunk = 0;
  Result<BatchSummary> summary = FileBatch(
      table, csv, kCreated, [&](const FiledRow&) { ++sunk; }, {},
      [&](const BatchProgress& progress) { told.push_back(progress); });
  ASSERT_TRUE(summary.ok());
  ASSERT_EQ(told.size(), 3u);
  EXPECT_EQ(told[0].done, 1u);
  EXPECT_EQ(told[2].done, 3u);
  EXPECT_EQ(told[2].total, 3u);
  EXPECT_EQ(told[2].filed, sunk);
}

}  // namespace
}  // namespace yaosu::batch

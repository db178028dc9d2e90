// The hostile-input corpus (tests/hostile/corpus.json), run wherever the unit
// tests run: natively, under the sanitizers and in wasm under Node.
//   - every input gets the parse diagnostic the corpus names, or is accepted;
//     an accepted one then goes through every current form's checks, `verify`
//     and the printer, and must come out as diagnostics, never a crash; one
//     with a `table` code gets it as a batch table;
//   - every filing gets the verification problems the corpus names;
//   - every hostile text, put in every text element of a filled example of
//     every form, is checked and printed, and shows in the HTML and the DOCX
//     only escaped; put in every cell of a batch table, it reaches the problems
//     table as text a spreadsheet cannot run, and never the index.
// tests/wasm/hostile_corpus.test.mjs runs the same corpus through the JS bindings.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/batch/batch_filing.h"
#include "core/batch/csv.h"
#include "core/batch/form_table.h"
#include "core/cases/case_library.h"
#include "core/filing/filing_document.h"
#include "core/filing/verify.h"
#include "core/json/parse.h"
#include "core/render/docx_renderer.h"
#include "core/render/html_renderer.h"
#include "tests/support/source_tree.h"
#include "tests/support/test_options.h"

namespace yaosu {
namespace {

using yaosu::testing::BuiltinLibrary;

using nlohmann::json;

const std::string kRoot = YAOSU_SOURCE_DIR;

json Corpus() {
  std::string text;
  EXPECT_TRUE(testing::ReadFile(kRoot + "/tests/hostile/corpus.json", text));
  Result<json> corpus = ParseJson(text);
  EXPECT_TRUE(corpus.ok());
  return corpus.ok() ? *corpus : json::object();
}

std::string Repeated(const std::string& piece, std::size_t count) {
  std::string out;
  out.reserve(piece.size() * count);
  for (std::size_t i = 0; i < count; ++i) out += piece;
  return out;
}

// Bytes: an input of the corpus as the bytes it stands for.
std::string Bytes(const json& input) {
  if (input.contains("text")) return input["text"].get<std::string>();
  if (input.contains("hex")) {
    const std::string hex = input["hex"].get<std::string>();
    std::string bytes;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
      bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    return bytes;
  }
  const json& repeat = input["repeat"];
  const std::size_t count = repeat["count"].get<std::size_t>();
  const std::string fill = Repeated(repeat.value("fill", ""), repeat.value("fill_count", std::size_t{0}));
  return Repeated(repeat["open"].get<std::string>(), count) + repeat["middle"].get<std::string>() + fill +
         Repeated(repeat["close"].get<std::string>(), count);
}

// ThroughEverything: a parsed value as a filled form, a filing and a page.
void ThroughEverything(const json& value) {
  for (const cases::CaseForm* form : BuiltinLibrary().CurrentForms()) {
    form->Validate(value);
    const render::Document page = filing::FilingDocument(value, *form);
    EXPECT_FALSE(render::RenderHtml(page).empty());
    EXPECT_FALSE(render::RenderDocx(page).empty());
  }
  const filing::Verification check = filing::Verify(value, BuiltinLibrary());
  EXPECT_FALSE(check.ok);  // none of them is a genuine filing
  EXPECT_FALSE(check.problems.empty());
}

TEST(HostileCorpus, EveryInputGetsItsDiagnosticOrIsSafelyAccepted) {
  const json corpus = Corpus();
  ASSERT_GE(corpus["inputs"].size(), 20u);
  for (const json& input : corpus["inputs"]) {
    const std::string id = input["id"].get<std::string>();
    SCOPED_TRACE(id);
    const Result<json> parsed = ParseJson(Bytes(input));
    const std::string expected = input["parse"].get<std::string>();
    if (expected == "value") {
      ASSERT_TRUE(parsed.ok()) << ToJson(parsed.diagnostics()).dump();
      ThroughEverything(*parsed);
    } else {
      ASSERT_FALSE(parsed.ok());
      EXPECT_EQ(parsed.diagnostics().front().code, expected) << ToJson(parsed.diagnostics()).dump();
    }
    if (input.contains("table")) {  // the same bytes where a batch table is expected
      const Result<batch::CsvTable> table = batch::ReadCsv(Bytes(input));
      ASSERT_FALSE(table.ok());
      EXPECT_EQ(table.diagnostics().front().code, input["table"].get<std::string>());
    }
  }
}

TEST(HostileCorpus, EveryFilingGetsItsVerification) {
  const json corpus = Corpus();
  ASSERT_GE(corpus["filings"].size(), 1u);
  for (const json& entry : corpus["filings"]) {
    SCOPED_TRACE(entry["id"].get<std::string>());
    std::string text;
    ASSERT_TRUE(testing::ReadFile(kRoot + "/" + entry["file"].get<std::string>(), text));
    const Result<json> filing = ParseJson(text);
    ASSERT_TRUE(filing.ok());
    const filing::Verification check = filing::Verify(*filing, BuiltinLibrary());
    EXPECT_FALSE(check.ok);
    EXPECT_EQ(check.digest_matches, entry["digest_matches"].get<bool>()) << check.digest;
    std::vector<std::string> codes;
    for (const Diagnostic& problem : check.problems) codes.push_back(problem.code);
    EXPECT_EQ(json(codes), entry["verify"]);
  }
}

// EveryTextElement: `instance` with each string in it (at any depth) replaced by `text`.
void EveryTextElement(json& instance, const std::string& text) {
  if (instance.is_string()) {
    instance = text;
  } else if (instance.is_structured()) {
    for (json& member : instance) EveryTextElement(member, text);
  }
}

json FirstValidExample(const cases::CaseForm& form) {
  const std::filesystem::path folder =
      std::filesystem::path(kRoot) / "tests/cases/examples" / form.case_type() / form.form() / "valid";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::string text;
  if (files.empty() || !testing::ReadFile(files.front().string(), text)) return json::object();
  Result<json> parsed = ParseJson(text);
  return parsed.ok() ? *parsed : json::object();
}

TEST(HostileCorpus, HostileTextInEveryElementIsCheckedAndPrintedEscaped) {
  const json corpus = Corpus();
  ASSERT_GE(corpus["texts"].size(), 9u);
  for (const cases::CaseForm* form : BuiltinLibrary().CurrentForms()) {
    const json example = FirstValidExample(*form);
    ASSERT_FALSE(example.empty()) << form->id();
    for (const json& hostile : corpus["texts"]) {
      const std::string text = hostile["text"].get<std::string>();
      SCOPED_TRACE(form->id() + " " + hostile["id"].get<std::string>());
      json instance = example;
      EveryTextElement(instance, text);
      EXPECT_FALSE(form->Validate(instance).diagnostics.empty());  // dates and choices no longer hold
      // Printed as a filing carrying the text everywhere, envelope included.
      const json filing = {{"instance", instance}, {"created_at", text}, {"digest", {{"value", text}}}};
      const render::Document page = filing::FilingDocument(filing, *form);
      const std::string html = render::RenderHtml(page);
      const std::string docx = render::RenderDocx(page);  // stored, not deflated: its XML can be searched
      for (const json& raw : hostile["raw"]) {
        EXPECT_EQ(html.find(raw.get<std::string>()), std::string::npos) << raw << " reached the HTML unescaped";
      }
      const bool markup = text.find_first_of("<>&\"'") != std::string::npos;
      if (markup) {
        EXPECT_EQ(html.find(text), std::string::npos) << "the HTML holds the text unescaped";
        EXPECT_EQ(docx.find(text), std::string::npos) << "the DOCX holds the text unescaped";
        EXPECT_NE(docx.find(render::EscapeXml(text)), std::string::npos) << "the text is not in the DOCX at all";
        EXPECT_NE(html.find(render::EscapeHtml(text)), std::string::npos) << "the text is not on the page at all";
      } else {
        EXPECT_NE(html.find(text), std::string::npos) << "plain text must print as typed";
      }
    }
  }
}

// TableWithEveryCell: a batch table of one row: `example`'s elements as columns, every cell `text`.
std::string TableWithEveryCell(const json& example, const std::string& text) {
  std::vector<std::string> header, cells;
  const json flat = example.flatten();
  for (const auto& entry : flat.items()) {
    if (entry.value().is_null()) continue;    // an empty list or object: a table has no cell for it
    std::string key = entry.key().substr(1);  // "/defendants/0/name" → "defendants.1.name", as a table names it
    std::string column;
    std::size_t start = 0;
    while (start <= key.size()) {
      const std::size_t slash = std::min(key.find('/', start), key.size());
      std::string part = key.substr(start, slash - start);
      if (!part.empty() && part.find_first_not_of("0123456789") == std::string::npos) {
        part = std::to_string(std::stoul(part) + 1);
      }
      column += (column.empty() ? "" : ".") + part;
      start = slash + 1;
    }
    header.push_back(column);
    cells.push_back(text);
  }
  return batch::CsvRecordText(header) + batch::CsvRecordText(cells);
}

TEST(HostileCorpus, HostileTextInEveryCellOfABatchStaysTextInItsProblemsTable) {
  const json corpus = Corpus();
  const cases::CaseForm& form = *BuiltinLibrary().Find("credit-card", "complaint");
  const Result<batch::FormTable> table = batch::FormTable::Of(form, BuiltinLibrary().shared_schemas());
  ASSERT_TRUE(table.ok());
  for (const json& hostile : corpus["texts"]) {
    const std::string text = hostile["text"].get<std::string>();
    SCOPED_TRACE(hostile["id"].get<std::string>());
    const Result<batch::BatchSummary> done =
        batch::FileBatch(*table, TableWithEveryCell(FirstValidExample(form), text), "2025-10-08T09:30:00+08:00",
                         [](const batch::FiledRow&) {});
    ASSERT_TRUE(done.ok()) << ToJson(done.diagnostics()).dump();
    ASSERT_EQ(done->refused_rows.size(), 1u);  // its dates and choices no longer read
    const Result<batch::CsvTable> problems = batch::ReadCsv(done->ProblemsCsv());
    ASSERT_TRUE(problems.ok());
    bool reached = false;
    for (const batch::CsvRecord& record : problems->rows) {
      for (const std::string& cell : record.cells) {
        // As typed, inside a message's quotes (a CSV is not markup); so no problems cell starts with
        // the text, and the guard against a formula (CsvCell) is tested in tests/batch/csv_test.cpp.
        reached = reached || cell.find(text) != std::string::npos;
      }
    }
    EXPECT_TRUE(reached) << "the text never reached the problems table: " << done->ProblemsCsv();
    // The index names rows, files and digests, never what a cell says.
    EXPECT_EQ(done->Index().dump().find(text), std::string::npos);
  }
}

}  // namespace
}  // namespace yaosu

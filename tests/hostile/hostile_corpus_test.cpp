// The hostile-input corpus (tests/hostile/corpus.json), run wherever the unit
// tests run: natively, under the sanitizers and in wasm under Node.
//   - every input gets the parse diagnostic the corpus names, or is accepted;
//     an accepted one then goes through every current form's checks, `verify`
//     and the printer, and must come out as diagnostics, never a crash;
//   - every hostile text, put in every text element of a filled example of
//     every form, is checked and printed, and shows in the HTML and the DOCX
//     only escaped.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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
        EXPECT_NE(html.find(render::EscapeHtml(text)), std::string::npos) << "the text is not on the page at all";
      } else {
        EXPECT_NE(html.find(text), std::string::npos) << "plain text must print as typed";
      }
    }
  }
}

}  // namespace
}  // namespace yaosu

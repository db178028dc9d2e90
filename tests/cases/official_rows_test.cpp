// Each form true to its official template: the numbered rows of every section
// of tests/cases/official_rows.json are the form's rows, in that order, and a
// filing of the form prints every one of them, in that order.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/cases/case_library.h"
#include "core/filing/filing_document.h"
#include "core/render/document.h"
#include "tests/filing/filing_test_support.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;

json OfficialRows() {
  std::string text;
  EXPECT_TRUE(yaosu::testing::ReadFile(std::string(YAOSU_SOURCE_DIR) + "/tests/cases/official_rows.json", text));
  Result<json> parsed = ParseJson(text);
  return parsed.ok() ? *parsed : json::object();
}

std::vector<std::string> NumberedLabels(const CaseForm& form, const std::string& section_id) {
  std::vector<std::string> labels;
  for (const json& section : form.elements()["sections"]) {
    if (section["id"] != section_id) continue;
    for (const json& row : section["rows"]) {
      if (row.contains("number")) labels.push_back(row["label"]["zh"].get<std::string>());
    }
  }
  return labels;
}

// FirstValidExample: the name of the form's first valid example (tests/cases/examples/<type>/<form>/valid/).
std::string FirstValidExample(const CaseForm& form) {
  std::vector<std::string> names;
  const std::filesystem::path folder =
      std::filesystem::path(YAOSU_SOURCE_DIR) / "tests/cases/examples" / form.case_type() / form.form() / "valid";
  for (const auto& entry : std::filesystem::directory_iterator(folder)) names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names.empty() ? "" : names.front();
}

TEST(OfficialRows, EveryListedFormHasTheTemplatesRowsInOrder) {
  const json official = OfficialRows();
  ASSERT_GE(official.size(), 3u);
  for (const auto& [id, sections] : official.items()) {
    if (id.starts_with("$")) continue;
    const CaseForm* form = CaseLibrary::Builtin()->FindById(id);
    ASSERT_NE(form, nullptr) << id;
    for (const auto& [section, rows] : sections.items()) {
      if (section == "source") continue;
      EXPECT_EQ(NumberedLabels(*form, section), rows.get<std::vector<std::string>>()) << id << " " << section;
    }
  }
}

TEST(OfficialRows, AFilingPrintsTheTemplatesRowsInOrder) {
  const json official = OfficialRows();
  for (const auto& [id, sections] : official.items()) {
    if (id.starts_with("$")) continue;
    const CaseForm* form = CaseLibrary::Builtin()->FindById(id);
    ASSERT_NE(form, nullptr) << id;
    const std::string example = FirstValidExample(*form);
    const json filing = filing::testing::FilingOf(form->case_type(), form->form(), example);
    std::string text;
    for (const std::string& line : render::DocumentText(filing::FilingDocument(filing, *form))) text += line + "\n";
    std::size_t at = 0;
    for (const json& section : form->elements()["sections"]) {  // in the form's order (a json object is sorted)
      if (!sections.contains(section["id"].get<std::string>())) continue;
      for (const json& label : sections[section["id"].get<std::string>()]) {
        const std::size_t found = text.find(label.get<std::string>(), at);
        ASSERT_NE(found, std::string::npos) << id << ": " << label << " not printed after position " << at;
        at = found + label.get<std::string>().size();
      }
    }
  }
}

}  // namespace
}  // namespace yaosu::cases

// The calculators of a case type against hand-worked legal examples kept as
// data: tests/cases/calculators/<case_type>.json names a form and, per
// calculator, cases {name, worked, instance, expect, steps_contain?}. The form
// (as CaseLibrary loads it from the source tree) checks each instance, and
// every computed value named in expect must be exactly the hand-worked one
// (money in fen; null where the law gives no figure); steps_contain lists
// words each calculation's steps (a text, or a calculation's steps and citations) must show (the article it rests on,
// the result). At least five cases per calculator.
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "core/cases/case_library.h"
#include "core/json/parse.h"
#include "tests/support/source_tree.h"

namespace yaosu::cases {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kCalculators = fs::path(YAOSU_SOURCE_DIR) / "tests" / "cases" / "calculators";

// StepsText: what a value shows as its steps — a text, or a calculation's steps and citations.
std::string StepsText(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  std::string text;
  if (!value.is_object()) return text;
  for (const char* part : {"steps", "citations"}) {
    for (const json& line : value.value(part, json::array())) text += line.get<std::string>() + "\n";
  }
  return text;
}

TEST(CalculatorExamples, EveryCalculatorAgreesWithItsHandWorkedExamples) {
  const Result<CaseLibrary>& library = testing::SourceTreeLibrary();
  ASSERT_TRUE(library.ok());
  const std::vector<fs::path> files = testing::JsonFilesIn(kCalculators);
  ASSERT_FALSE(files.empty());
  for (const fs::path& file : files) {
    const json data = testing::ReadJsonFile(file);
    const std::string case_type = data["form"]["case_type"].get<std::string>();
    const CaseForm* form = library->Find(case_type, data["form"]["form"].get<std::string>());
    ASSERT_NE(form, nullptr) << file;
    for (const auto& [calculator, cases] : data["calculators"].items()) {
      EXPECT_GE(cases.size(), 5u) << file << ": " << calculator << " needs at least five hand-worked cases";
      for (const json& c : cases) {
        SCOPED_TRACE(file.filename().string() + " " + calculator + ": " + c.value("name", "") + " — " +
                     c.value("worked", ""));
        ASSERT_TRUE(c.contains("instance") && c.contains("expect") && c.contains("worked"));
        const FormResult result = form->Validate(c["instance"]);
        for (const auto& [id, expected] : c["expect"].items()) {
          ASSERT_TRUE(result.computed.contains(id)) << id << " is not a computed value of " << form->id();
          EXPECT_EQ(result.computed[id], expected) << id;
        }
        const json steps_contain = c.value("steps_contain", json::object());
        for (const auto& [id, words] : steps_contain.items()) {
          const std::string steps = StepsText(result.computed.contains(id) ? result.computed[id] : json());
          ASSERT_FALSE(steps.empty()) << id << " shows no steps";
          for (const json& word : words) {
            EXPECT_NE(steps.find(word.get<std::string>()), std::string::npos)
                << id << " lacks " << word << ": " << steps;
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace yaosu::cases

// The figures a case type computes, against examples worked by hand and kept as
// data (tests/cases/calculations/<case_type>.json: {case_type, form, examples:
// [{name, calculator, worked, instance, expect: {computed id: value}}]}): each
// example is a partial form, and every value it expects (null: not computed)
// is the form's computed value, natively and in wasm.
#include <algorithm>
#include <filesystem>
#include <map>

#include <gtest/gtest.h>

#include "core/cases/case_library.h"
#include "core/json/parse.h"
#include "tests/support/test_options.h"

namespace yaosu::cases {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kCalculations = fs::path(YAOSU_SOURCE_DIR) / "tests" / "cases" / "calculations";

std::vector<fs::path> CalculationFiles() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kCalculations)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

json ReadJson(const fs::path& path) {
  std::string text;
  EXPECT_TRUE(yaosu::testing::ReadFile(path.string(), text)) << path;
  Result<json> parsed = ParseJson(text);
  EXPECT_TRUE(parsed.ok()) << path;
  return parsed.ok() ? *parsed : json::object();
}

TEST(CalculationExamples, EveryFigureAgreesWithTheExampleWorkedByHand) {
  ASSERT_TRUE(CaseLibrary::Builtin().ok());
  const std::vector<fs::path> files = CalculationFiles();
  ASSERT_FALSE(files.empty()) << kCalculations;
  for (const fs::path& file : files) {
    const json calculations = ReadJson(file);
    const CaseForm* form = CaseLibrary::Builtin()->Find(calculations.value("case_type", ""), calculations.value("form", ""));
    ASSERT_NE(form, nullptr) << file;
    std::map<std::string, int> per_calculator;
    for (const json& example : calculations["examples"]) {
      const std::string name = example["name"].get<std::string>();
      ASSERT_TRUE(example.contains("worked") && example.contains("instance") && example.contains("expect")) << name;
      const FormResult result = form->Validate(example["instance"]);
      for (const auto& [id, expected] : example["expect"].items()) {
        ASSERT_TRUE(result.computed.contains(id)) << name << ": no computed value " << id;
        EXPECT_EQ(result.computed[id], expected) << name << ": " << id << " (worked: " << example["worked"].get<std::string>() << ")";
      }
      ++per_calculator[example["calculator"].get<std::string>()];
    }
    // At least five examples for each calculator, edges included (issue #12).
    for (const auto& [calculator, count] : per_calculator) EXPECT_GE(count, 5) << file << " " << calculator;
  }
}

}  // namespace
}  // namespace yaosu::cases

// Every example of every case type (tests/cases/examples/<case_type>/<form>/), checked with the whole
// case type (schema, computed values, rules) as CaseLibrary loads it from the
// source tree: valid/*.json give no diagnostic at all (no false
// alarms), and each invalid/<fault>.json gives exactly the
// diagnostics it lists ({description, expect: [{code, instance_location, params?}], instance}).
#include <algorithm>
#include <filesystem>
#include <set>

#include <gtest/gtest.h>

#include "core/cases/case_library.h"
#include "core/json/parse.h"
#include "tests/support/source_tree.h"

namespace yaosu::cases {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Matches: whether `actual` has every field `expected` names (params by subset).
bool Matches(const Diagnostic& actual, const json& expected) {
  if (actual.code != expected.value("code", "")) return false;
  if (expected.contains("instance_location") && json(actual.instance_location) != expected["instance_location"])
    return false;
  if (!expected.contains("params")) return true;
  for (const auto& [key, value] : expected["params"].items()) {
    if (!actual.params.contains(key) || actual.params[key] != value) return false;
  }
  return true;
}

const fs::path kSchemas = fs::path(YAOSU_SOURCE_DIR) / "schemas";
const fs::path kExamples = fs::path(YAOSU_SOURCE_DIR) / "tests" / "cases" / "examples";

TEST(CaseExamples, TheSourceTreeAndTheBuiltInLibraryHoldTheSameForms) {
  const Result<CaseLibrary>& library = testing::SourceTreeLibrary();
  ASSERT_TRUE(library.ok());
  EXPECT_TRUE(library.diagnostics().empty()) << ToJson(library.diagnostics()).dump();
  // Every manifest in the tree gives its forms to the library: a published
  // form's case.json one, a composable case type's case.json one per form.
  std::size_t forms = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kSchemas)) {
    if (entry.path().filename() != "case.json") continue;
    const nlohmann::json manifest = testing::ReadJsonFile(entry.path());
    forms += manifest.contains("forms") ? manifest["forms"].size() : 1;
  }
  EXPECT_EQ(library->forms().size(), forms);
  ASSERT_TRUE(CaseLibrary::Builtin().ok());
  std::set<std::pair<std::string, std::string>> source, builtin;
  for (const CaseForm* form : library->forms()) source.emplace(form->id(), form->version());
  for (const CaseForm* form : CaseLibrary::Builtin()->forms()) builtin.emplace(form->id(), form->version());
  EXPECT_EQ(source, builtin);
}

TEST(CaseExamples, ValidExamplesGiveNoDiagnosticAtAll) {
  const Result<CaseLibrary>& library = testing::SourceTreeLibrary();
  ASSERT_TRUE(library.ok());
  // The examples are filled in the newest version of each form; the published
  // ones are held to their filings (tests/filing/published/).
  for (const CaseForm* current : library->CurrentForms()) {
    const CaseForm& form = *current;
    const fs::path folder = kExamples / form.case_type() / form.form() / "valid";
    const std::vector<fs::path> examples = testing::JsonFilesIn(folder);
    EXPECT_FALSE(examples.empty()) << folder;
    for (const fs::path& example : examples) {
      const FormResult result = form.Validate(testing::ReadJsonFile(example));
      EXPECT_TRUE(result.valid) << example;
      EXPECT_TRUE(result.diagnostics.empty()) << example << ": " << result.ToJson(form.messages()).dump();
    }
  }
}

TEST(CaseExamples, EachSeededFaultGivesExactlyTheExpectedDiagnostics) {
  const Result<CaseLibrary>& library = testing::SourceTreeLibrary();
  ASSERT_TRUE(library.ok());
  for (const CaseForm* current : library->CurrentForms()) {
    const CaseForm& form = *current;
    const fs::path folder = kExamples / form.case_type() / form.form() / "invalid";
    for (const fs::path& example : testing::JsonFilesIn(folder)) {
      const json fixture = testing::ReadJsonFile(example);
      ASSERT_TRUE(fixture.contains("instance") && fixture.contains("expect") && fixture.contains("description"))
          << example;
      const FormResult result = form.Validate(fixture["instance"]);
      const std::string got = ToJson(result.diagnostics).dump();
      EXPECT_EQ(result.diagnostics.size(), fixture["expect"].size()) << example << ": " << got;
      for (const json& expected : fixture["expect"]) {
        const bool found = std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                                       [&](const Diagnostic& d) { return Matches(d, expected); });
        EXPECT_TRUE(found) << example << " expects " << expected.dump() << ", got " << got;
      }
      // Every diagnostic reads as a sentence in Chinese, never as the bare code.
      for (const Diagnostic& diagnostic : result.diagnostics) {
        EXPECT_NE(form.messages().Render(diagnostic, "zh"), diagnostic.code) << example << ": " << diagnostic.code;
      }
    }
  }
}

}  // namespace
}  // namespace yaosu::cases

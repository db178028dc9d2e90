// Every case type in schemas/cases/ — found on disk, so a new folder is tested
// with no code change: its manifest follows the meta-schema, its schema
// compiles against schemas/common/, and its element rows point at declared
// elements. Its examples are checked with the whole case type (rules too) in
// tests/cases/case_examples_test.cpp.
#include <filesystem>
#include <map>
#include <set>

#include "core/json/pointer.h"

#include "tests/schema/schema_test_support.h"

namespace yaosu::schema {
namespace {
namespace fs = std::filesystem;
using testing::Json;

nlohmann::json ReadJson(const fs::path& path) {
  std::string text;
  EXPECT_TRUE(yaosu::testing::ReadFile(path.string(), text)) << path;
  return Json(text);
}

// DeclaresPointer: whether the data schema declares the element at `pointer`,
// following `properties` and local `$ref`s (a `$ref` to a shared piece in
// schemas/common/ is trusted: those are tested on their own).
bool DeclaresPointer(const nlohmann::json& schema, const std::string& pointer) {
  const std::optional<std::vector<std::string>> tokens = ParsePointer(pointer);
  if (!tokens) return false;
  const nlohmann::json* current = &schema;
  for (const std::string& token : *tokens) {
    for (int hops = 0; current->contains("$ref") && hops < 10; ++hops) {
      const std::string ref = (*current)["$ref"].get<std::string>();
      if (ref.rfind("#/", 0) != 0) return true;
      current = ResolvePointer(schema, ref.substr(1));
      if (current == nullptr) return false;
    }
    if (!current->contains("properties") || !(*current)["properties"].contains(token)) return false;
    current = &(*current)["properties"][token];
  }
  return true;
}

class CaseSchemas : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::RegisterFolder("schemas/common", registry_);
    testing::RegisterFolder("schemas/meta/yaosu", registry_);
    const fs::path root = fs::path(YAOSU_SOURCE_DIR) / "schemas" / "cases";
    for (const auto& case_type : fs::directory_iterator(root)) {
      if (!case_type.is_directory()) continue;
      for (const auto& form : fs::directory_iterator(case_type.path())) {
        if (form.is_directory()) forms_.push_back(form.path());
      }
    }
    std::sort(forms_.begin(), forms_.end());
  }
  // CheckElements: the rows follow the meta-schema, have unique ids, and
  // point at elements the data schema declares.
  void CheckElements(const nlohmann::json& elements, const nlohmann::json& schema_document) {
    const CompiledSchema meta = testing::CompileRef("https://yaosu.cn/schemas/meta/elements.schema.json", registry_);
    const ValidationResult result = meta.Validate(elements);
    ASSERT_TRUE(result.valid) << ToJson(result.diagnostics).dump();
    std::set<std::string> ids;
    for (const nlohmann::json& section : elements["sections"]) {
      for (const nlohmann::json& row : section["rows"]) {
        EXPECT_TRUE(ids.insert(row["id"].get<std::string>()).second) << "duplicate row id " << row["id"];
        EXPECT_TRUE(DeclaresPointer(schema_document, row["pointer"].get<std::string>()))
            << row["id"] << " points at " << row["pointer"] << ", which the schema does not declare";
      }
    }
  }
  SchemaRegistry registry_;
  std::vector<fs::path> forms_;
};

TEST_F(CaseSchemas, EveryFormFollowsTheFormatAndItsExamples) {
  ASSERT_FALSE(forms_.empty());
  const CompiledSchema manifest_schema = testing::CompileRef("https://yaosu.cn/schemas/meta/case.schema.json", registry_);
  CompileOptions options;
  options.format_assertion = true;
  for (const fs::path& form : forms_) {
    SCOPED_TRACE(form.string());
    const nlohmann::json manifest = ReadJson(form / "case.json");
    const ValidationResult manifest_result = manifest_schema.Validate(manifest);
    EXPECT_TRUE(manifest_result.valid) << ToJson(manifest_result.diagnostics).dump();

    const nlohmann::json schema_document = ReadJson(form / "schema.json");
    Result<CompiledSchema> schema = CompiledSchema::Compile(schema_document, registry_, options);
    ASSERT_TRUE(schema.ok()) << ToJson(schema.diagnostics()).dump();
    if (fs::exists(form / "elements.json")) CheckElements(ReadJson(form / "elements.json"), schema_document);
  }
}

// RowIds: every row id of an elements.json, with the row.
std::map<std::string, nlohmann::json> RowIds(const nlohmann::json& elements) {
  std::map<std::string, nlohmann::json> rows;
  for (const nlohmann::json& section : elements["sections"]) {
    for (const nlohmann::json& row : section["rows"]) rows[row["id"].get<std::string>()] = row;
  }
  return rows;
}

// The dispute comparison lines complaint rows up with answer rows: every link
// must name a row that exists, in both directions.
TEST_F(CaseSchemas, AnswerRowsAndComplaintRowsNameEachOther) {
  std::size_t answers = 0;
  for (const fs::path& form : forms_) {
    const nlohmann::json manifest = ReadJson(form / "case.json");
    if (manifest["form"] != "answer") continue;
    ++answers;
    SCOPED_TRACE(form.string());
    const fs::path complaint_folder = form.parent_path() / "complaint";
    ASSERT_TRUE(fs::exists(complaint_folder / "case.json"));
    EXPECT_EQ(manifest["answers"], ReadJson(complaint_folder / "case.json")["id"]);
    const auto complaint_rows = RowIds(ReadJson(complaint_folder / "elements.json"));
    const auto answer_rows = RowIds(ReadJson(form / "elements.json"));
    for (const auto& [id, row] : answer_rows) {
      if (!row.contains("answers_row")) continue;
      const std::string answered = row["answers_row"].get<std::string>();
      ASSERT_TRUE(complaint_rows.contains(answered)) << id << " answers " << answered << ", not a complaint row";
    }
    for (const auto& [id, row] : complaint_rows) {
      if (!row.contains("answer_row")) continue;
      const std::string answer = row["answer_row"].get<std::string>();
      ASSERT_TRUE(answer_rows.contains(answer)) << id << " is answered by " << answer << ", not an answer row";
      EXPECT_EQ(answer_rows.at(answer).value("answers_row", ""), id) << answer << " should answer " << id;
    }
  }
  EXPECT_GE(answers, 1u);
}

}  // namespace
}  // namespace yaosu::schema

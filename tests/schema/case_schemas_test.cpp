// Every installed form — the current case types and every published version
// kept for earlier filings — checked as the library holds it, so a new case
// type is tested with no code change: its element rows follow the meta-schema,
// have unique ids and point at elements its data schema declares, and an
// answer's rows name rows of the complaint it answers. Its examples are checked
// with the whole case type (rules too) in tests/cases/case_examples_test.cpp.
#include <map>
#include <set>

#include "core/cases/case_library.h"
#include "core/json/pointer.h"

#include "tests/schema/schema_test_support.h"
#include "tests/support/source_tree.h"

namespace yaosu::schema {
namespace {

using cases::CaseForm;
using cases::CaseLibrary;
using yaosu::testing::BuiltinLibrary;

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

// RowIds: every row id of a form's element rows, with the row.
std::map<std::string, nlohmann::json> RowIds(const nlohmann::json& elements) {
  std::map<std::string, nlohmann::json> rows;
  for (const nlohmann::json& section : elements["sections"]) {
    for (const nlohmann::json& row : section["rows"]) rows[row["id"].get<std::string>()] = row;
  }
  return rows;
}

TEST(CaseSchemas, EveryFormsRowsFollowTheFormatAndPointAtDeclaredElements) {
  SchemaRegistry registry;
  testing::RegisterFolder("schemas/meta/yaosu", registry);
  const CompiledSchema meta = testing::CompileRef("https://yaosu.cn/schemas/meta/elements.schema.json", registry);
  ASSERT_FALSE(BuiltinLibrary().forms().empty());
  for (const CaseForm* form : BuiltinLibrary().forms()) {
    SCOPED_TRACE(form->id() + " " + form->version());
    const ValidationResult result = meta.Validate(form->elements());
    EXPECT_TRUE(result.valid) << ToJson(result.diagnostics).dump();
    std::set<std::string> ids;
    for (const nlohmann::json& section : form->elements()["sections"]) {
      for (const nlohmann::json& row : section["rows"]) {
        EXPECT_TRUE(ids.insert(row["id"].get<std::string>()).second) << "duplicate row id " << row["id"];
        EXPECT_TRUE(DeclaresPointer(form->schema(), row["pointer"].get<std::string>()))
            << row["id"] << " points at " << row["pointer"] << ", which the schema does not declare";
      }
    }
  }
}

// The dispute comparison lines complaint rows up with answer rows: every link
// must name a row that exists (answer → complaint; a published version may
// also link complaint → answer, and then both must agree).
TEST(CaseSchemas, AnswerRowsAndComplaintRowsNameEachOther) {
  std::size_t answers = 0;
  for (const CaseForm* form : BuiltinLibrary().forms()) {
    if (form->form() != "answer") continue;
    ++answers;
    SCOPED_TRACE(form->id() + " " + form->version());
    const CaseForm* complaint = BuiltinLibrary().FindById(form->manifest().value("answers", ""), form->version());
    ASSERT_NE(complaint, nullptr) << "answers " << form->manifest().value("answers", "")
                                  << ", not installed in its version";
    const auto complaint_rows = RowIds(complaint->elements());
    const auto answer_rows = RowIds(form->elements());
    for (const auto& [id, row] : answer_rows) {
      if (!row.contains("answers_row")) continue;
      const std::string answered = row["answers_row"].get<std::string>();
      EXPECT_TRUE(complaint_rows.contains(answered)) << id << " answers " << answered << ", not a complaint row";
    }
    for (const auto& [id, row] : complaint_rows) {
      if (!row.contains("answer_row")) continue;
      const std::string answer = row["answer_row"].get<std::string>();
      ASSERT_TRUE(answer_rows.contains(answer)) << id << " is answered by " << answer << ", not an answer row";
      EXPECT_EQ(answer_rows.at(answer).value("answers_row", ""), id) << answer << " should answer " << id;
    }
  }
  EXPECT_GE(answers, 2u);
}

}  // namespace
}  // namespace yaosu::schema

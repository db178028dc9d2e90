// Every file of schemas/params/ validates against its schema with Yaosu's own
// engine — parameter.schema.json, or calendar.schema.json for the calendar/
// area — loads, lives at schemas/params/<id>.json, and the built-in set (what
// the wasm build embeds) holds them all.
#include <string>

#include <gtest/gtest.h>

#include "core/embedded/embedded.h"
#include "core/json/parse.h"
#include "core/law/parameter_set.h"
#include "core/schema/schema.h"
#include "tests/support/test_options.h"

namespace yaosu::law {
namespace {

const std::string kParams = std::string(YAOSU_SOURCE_DIR) + "/schemas/params/";

TEST(ParameterFiles, BuiltinSetLoadsEveryEmbeddedFile) {
  const Result<ParameterSet>& set = ParameterSet::Builtin();
  ASSERT_TRUE(set.ok()) << ToJson(set.diagnostics()).dump(2);
  EXPECT_EQ(set->parameters().size() + set->calendars().size(), embedded::LegalParameters().size());
  EXPECT_GE(set->parameters().size(), 20u);
  EXPECT_NE(set->FindCalendar("calendar/rest_days"), nullptr);
}

// CompileSchema: schemas/params/<name>, compiled with format assertion (dates and URLs must be real ones).
Result<schema::CompiledSchema> CompileSchema(const std::string& name) {
  std::string text;
  EXPECT_TRUE(yaosu::testing::ReadFile(kParams + name, text)) << name;
  Result<nlohmann::json> schema_json = ParseJson(text);
  EXPECT_TRUE(schema_json.ok()) << name;
  schema::CompileOptions options;
  options.format_assertion = true;
  return schema::CompiledSchema::Compile(schema_json.ok() ? *schema_json : nlohmann::json(), schema::SchemaRegistry(),
                                         options);
}

TEST(ParameterFiles, EveryFileValidatesAgainstItsSchema) {
  Result<schema::CompiledSchema> parameter_schema = CompileSchema("parameter.schema.json");
  ASSERT_TRUE(parameter_schema.ok()) << ToJson(parameter_schema.diagnostics()).dump(2);
  Result<schema::CompiledSchema> calendar_schema = CompileSchema("calendar.schema.json");
  ASSERT_TRUE(calendar_schema.ok()) << ToJson(calendar_schema.diagnostics()).dump(2);
  std::size_t calendars = 0;
  for (const embedded::EmbeddedFile& file : embedded::LegalParameters()) {
    Result<nlohmann::json> doc = ParseJson(file.text);
    ASSERT_TRUE(doc.ok());
    const std::string id = (*doc)["id"].get<std::string>();
    EXPECT_EQ(file.path, id + ".json") << "the id names the file";
    SCOPED_TRACE(id);
    const bool calendar = id.rfind("calendar/", 0) == 0;
    calendars += calendar ? 1 : 0;
    const schema::ValidationResult result = (calendar ? *calendar_schema : *parameter_schema).Validate(*doc);
    EXPECT_TRUE(result.valid) << result.ToBasicOutput().dump(2);
    std::string on_disk;
    EXPECT_TRUE(yaosu::testing::ReadFile(kParams + id + ".json", on_disk)) << "the id names the file";
    EXPECT_EQ(*ParseJson(on_disk), *doc) << "embedded as it is on disk (indentation aside)";
  }
  EXPECT_EQ(calendars, 1u);
}

TEST(ParameterFiles, CalendarSchemaRejectsANoticeWithoutItsNumber) {
  Result<schema::CompiledSchema> schema = CompileSchema("calendar.schema.json");
  ASSERT_TRUE(schema.ok());
  const nlohmann::json doc = *ParseJson(R"({"id": "calendar/x", "description": {"zh": "甲", "en": "a"},
      "reference": {"title": "t"}, "weekends": {"rest": true, "reference": "r"}, "last_verified": "2025-01-01",
      "covers": {"from": "2025-01-01", "to": "2025-12-31"},
      "notices": [{"year": 2025, "title": "t", "issued": "2024-11-12", "url": "https://www.gov.cn/x", "rest": [], "work": []}]})");
  EXPECT_FALSE(schema->Validate(doc).valid);
  nlohmann::json fixed = doc;
  fixed["notices"][0]["number"] = "国办发明电〔2024〕12号";
  EXPECT_TRUE(schema->Validate(fixed).valid) << schema->Validate(fixed).ToBasicOutput().dump(2);
}

TEST(ParameterFiles, SchemaRejectsAValueWithoutCitation) {
  std::string schema_text;
  ASSERT_TRUE(yaosu::testing::ReadFile(kParams + "parameter.schema.json", schema_text));
  Result<schema::CompiledSchema> schema =
      schema::CompiledSchema::Compile(*ParseJson(schema_text), schema::SchemaRegistry());
  ASSERT_TRUE(schema.ok());
  const nlohmann::json doc = *ParseJson(R"({"id": "a/b", "description": {"zh": "甲", "en": "a"}, "unit": "yuan",
      "reference": {"title": "t"}, "last_verified": "2025-01-01", "values": {"2020-01-01": {"value": 1}}})");
  EXPECT_FALSE(schema->Validate(doc).valid);
}

}  // namespace
}  // namespace yaosu::law

// Every file of schemas/params/ validates against parameter.schema.json with
// Yaosu's own engine, loads, lives at schemas/params/<id>.json, and the built-in
// set (what the wasm build embeds) holds them all.
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
  EXPECT_EQ(set->parameters().size(), embedded::LegalParameters().size());
  EXPECT_GE(set->parameters().size(), 20u);
}

TEST(ParameterFiles, EveryFileValidatesAgainstTheParameterSchema) {
  std::string schema_text;
  ASSERT_TRUE(yaosu::testing::ReadFile(kParams + "parameter.schema.json", schema_text));
  Result<nlohmann::json> schema_json = ParseJson(schema_text);
  ASSERT_TRUE(schema_json.ok());
  schema::CompileOptions options;
  options.format_assertion = true;  // dates and URLs must be real ones
  Result<schema::CompiledSchema> schema = schema::CompiledSchema::Compile(*schema_json, schema::SchemaRegistry(), options);
  ASSERT_TRUE(schema.ok()) << ToJson(schema.diagnostics()).dump(2);
  for (std::string_view text : embedded::LegalParameters()) {
    Result<nlohmann::json> doc = ParseJson(text);
    ASSERT_TRUE(doc.ok());
    const std::string id = (*doc)["id"].get<std::string>();
    SCOPED_TRACE(id);
    const schema::ValidationResult result = schema->Validate(*doc);
    EXPECT_TRUE(result.valid) << result.ToBasicOutput().dump(2);
    std::string on_disk;
    EXPECT_TRUE(yaosu::testing::ReadFile(kParams + id + ".json", on_disk)) << "the id names the file";
    EXPECT_EQ(on_disk, text);
  }
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

// Bad input never crashes or hangs the engine: it becomes a diagnostic.
#include "tests/schema/schema_test_support.h"

namespace yaosu::schema {
namespace {
using testing::FindCode;
using testing::Json;
using testing::MustCompile;

// Nested: `depth` arrays, one inside the other, built without recursion.
nlohmann::json Nested(int depth) {
  nlohmann::json root = nlohmann::json::array();
  nlohmann::json* innermost = &root;
  for (int i = 1; i < depth; ++i) {
    innermost->push_back(nlohmann::json::array());
    innermost = &innermost->back();
  }
  return root;
}

TEST(HostileInput, SelfReferenceOnTheSameValueIsACycleNotALoop) {
  const CompiledSchema schema = MustCompile(R"({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}},
                                              "$ref": "#/$defs/a"})");
  const ValidationResult result = schema.Validate(1);
  EXPECT_FALSE(result.valid);
  EXPECT_NE(FindCode(result.diagnostics, "schema.ref_cycle"), nullptr);
  EXPECT_FALSE(schema.IsValid(1));
}

TEST(HostileInput, DeepInstancesHitTheDepthLimit) {
  const CompiledSchema schema = MustCompile(R"({"items": {"$ref": "#"}})");
  EXPECT_TRUE(schema.IsValid(Nested(200)));
  const ValidationResult result = schema.Validate(Nested(20000));
  EXPECT_FALSE(result.valid);
  const Diagnostic* limit = FindCode(result.diagnostics, "schema.depth_limit");
  ASSERT_NE(limit, nullptr);
  EXPECT_EQ(limit->params["limit"], 1000);
}

TEST(HostileInput, SchemaBombsHitTheNodeLimit) {
  // Every level doubles the subschemas: 2^13 of them in about 200 KB of text.
  std::string text = R"({"type": "integer"})";
  for (int i = 0; i < 12; ++i) text = R"({"allOf": [)" + text + "," + text + "]}";
  CompileOptions options;
  options.max_nodes = 1000;
  Result<CompiledSchema> compiled = CompiledSchema::Compile(Json(text), SchemaRegistry(), options);
  ASSERT_FALSE(compiled.ok());
  EXPECT_EQ(compiled.diagnostics()[0].code, "schema.too_many_subschemas");
}

TEST(HostileInput, MegabyteStringsValidate) {
  const CompiledSchema schema = MustCompile(R"({"type": "string", "maxLength": 100, "pattern": "^[a-z]+$"})");
  const ValidationResult result = schema.Validate(std::string(2u << 20, 'a'));
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].code, "schema.maxLength");
}

TEST(HostileInput, CatastrophicPatternsRunInLinearTime) {
  const CompiledSchema schema = MustCompile(R"({"pattern": "^(a+)+$"})");
  EXPECT_FALSE(schema.IsValid(std::string(50000, 'a') + "!"));
}

TEST(HostileInput, InvalidPatternsAreSchemaDiagnostics) {
  Result<CompiledSchema> compiled = CompiledSchema::Compile(Json(R"({"pattern": "(unclosed"})"), SchemaRegistry());
  ASSERT_FALSE(compiled.ok());
  EXPECT_EQ(compiled.diagnostics()[0].code, "schema.invalid_pattern");
  EXPECT_EQ(compiled.diagnostics()[0].keyword_location, "/pattern");
}

TEST(HostileInput, InvalidUtf8InAnInstanceStringIsADiagnostic) {
  const CompiledSchema schema = MustCompile(R"({"pattern": "^a"})");
  const ValidationResult result = schema.Validate(std::string("a\xC3\x28"));
  EXPECT_FALSE(result.valid);
  EXPECT_NE(FindCode(result.diagnostics, "schema.invalid_utf8"), nullptr);
}

TEST(HostileInput, NonSchemaValuesAreRejected) {
  Result<CompiledSchema> compiled = CompiledSchema::Compile(Json(R"({"properties": {"a": 12}})"), SchemaRegistry());
  ASSERT_FALSE(compiled.ok());
  EXPECT_EQ(compiled.diagnostics()[0].code, "schema.invalid_keyword");
}

}  // namespace
}  // namespace yaosu::schema

// The engine's observable behaviour beyond the official suite: diagnostics
// (codes, pointers, params), options, and compile-time problems.
#include <thread>
#include <tuple>

#include <gmock/gmock.h>

#include "tests/schema/schema_test_support.h"

namespace yaosu::schema {
namespace {
using testing::FindCode;
using testing::Json;
using testing::MustCompile;

TEST(CompiledSchema, CountsStringLengthInCodePoints) {
  const CompiledSchema schema = MustCompile(R"({"type": "string", "minLength": 2, "maxLength": 4})");
  EXPECT_TRUE(schema.IsValid("张三"));
  EXPECT_TRUE(schema.IsValid("欧阳娜娜"));
  EXPECT_FALSE(schema.IsValid("张"));
  const ValidationResult result = schema.Validate("张");
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].code, "schema.minLength");
  EXPECT_EQ(result.diagnostics[0].params["limit"], 2);
  EXPECT_EQ(result.diagnostics[0].params["actual"], 1);
}

TEST(CompiledSchema, PointsAtTheElementAndTheKeyword) {
  const CompiledSchema schema = MustCompile(R"({
    "$id": "https://yaosu.cn/test/party.json",
    "properties": {"plaintiffs": {"items": {"$ref": "#/$defs/person"}}},
    "$defs": {"person": {"properties": {"a/b": {"type": "string"}}}}})");
  const ValidationResult result = schema.Validate(Json(R"({"plaintiffs": [{"a/b": "x"}, {"a/b": 3}]})"));
  ASSERT_FALSE(result.valid);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  const Diagnostic& d = result.diagnostics[0];
  EXPECT_EQ(d.code, "schema.type");
  EXPECT_EQ(d.instance_location, "/plaintiffs/1/a~1b");
  EXPECT_EQ(d.keyword_location, "/properties/plaintiffs/items/$ref/properties/a~1b/type");
  EXPECT_EQ(d.absolute_keyword_location, "https://yaosu.cn/test/party.json#/$defs/person/properties/a~1b/type");
  EXPECT_EQ(d.params["expected"], Json(R"(["string"])"));
  EXPECT_EQ(d.params["actual"], "integer");
}

TEST(CompiledSchema, ReportsEachMissingPropertySeparately) {
  const CompiledSchema schema = MustCompile(R"({"required": ["name", "id_number", "address"]})");
  const ValidationResult result = schema.Validate(Json(R"({"name": "张三"})"));
  ASSERT_EQ(result.diagnostics.size(), 2u);
  EXPECT_EQ(result.diagnostics[0].code, "schema.required");
  EXPECT_EQ(result.diagnostics[0].params["missing"], "id_number");
  EXPECT_EQ(result.diagnostics[1].params["missing"], "address");
}

TEST(CompiledSchema, NamesTheUnexpectedProperty) {
  const CompiledSchema schema = MustCompile(R"({"properties": {"name": true}, "additionalProperties": false})");
  const ValidationResult result = schema.Validate(Json(R"({"name": "张三", "nmae": "x"})"));
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].code, "schema.additionalProperties");
  EXPECT_EQ(result.diagnostics[0].instance_location, "/nmae");
  EXPECT_EQ(result.diagnostics[0].params["property"], "nmae");
}

TEST(CompiledSchema, AnyOfFailureCarriesEachBranchsReasons) {
  const CompiledSchema schema = MustCompile(R"({"anyOf": [{"type": "string"}, {"minimum": 10}]})");
  const ValidationResult result = schema.Validate(5);
  ASSERT_FALSE(result.valid);
  ASSERT_EQ(result.diagnostics.size(), 3u);
  EXPECT_EQ(result.diagnostics[0].code, "schema.anyOf");
  EXPECT_EQ(result.diagnostics[1].keyword_location, "/anyOf/0/type");
  EXPECT_EQ(result.diagnostics[2].keyword_location, "/anyOf/1/minimum");
  EXPECT_TRUE(schema.Validate("x").diagnostics.empty());
}

TEST(CompiledSchema, OneOfSaysWhichBranchesMatched) {
  const CompiledSchema schema = MustCompile(R"({"oneOf": [{"type": "integer"}, {"minimum": 2}]})");
  const ValidationResult result = schema.Validate(3);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].params["matched"], Json("[0, 1]"));
}

// A form page draws the fields of the side of an `if` that applies: the
// engine says which, per element and `if`, with the `if`'s canonical location.
TEST(CompiledSchema, RecordsWhichSideOfEachIfApplied) {
  const CompiledSchema schema = MustCompile(R"({
    "$id": "https://yaosu.cn/test/form.json",
    "properties": {"parties": {"items": {"$ref": "#/$defs/party"}}},
    "$defs": {"party": {
      "if": {"properties": {"kind": {"const": "organisation"}}},
      "then": {"required": ["uscc"]},
      "allOf": [{"if": {"required": ["kinds"], "properties": {"kinds": {"contains": {"const": "a/b"}}}},
                 "then": {"required": ["detail"]}}]}}})");
  const nlohmann::json instance =
      Json(R"({"parties": [{"kind": "organisation", "uscc": "x"}, {"kind": "person", "kinds": ["a/b"]}]})");
  EXPECT_TRUE(schema.Validate(instance).branches.empty());  // only when asked for
  const ValidationResult result = schema.Validate(instance, {.record_branches = true});
  std::vector<std::tuple<std::string, std::string, bool>> recorded;
  for (const ConditionalBranch& b : result.branches) recorded.emplace_back(b.instance_location, b.if_location, b.holds);
  const std::string party = "https://yaosu.cn/test/form.json#/$defs/party";
  EXPECT_THAT(recorded, ::testing::UnorderedElementsAre(std::tuple{"/parties/0", party + "/if", true},
                                                        std::tuple{"/parties/0", party + "/allOf/0/if", false},
                                                        std::tuple{"/parties/1", party + "/if", false},
                                                        std::tuple{"/parties/1", party + "/allOf/0/if", true}));
  EXPECT_FALSE(result.valid);  // /parties/1 lacks its detail: recording changes no verdict
}

TEST(CompiledSchema, FirstErrorModeStopsEarly) {
  const CompiledSchema schema = MustCompile(R"({"items": {"type": "string"}})");
  const nlohmann::json instance = Json("[1, 2, 3]");
  EXPECT_EQ(schema.Validate(instance).diagnostics.size(), 3u);
  ValidateOptions first;
  first.mode = ValidateOptions::Mode::kFirstError;
  EXPECT_EQ(schema.Validate(instance, first).diagnostics.size(), 1u);
}

TEST(CompiledSchema, CapsTheNumberOfDiagnostics) {
  const CompiledSchema schema = MustCompile(R"({"items": {"type": "string"}})");
  ValidateOptions options;
  options.max_diagnostics = 10;
  const ValidationResult result = schema.Validate(nlohmann::json(std::vector<int>(1000, 1)), options);
  EXPECT_FALSE(result.valid);
  ASSERT_EQ(result.diagnostics.size(), 11u);
  EXPECT_EQ(result.diagnostics.back().code, "schema.too_many_diagnostics");
}

TEST(CompiledSchema, FormatIsAnAnnotationUnlessAsserted) {
  const char* text = R"({"format": "date"})";
  EXPECT_TRUE(MustCompile(text).IsValid("2025-02-30"));
  CompileOptions asserting;
  asserting.format_assertion = true;
  const CompiledSchema schema = MustCompile(text, asserting);
  EXPECT_TRUE(schema.IsValid("2024-02-29"));
  const ValidationResult result = schema.Validate("2025-02-29");
  ASSERT_FALSE(result.valid);
  EXPECT_EQ(result.diagnostics[0].code, "schema.format");
  EXPECT_EQ(result.diagnostics[0].params["format"], "date");
}

TEST(CompiledSchema, CustomFormatsCanWarnWithoutFailing) {
  CompileOptions options;
  options.format_assertion = true;
  options.formats.Register("cn-test-mobile", [](std::string_view value) {
    if (value.size() != 11) return FormatVerdict{.valid = false, .reason = "length"};
    if (value[1] == '0') return FormatVerdict{.valid = false, .severity = Severity::kWarning, .reason = "prefix"};
    return FormatVerdict{};
  });
  const CompiledSchema schema = MustCompile(R"({"format": "cn-test-mobile"})", options);
  EXPECT_TRUE(schema.Validate("13800138000").diagnostics.empty());
  const ValidationResult unusual = schema.Validate("10000000000");
  EXPECT_TRUE(unusual.valid);
  ASSERT_EQ(unusual.diagnostics.size(), 1u);
  EXPECT_EQ(unusual.diagnostics[0].severity, Severity::kWarning);
  EXPECT_FALSE(schema.Validate("123").valid);
}

TEST(CompiledSchema, ChinesePatterns) {
  const CompiledSchema schema = MustCompile(R"({"pattern": "^[\\u4e00-\\u9fa5]{2,4}$"})");
  EXPECT_TRUE(schema.IsValid("张三"));
  EXPECT_FALSE(schema.IsValid("张"));
  EXPECT_FALSE(schema.IsValid("zhang"));
  EXPECT_EQ(schema.Validate("zhang").diagnostics[0].code, "schema.pattern");
}

TEST(CompiledSchema, ResolvesReferencesOnlyThroughTheRegistry) {
  const char* text = R"({"$ref": "https://yaosu.cn/schemas/common/money.json"})";
  Result<CompiledSchema> missing = CompiledSchema::Compile(Json(text), SchemaRegistry());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.diagnostics()[0].code, "schema.unresolved_ref");
  EXPECT_EQ(missing.diagnostics()[0].keyword_location, "/$ref");

  SchemaRegistry registry;
  EXPECT_TRUE(
      registry.Add("https://yaosu.cn/schemas/common/money.json", Json(R"({"type": "number", "minimum": 0})")).empty());
  const CompiledSchema schema = MustCompile(text, {}, registry);
  EXPECT_TRUE(schema.IsValid(12.5));
  EXPECT_FALSE(schema.IsValid(-1));
}

TEST(CompiledSchema, RegistryRejectsRelativeUris) {
  SchemaRegistry registry;
  const Diagnostics problems = registry.Add("money.json", Json("{}"));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].code, "schema.registry_bad_uri");
}

TEST(CompiledSchema, ReportsBadKeywordValues) {
  Result<CompiledSchema> compiled =
      CompiledSchema::Compile(Json(R"({"minLength": -1, "type": "text"})"), SchemaRegistry());
  ASSERT_FALSE(compiled.ok());
  ASSERT_EQ(compiled.diagnostics().size(), 2u);
  EXPECT_NE(FindCode(compiled.diagnostics(), "schema.invalid_keyword"), nullptr);
}

TEST(CompiledSchema, ReportsUnknownMetaschemas) {
  Result<CompiledSchema> compiled =
      CompiledSchema::Compile(Json(R"({"$schema": "https://example.com/my-dialect"})"), SchemaRegistry());
  ASSERT_FALSE(compiled.ok());
  EXPECT_EQ(compiled.diagnostics()[0].code, "schema.unknown_metaschema");
}

TEST(CompiledSchema, BasicOutputShape) {
  const CompiledSchema schema = MustCompile(R"({"type": "object", "required": ["a"]})");
  const nlohmann::json output = schema.Validate(Json("{}")).ToBasicOutput();
  EXPECT_EQ(output["valid"], false);
  ASSERT_EQ(output["errors"].size(), 1u);
  const nlohmann::json& error = output["errors"][0];
  EXPECT_EQ(error["keywordLocation"], "/required");
  EXPECT_EQ(error["instanceLocation"], "");
  EXPECT_EQ(error["code"], "schema.required");
  EXPECT_EQ(error["params"]["missing"], "a");
  EXPECT_EQ(schema.Validate(Json(R"({"a": 1})")).ToBasicOutput(), Json(R"({"valid": true})"));
}

#ifndef __EMSCRIPTEN__  // the wasm test build has no threads
TEST(CompiledSchema, OneCompiledSchemaServesManyThreads) {
  const CompiledSchema schema = MustCompile(R"({"items": {"type": "integer", "maximum": 100}})");
  const nlohmann::json good = nlohmann::json(std::vector<int>(2000, 5));
  const nlohmann::json bad = nlohmann::json(std::vector<int>(2000, 500));
  int good_failures = 0;
  int bad_passes = 0;
  std::thread a([&] {
    for (int i = 0; i < 50; ++i) good_failures += schema.Validate(good).valid ? 0 : 1;
  });
  std::thread b([&] {
    for (int i = 0; i < 50; ++i) bad_passes += schema.Validate(bad).valid ? 1 : 0;
  });
  a.join();
  b.join();
  EXPECT_EQ(good_failures, 0);
  EXPECT_EQ(bad_passes, 0);
}
#endif

}  // namespace
}  // namespace yaosu::schema

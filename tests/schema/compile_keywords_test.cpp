// A schema with several bad keywords gets one diagnostic per bad keyword: one
// bad value must not hide the keywords compiled after it (issue #14).
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/schema/schema_test_support.h"

namespace yaosu::schema::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

// Problems: "code at keyword_location" for each diagnostic of a schema that must not compile.
std::vector<std::string> Problems(std::string_view schema_text) {
  Result<CompiledSchema> compiled = CompiledSchema::Compile(Json(schema_text), SchemaRegistry());
  EXPECT_FALSE(compiled.ok()) << schema_text;
  std::vector<std::string> problems;
  for (const Diagnostic& d : compiled.diagnostics()) problems.push_back(d.code + " at " + d.keyword_location);
  return problems;
}

TEST(Regression, Issue14_EveryBadCoreKeywordIsReported) {
  EXPECT_THAT(Problems(R"({"$ref": 1, "$dynamicRef": 2})"),
              ElementsAre("schema.invalid_keyword at /$ref", "schema.invalid_keyword at /$dynamicRef"));
}

TEST(Regression, Issue14_EveryBadValidationKeywordIsReported) {
  EXPECT_THAT(
      Problems(R"({"type": "text", "pattern": 3, "minItems": -1, "maxProperties": "many",
                           "required": [1], "dependentRequired": 4})"),
      UnorderedElementsAre("schema.invalid_keyword at /type", "schema.invalid_keyword at /pattern",
                           "schema.invalid_keyword at /minItems", "schema.invalid_keyword at /maxProperties",
                           "schema.invalid_keyword at /required", "schema.invalid_keyword at /dependentRequired"));
  EXPECT_THAT(Problems(R"({"minimum": "0", "maximum": "9"})"),
              UnorderedElementsAre("schema.invalid_keyword at /minimum", "schema.invalid_keyword at /maximum"));
}

TEST(Regression, Issue14_EveryBadApplicatorKeywordIsReported) {
  EXPECT_THAT(Problems(R"({"dependencies": 5, "patternProperties": {"(": {}}, "additionalProperties": 3,
                           "propertyNames": 1})"),
              UnorderedElementsAre(
                  "schema.invalid_keyword at /dependencies", "schema.invalid_pattern at /patternProperties/(",
                  "schema.invalid_keyword at /additionalProperties", "schema.invalid_keyword at /propertyNames"));
  EXPECT_THAT(Problems(R"({"contains": 5, "minContains": -1, "maxContains": "2"})"),
              UnorderedElementsAre("schema.invalid_keyword at /contains", "schema.invalid_keyword at /minContains",
                                   "schema.invalid_keyword at /maxContains"));
}

TEST(CompileKeywords, BadKeywordsInEveryVocabularyAreAllReported) {
  EXPECT_THAT(Problems(R"({"$ref": 1, "allOf": [], "pattern": 3, "minLength": 1.5, "unevaluatedItems": 2})"),
              UnorderedElementsAre("schema.invalid_keyword at /$ref", "schema.invalid_keyword at /allOf",
                                   "schema.invalid_keyword at /pattern", "schema.invalid_keyword at /minLength",
                                   "schema.invalid_keyword at /unevaluatedItems"));
}

TEST(CompileKeywords, OneDiagnosticPerBadKeyword) {
  // A keyword with several bad parts is still one problem.
  EXPECT_THAT(
      Problems(R"({"required": [1, 2], "dependentRequired": {"a": [1], "b": [2]}})"),
      UnorderedElementsAre("schema.invalid_keyword at /required", "schema.invalid_keyword at /dependentRequired"));
}

}  // namespace
}  // namespace yaosu::schema::testing

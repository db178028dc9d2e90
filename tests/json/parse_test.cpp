#include "core/json/parse.h"

#include <string>

#include <gtest/gtest.h>

namespace yaosu {
namespace {

TEST(ParseJson, ParsesChineseText) {
  Result<nlohmann::json> doc = ParseJson(R"({"name": "张三", "amount": 12.5})");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ((*doc)["name"], "张三");
  EXPECT_DOUBLE_EQ((*doc)["amount"].get<double>(), 12.5);
}

TEST(ParseJson, SyntaxErrorGivesLineAndColumn) {
  Result<nlohmann::json> doc = ParseJson("{\n  \"a\": 1,\n  \"b\": ]\n}");
  ASSERT_FALSE(doc.ok());
  const Diagnostic& d = doc.diagnostics().front();
  EXPECT_EQ(d.code, "json.syntax");
  EXPECT_EQ(d.params["line"], 3);
  EXPECT_EQ(d.params["column"], 8);
}

TEST(ParseJson, ColumnsCountCodePoints) {
  Result<nlohmann::json> doc = ParseJson("[\"张三\" x]");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.diagnostics().front().params["column"], 7);
}

TEST(ParseJson, RejectsTruncatedInput) {
  Result<nlohmann::json> doc = ParseJson(R"({"a": [1, 2)");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.diagnostics().front().code, "json.syntax");
}

TEST(ParseJson, RejectsInvalidUtf8) {
  Result<nlohmann::json> doc = ParseJson("\"\xC3\x28\"");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.diagnostics().front().code, "json.syntax");
}

TEST(ParseJson, RejectsDuplicateKeysWithTheirLocation) {
  Result<nlohmann::json> doc = ParseJson(R"({"party": {"name": "a", "name": "b"}})");
  ASSERT_FALSE(doc.ok());
  const Diagnostic& d = doc.diagnostics().front();
  EXPECT_EQ(d.code, "json.duplicate_key");
  EXPECT_EQ(d.params["key"], "name");
  EXPECT_EQ(d.instance_location, "/party");
}

TEST(ParseJson, RejectsNestingBeyondTheLimitWithoutRecursing) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  Result<nlohmann::json> doc = ParseJson(deep);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.diagnostics().front().code, "json.too_deep");
  EXPECT_EQ(doc.diagnostics().front().params["limit"], 256);
}

TEST(ParseJson, BracketsInsideStringsDoNotCountAsNesting) {
  const std::string text = "\"" + std::string(1000, '[') + "\"";
  EXPECT_TRUE(ParseJson(text).ok());
}

TEST(ParseJson, RejectsTextLargerThanTheLimit) {
  Result<nlohmann::json> doc = ParseJson("[1, 2, 3]", ParseLimits{.max_bytes = 4});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.diagnostics().front().code, "json.too_large");
}

TEST(ParseJson, AcceptsMegabyteStrings) {
  const std::string text = "\"" + std::string(4u << 20, 'x') + "\"";
  Result<nlohmann::json> doc = ParseJson(text);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->get_ref<const std::string&>().size(), 4u << 20);
}

}  // namespace
}  // namespace yaosu

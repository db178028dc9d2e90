#include "core/json/pointer.h"

#include <gtest/gtest.h>

namespace yaosu {
namespace {

TEST(JsonPointer, EscapesTildeAndSlash) { EXPECT_EQ(EscapePointerToken("a/b~c"), "a~1b~0c"); }

TEST(JsonPointer, ParsesTokens) {
  const auto tokens = ParsePointer("/plaintiffs/0/a~1b~0c");
  ASSERT_TRUE(tokens.has_value());
  EXPECT_EQ(*tokens, (std::vector<std::string>{"plaintiffs", "0", "a/b~c"}));
  EXPECT_TRUE(ParsePointer("")->empty());
}

TEST(JsonPointer, RejectsMalformedPointers) {
  EXPECT_FALSE(ParsePointer("no-slash").has_value());
  EXPECT_FALSE(ParsePointer("/bad~2escape").has_value());
  EXPECT_FALSE(ParsePointer("/trailing~").has_value());
}

TEST(JsonPointer, ResolvesIntoObjectsAndArrays) {
  const nlohmann::json doc = nlohmann::json::parse(R"({"plaintiffs": [{"name": "张三"}], "": 1})");
  ASSERT_NE(ResolvePointer(doc, "/plaintiffs/0/name"), nullptr);
  EXPECT_EQ(*ResolvePointer(doc, "/plaintiffs/0/name"), "张三");
  EXPECT_EQ(*ResolvePointer(doc, "/"), 1);
  EXPECT_EQ(ResolvePointer(doc, ""), &doc);
  EXPECT_EQ(ResolvePointer(doc, "/plaintiffs/01"), nullptr);  // not a canonical index
  EXPECT_EQ(ResolvePointer(doc, "/plaintiffs/1"), nullptr);
  EXPECT_EQ(ResolvePointer(doc, "/plaintiffs/-"), nullptr);
}

TEST(JsonPointer, PercentDecodes) {
  EXPECT_EQ(PercentDecode("/a%25b%20c"), "/a%b c");
  EXPECT_FALSE(PercentDecode("/bad%2").has_value());
  EXPECT_FALSE(PercentDecode("/bad%zz").has_value());
}

}  // namespace
}  // namespace yaosu

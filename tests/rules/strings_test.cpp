// String operators: cat, substr (code points), in.
#include <gtest/gtest.h>

#include <string_view>

#include <nlohmann/json.hpp>

#include "core/json/parse.h"
#include "core/rules/rule.h"
#include "tests/rules/rule_test_support.h"

namespace {

using nlohmann::json;
using yaosu::rules::testing::Eval;
using yaosu::rules::testing::J;

}  // namespace

TEST(StringOperators, CatStringifiesLikeJavaScript) {
  EXPECT_EQ(Eval(R"({"cat": ["a", 1, 2.5, true, null]})"), "a12.5true");
  EXPECT_EQ(Eval(R"({"cat": {"var": "parts"}})", R"({"parts": ["原告", "：", "张三"]})"), "原告：张三");
}

TEST(StringOperators, SubstrCountsCodePoints) {
  EXPECT_EQ(Eval(R"({"substr": ["北京市朝阳区", 0, 3]})"), "北京市");
  EXPECT_EQ(Eval(R"({"substr": ["北京市朝阳区", -3]})"), "朝阳区");
  EXPECT_EQ(Eval(R"({"substr": ["jsonlogic", 1, -5]})"), "son");
  EXPECT_EQ(Eval(R"({"substr": ["test", 10, 1]})"), "");
}

TEST(StringOperators, InSearchesStringsAndArrays) {
  EXPECT_EQ(Eval(R"({"in": ["借款", "民间借款合同"]})"), true);
  EXPECT_EQ(Eval(R"({"in": [1, ["1", 2]]})"), false);  // strict membership
  EXPECT_EQ(Eval(R"({"in": ["x", 5]})"), false);
}

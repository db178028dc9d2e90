// Data access: val, var, exists, missing, missing_some.
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

TEST(DataOperators, VarReadsDottedPathsWithDefaults) {
  const char* data = R"({"loan": {"parties": ["甲", "乙"], "rate": 0}})";
  EXPECT_EQ(Eval(R"({"var": "loan.parties.1"})", data), "乙");
  EXPECT_EQ(Eval(R"({"var": ["loan.rate", 4]})", data), 0);  // present zero is not replaced
  EXPECT_EQ(Eval(R"({"var": ["loan.term", 12]})", data), 12);
  EXPECT_EQ(Eval(R"({"var": ""})", "7"), 7);
}

TEST(DataOperators, ValTakesKeysLiterally) {
  EXPECT_EQ(Eval(R"({"val": ["a.b"]})", R"({"a.b": 1, "a": {"b": 2}})"), 1);
  EXPECT_EQ(Eval(R"({"val": ["a", "b"]})", R"({"a": {"b": 2}})"), 2);
  EXPECT_EQ(Eval(R"({"val": ["x", "y"]})", R"({"x": 1})"), nullptr);
}

TEST(DataOperators, ExistsSeesNullValues) {
  EXPECT_EQ(Eval(R"({"exists": "a"})", R"({"a": null})"), true);
  EXPECT_EQ(Eval(R"({"exists": ["a", "b"]})", R"({"a": {}})"), false);
}

TEST(DataOperators, MissingCountsNullAndEmptyStrings) {
  EXPECT_EQ(Eval(R"({"missing": ["name", "id", "phone"]})", R"({"name": "张三", "id": ""})"), J(R"(["id", "phone"])"));
  EXPECT_EQ(Eval(R"({"missing_some": [1, ["phone", "email"]]})", R"({"email": "a@b.cn"})"), J("[]"));
  EXPECT_EQ(Eval(R"({"missing_some": [2, ["phone", "email"]]})", R"({"email": "a@b.cn"})"), J(R"(["phone"])"));
}

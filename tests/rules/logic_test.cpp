// Logic operators: if / ?:, and, or, !, !!, ?? — values, truthiness and laziness.
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

TEST(LogicOperators, IfPicksTheFirstTruthyBranchAndElse) {
  EXPECT_EQ(Eval(R"({"if": [false, "a", 0, "b", "c"]})"), "c");
  EXPECT_EQ(Eval(R"({"if": [[], "a", "0", "b"]})"), "b");  // [] is falsy, "0" is not
  EXPECT_EQ(Eval(R"({"?:": [true, 1, 2]})"), 1);
  EXPECT_EQ(Eval(R"({"if": []})"), nullptr);
}

TEST(LogicOperators, IfIsLazy) { EXPECT_EQ(Eval(R"({"if": [true, "ok", {"throw": "never"}]})"), "ok"); }

TEST(LogicOperators, AndOrReturnTheDecidingValue) {
  EXPECT_EQ(Eval(R"({"and": [1, "x", [1]]})"), J("[1]"));
  EXPECT_EQ(Eval(R"({"and": [1, 0, {"throw": "never"}]})"), 0);
  EXPECT_EQ(Eval(R"({"or": [0, "", null, "hit", {"throw": "never"}]})"), "hit");
  EXPECT_EQ(Eval(R"({"or": []})"), false);
}

TEST(LogicOperators, NonListArgumentsAreInvalidAtCompileTime) {
  EXPECT_EQ(Eval(R"({"and": true})"), "compile:rule.invalid_arguments");
  EXPECT_EQ(Eval(R"({"if": {"preserve": [true, 1, 2]}})"), "compile:rule.invalid_arguments");
}

TEST(LogicOperators, NotAndDoubleNotUseJsonLogicTruthiness) {
  EXPECT_EQ(Eval(R"({"!": [[]]})"), true);
  EXPECT_EQ(Eval(R"({"!!": {"var": "o"}})", R"({"o": {}})"), true);
  EXPECT_EQ(Eval(R"({"!!": ["0"]})"), true);
}

TEST(LogicOperators, CoalesceSkipsOnlyNull) {
  EXPECT_EQ(Eval(R"({"??": [null, false, "x"]})"), false);
  EXPECT_EQ(Eval(R"({"??": [{"val": "a"}, "默认"]})", "{}"), "默认");
}

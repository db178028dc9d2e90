// Arithmetic operators: + - * / % min max, coercion and NaN.
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

TEST(ArithmeticOperators, CoercesNumericStringsBooleansAndNull) {
  EXPECT_EQ(Eval(R"({"+": [1, "2", true, null, ""]})"), 4);
  EXPECT_EQ(Eval(R"({"*": ["1.5", 2]})"), 3);
  EXPECT_EQ(Eval(R"({"+": "1e2"})"), 100);
}

TEST(ArithmeticOperators, UnaryForms) {
  EXPECT_EQ(Eval(R"({"-": 2})"), -2);
  EXPECT_EQ(Eval(R"({"/": 2})"), 0.5);
  EXPECT_EQ(Eval(R"({"+": []})"), 0);
  EXPECT_EQ(Eval(R"({"*": []})"), 1);
  EXPECT_EQ(Eval(R"({"-": []})"), "error:Invalid Arguments");
  EXPECT_EQ(Eval(R"({"%": [5]})"), "error:Invalid Arguments");
}

TEST(ArithmeticOperators, NonNumbersAndNonFiniteResultsAreNaN) {
  EXPECT_EQ(Eval(R"({"+": ["元", 1]})"), "error:NaN");
  EXPECT_EQ(Eval(R"({"+": [[1], 1]})"), "error:NaN");
  EXPECT_EQ(Eval(R"({"/": [1, 0]})"), "error:NaN");
  EXPECT_EQ(Eval(R"({"%": [1, 0]})"), "error:NaN");
}

TEST(ArithmeticOperators, RemainderKeepsTheDividendSign) {
  EXPECT_EQ(Eval(R"({"%": [-8, 3]})"), -2);
  EXPECT_EQ(Eval(R"({"%": [8, -3]})"), 2);
}

TEST(ArithmeticOperators, SpreadsOneArrayArgument) {
  EXPECT_EQ(Eval(R"({"max": {"var": "xs"}})", R"({"xs": [3, 9, 4]})"), 9);
  EXPECT_EQ(Eval(R"({"min": [3, 9, 4]})"), 3);
  EXPECT_EQ(Eval(R"({"+": {"preserve": [7, 8]}})"), 15);
}

TEST(ArithmeticOperators, IntegralResultsAreIntegers) {
  const json sum = Eval(R"({"+": [0.5, 0.5]})");
  EXPECT_TRUE(sum.is_number_integer()) << sum;
}

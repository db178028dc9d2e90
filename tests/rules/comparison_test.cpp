// Comparison operators: loose and strict equality, ordering, chains, NaN errors.
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

TEST(ComparisonOperators, LooseEqualityConvertsToNumbers) {
  EXPECT_EQ(Eval(R"({"==": [1, "1"]})"), true);
  EXPECT_EQ(Eval(R"({"==": [null, 0]})"), true);
  EXPECT_EQ(Eval(R"({"!=": [1, true]})"), false);
}

TEST(ComparisonOperators, StrictEqualityComparesTypes) {
  EXPECT_EQ(Eval(R"({"===": [1, "1"]})"), false);
  EXPECT_EQ(Eval(R"({"===": [1, 1.0]})"), true);
  EXPECT_EQ(Eval(R"({"!==": [null, 0]})"), true);
}

TEST(ComparisonOperators, StringsCompareAsTextSoIsoDatesOrder) {
  EXPECT_EQ(Eval(R"({"<": ["2024-01-01", "2024-01-02"]})"), true);
  EXPECT_EQ(Eval(R"({"<": [2023, "2024-01-01"]})"), "error:NaN");
}

TEST(ComparisonOperators, BetweenChainsAndStopsEarly) {
  EXPECT_EQ(Eval(R"({"<=": [1, {"var": "x"}, 10]})", R"({"x": 10})"), true);
  EXPECT_EQ(Eval(R"({"<": [1, {"var": "x"}, 10]})", R"({"x": 10})"), false);
  EXPECT_EQ(Eval(R"({">": [1, 2, {"throw": "never"}]})"), false);
}

TEST(ComparisonOperators, ArraysAndObjectsAreNaN) {
  EXPECT_EQ(Eval(R"({"==": [[1], 1]})"), "error:NaN");
  EXPECT_EQ(Eval(R"({">": [{}, 1]})"), "error:NaN");
}

TEST(ComparisonOperators, NeedTwoArguments) {
  EXPECT_EQ(Eval(R"({"<": [1]})"), "error:Invalid Arguments");
  EXPECT_EQ(Eval(R"({"==": 1})"), "compile:rule.invalid_arguments");
}

// Array operators and iterators: merge, map, filter, reduce, all, some, none, scopes.
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

TEST(ArrayOperators, MergeFlattensOneLevel) {
  EXPECT_EQ(Eval(R"({"merge": [[1, [2]], 3, null]})"), J("[1, [2], 3, null]"));
}

TEST(ArrayOperators, MapFilterReduce) {
  const char* data = R"({"claims": [{"amount": 100}, {"amount": 250}, {"amount": 50}]})";
  EXPECT_EQ(Eval(R"({"map": [{"var": "claims"}, {"var": "amount"}]})", data), J("[100, 250, 50]"));
  EXPECT_EQ(Eval(R"({"filter": [{"var": "claims"}, {">": [{"var": "amount"}, 80]}]})", data),
            J(R"([{"amount": 100}, {"amount": 250}])"));
  EXPECT_EQ(
      Eval(R"({"reduce": [{"var": "claims"}, {"+": [{"var": "accumulator"}, {"var": "current.amount"}]}, 0]})", data),
      400);
}

TEST(ArrayOperators, MissingCollectionsMapToEmptyButQuantifiersRefuse) {
  EXPECT_EQ(Eval(R"({"map": [{"var": "none"}, 1]})", "{}"), J("[]"));
  EXPECT_EQ(Eval(R"({"all": [{"var": "none"}, true]})", "{}"), "error:Invalid Arguments");
  EXPECT_EQ(Eval(R"({"map": [null, 1]})"), "error:Invalid Arguments");
}

TEST(ArrayOperators, QuantifiersOnEmptyArrays) {
  EXPECT_EQ(Eval(R"({"all": [[], true]})"), false);
  EXPECT_EQ(Eval(R"({"some": [[], true]})"), false);
  EXPECT_EQ(Eval(R"({"none": [[], true]})"), true);
}

TEST(ArrayOperators, QuantifiersStopAtTheDecidingElement) {
  EXPECT_EQ(Eval(R"({"some": [[1, 2], {"if": [{"==": [{"val": []}, 1]}, true, {"throw": "late"}]}]})"), true);
}

TEST(ArrayOperators, ValClimbsScopesFromInsideIterators) {
  EXPECT_EQ(Eval(R"({"map": [[10, 20], {"+": [{"val": []}, {"val": [[1], "index"]}, {"val": [[2], "bonus"]}]}]})",
                 R"({"bonus": 1})"),
            J("[11, 22]"));
}

// Past the root is the root, however far: a count too large for an integer (found by the jsonlogic fuzz target,
// fuzz/regressions/jsonlogic/val-scope-count-beyond-size-t) or infinite climbs to the rule's data.
TEST(ArrayOperators, ValClimbingPastTheRootReadsTheRoot) {
  EXPECT_EQ(Eval(R"({"map": [[1], {"val": [[88888888888888888888884], "bonus"]}]})", R"({"bonus": 7})"), J("[7]"));
  EXPECT_EQ(Eval(R"({"map": [[1], {"val": [[-1e308], "bonus"]}]})", R"({"bonus": 7})"), J("[7]"));
  EXPECT_EQ(Eval(R"({"map": [[1], {"val": [["x"], "bonus"]}]})", R"({"bonus": 7})"), J("[null]"));
}

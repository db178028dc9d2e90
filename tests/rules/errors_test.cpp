// Errors: throw and try, and the values they carry.
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

TEST(ErrorOperators, ThrowStringOrObject) {
  EXPECT_EQ(Eval(R"({"throw": "逾期"})"), "error:逾期");
  EXPECT_EQ(Eval(R"({"throw": {"var": "e"}})", R"({"e": {"type": "Bad"}})"), "error:Bad");
}

TEST(ErrorOperators, TryFallsBackWithTheErrorAsData) {
  EXPECT_EQ(Eval(R"({"try": [{"/": [1, 0]}, {"cat": ["caught ", {"val": "type"}]}]})"), "caught NaN");
  EXPECT_EQ(Eval(R"({"try": [{"throw": "A"}, {"val": [[2], "fallback"]}]})", R"({"fallback": 5})"), 5);
  EXPECT_EQ(Eval(R"({"try": [{"throw": "A"}, {"throw": "B"}]})"), "error:B");
}

TEST(ErrorOperators, ErrorMessagesAndJsonShape) {
  auto rule = yaosu::rules::Rule::Compile(J(R"({"+": ["x"]})"));
  ASSERT_TRUE(rule.ok());
  const yaosu::rules::Outcome outcome = rule->Evaluate(json());
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.ToJson()["error"]["type"], "NaN");
  EXPECT_FALSE(outcome.error().message.empty());
  EXPECT_EQ(yaosu::rules::Outcome(json(3)).ToJson(), J(R"({"result": 3})"));
}

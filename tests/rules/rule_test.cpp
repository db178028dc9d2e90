// Rule: compile diagnostics, the operator registry, and hostile rules and data
// (deep nesting, huge arrays, the operation budget).
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "core/rules/rule.h"
#include "tests/rules/rule_test_support.h"

namespace {

using nlohmann::json;
using yaosu::rules::Rule;
using yaosu::rules::testing::J;

TEST(Rule, UnknownOperatorIsACompileDiagnosticWithItsPointer) {
  auto rule = Rule::Compile(J(R"({"and": [true, {"frobnicate": [1]}]})"));
  ASSERT_FALSE(rule.ok());
  ASSERT_EQ(rule.diagnostics().size(), 1u);
  const yaosu::Diagnostic& d = rule.diagnostics()[0];
  EXPECT_EQ(d.code, "rule.unknown_operator");
  EXPECT_EQ(d.keyword_location, "/and/1");
  EXPECT_EQ(d.params["operator"], "frobnicate");
  EXPECT_EQ(d.params["type"], "Unknown Operator");
}

TEST(Rule, ObjectsWithSeveralKeysAreNotRules) {
  auto rule = Rule::Compile(J(R"({"var": "a", "val": "b"})"));
  ASSERT_FALSE(rule.ok());
  EXPECT_EQ(rule.diagnostics()[0].code, "rule.invalid_rule");
}

TEST(Rule, PreserveKeepsDataUnevaluated) {
  auto rule = Rule::Compile(J(R"({"preserve": {"frobnicate": 1}})"));
  ASSERT_TRUE(rule.ok());
  EXPECT_EQ(rule->Evaluate(json()).value(), J(R"({"frobnicate": 1})"));
}

TEST(Rule, CompiledOnceEvaluatedManyTimes) {
  auto rule = Rule::Compile(J(R"({"*": [{"var": "x"}, 2]})"));
  ASSERT_TRUE(rule.ok());
  for (int x = 0; x < 5; ++x) EXPECT_EQ(rule->Evaluate(json{{"x", x}}).value(), 2 * x);
}

TEST(OperatorRegistry, DomainOperatorsAreAddedWithoutTouchingTheEngine) {
  yaosu::rules::OperatorRegistry registry = yaosu::rules::OperatorRegistry::WithBuiltins();
  registry.Add({"fen", yaosu::rules::ArgShape::kAny, yaosu::rules::ArgScope::kCurrent,
                [](yaosu::rules::CallContext& call) -> yaosu::rules::Outcome {
                  std::vector<json> args;
                  if (auto error = call.EvaluateArguments(args)) return *error;
                  if (args.size() != 1 || !args[0].is_number()) {
                    return yaosu::rules::MakeError(yaosu::rules::kErrorInvalidArguments, "fen takes one number");
                  }
                  return json(static_cast<long long>(args[0].get<double>() * 100 + 0.5));
                }});
  auto rule = Rule::Compile(J(R"({"fen": {"var": "yuan"}})"), registry);
  ASSERT_TRUE(rule.ok());
  EXPECT_EQ(rule->Evaluate(json{{"yuan", 12.34}}).value(), 1234);
  EXPECT_FALSE(Rule::Compile(J(R"({"fen": 1})")).ok());  // the built-in registry is untouched
}

TEST(RuleLimits, DeepNestingIsACompileDiagnosticNotACrash) {
  json rule = true;
  for (int i = 0; i < 100000; ++i) rule = json{{"!", json::array({std::move(rule)})}};
  auto compiled = Rule::Compile(rule);
  ASSERT_FALSE(compiled.ok());
  EXPECT_EQ(compiled.diagnostics()[0].code, "rule.too_deep");
  EXPECT_EQ(compiled.diagnostics()[0].params["type"], "Depth Limit");
}

TEST(RuleLimits, NestingWithinTheLimitEvaluates) {
  json rule = true;
  for (int i = 0; i < 40; ++i) rule = json{{"!", json::array({std::move(rule)})}};
  auto compiled = Rule::Compile(rule);
  ASSERT_TRUE(compiled.ok());
  EXPECT_EQ(compiled->Evaluate(json()).value(), true);
}

TEST(RuleLimits, HugeArraysRunWithinTheBudget) {
  json data = {{"xs", json::array()}};
  for (int i = 0; i < 100000; ++i) data["xs"].push_back(i);
  auto rule = Rule::Compile(J(R"({"reduce": [{"var": "xs"}, {"+": [{"var": "accumulator"}, 1]}, 0]})"));
  ASSERT_TRUE(rule.ok());
  EXPECT_EQ(rule->Evaluate(data).value(), 100000);
}

TEST(RuleLimits, ExhaustedBudgetIsAFatalErrorThatTryCannotCatch) {
  json data = {{"xs", json::array()}};
  for (int i = 0; i < 2000; ++i) data["xs"].push_back(i);
  // 2000 × 2000 nested iterations: far beyond a small budget.
  auto rule = Rule::Compile(J(R"({"try": [{"map": [{"var": "xs"}, {"map": [{"val": [[2], "xs"]}, 1]}]}, "caught"]})"),
                            yaosu::rules::OperatorRegistry::Builtin(), {.max_depth = 200, .max_operations = 100000});
  ASSERT_TRUE(rule.ok());
  const yaosu::rules::Outcome outcome = rule->Evaluate(data);
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.error().type, "Budget Exceeded");
  EXPECT_TRUE(outcome.error().fatal);
}

TEST(RuleLimits, MergeDoublingIsStoppedByTheBudget) {
  // Each step doubles the accumulator; copying elements is charged, so this ends quickly.
  auto rule = Rule::Compile(
      J(R"({"reduce": [{"var": "xs"}, {"merge": [{"var": "accumulator"}, {"var": "accumulator"}]}, [1]]})"),
      yaosu::rules::OperatorRegistry::Builtin(), {.max_depth = 200, .max_operations = 1000000});
  ASSERT_TRUE(rule.ok());
  json data = {{"xs", json::array()}};
  for (int i = 0; i < 64; ++i) data["xs"].push_back(i);
  const yaosu::rules::Outcome outcome = rule->Evaluate(data);
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.error().type, "Budget Exceeded");
}

}  // namespace

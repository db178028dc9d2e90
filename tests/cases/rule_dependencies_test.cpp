// What rules and computed values read, worked out from their JsonLogic: the
// element paths they name, computed values read through, and "everything"
// whenever the analysis cannot be sure.
#include "core/cases/rule_dependencies.h"

#include <gtest/gtest.h>

#include "core/cases/case_library.h"
#include "core/cases/form_operators.h"
#include "core/json/parse.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;
using Pointers = std::vector<std::string>;

json Logic(std::string_view text) { return ParseJson(text).value(); }

// Reads: what `logic` reads, with the operators of case-type rules.
DataReads Reads(const json& logic, bool iterates) { return ExpressionReads(logic, iterates, FormOperators()); }

TEST(RuleDependencies, VarPathsBecomePointers) {
  const DataReads reads = Reads(
      Logic(R"({"and": [{"var": "facts.amount.actual"}, {"var": ["claims.total", 0]}, {"var": "a/b.0"}]})"), false);
  EXPECT_FALSE(reads.everything);
  EXPECT_EQ(reads.pointers, (Pointers{"/facts/amount/actual", "/claims/total", "/a~1b/0"}));
  EXPECT_EQ(Reads(Logic(R"({"val": ["facts", "rate"]})"), false).pointers, Pointers{"/facts/rate"});
  EXPECT_EQ(Reads(Logic(R"({"missing": ["a.b", "c"]})"), false).pointers, (Pointers{"/a/b", "/c"}));
  // "1e0" is index 1 of an array: the read stops above it.
  EXPECT_EQ(Reads(Logic(R"({"var": "items.1e0.x"})"), false).pointers, Pointers{"/items"});
}

TEST(RuleDependencies, ComputedValuesAndTheEachItemAreNamed) {
  const DataReads reads = Reads(Logic(R"({"+": [{"var": "computed.court_fee"}, {"var": "item.amount"}]})"), true);
  EXPECT_EQ(reads.computed, Pointers{"court_fee"});
  EXPECT_TRUE(reads.pointers.empty());  // the item comes from the `each` arrays, which the rule adds
  // Outside an `each` rule `item` is just a (stray) member of the form.
  EXPECT_EQ(Reads(Logic(R"({"var": "item.amount"})"), false).pointers, Pointers{"/item/amount"});
  EXPECT_TRUE(Reads(Logic(R"({"var": "computed"})"), false).all_computed);
}

TEST(RuleDependencies, IteratorBodiesReadTheirElements) {
  const DataReads reads = Reads(
      Logic(
          R"({"reduce": [{"var": "facts.disbursements"}, {"+": [{"var": "current.amount"}, {"var": "accumulator"}]}, 0]})"),
      false);
  EXPECT_FALSE(reads.everything);
  EXPECT_EQ(reads.pointers, Pointers{"/facts/disbursements"});
  // Climbing out of the element to the form's data is a read of the form.
  const DataReads climbed = Reads(Logic(R"({"map": [{"var": "xs"}, {"val": [[2], "rate"]}]})"), false);
  EXPECT_EQ(climbed.pointers, (Pointers{"/xs", "/rate"}));
  EXPECT_EQ(Reads(Logic(R"({"map": [{"var": "xs"}, {"val": [[1], "index"]}]})"), false).pointers, Pointers{"/xs"});
}

TEST(RuleDependencies, WhatCannotBeFollowedReadsEverything) {
  EXPECT_TRUE(Reads(Logic(R"({"var": {"cat": ["facts.", "x"]}})"), false).everything);
  EXPECT_TRUE(Reads(Logic(R"({"var": ""})"), false).everything);
  EXPECT_TRUE(Reads(Logic(R"({"missing": {"merge": ["a"]}})"), false).everything);
  EXPECT_TRUE(Reads(Logic(R"({"some_new_operator": [1]})"), false).everything);
  EXPECT_FALSE(Reads(Logic(R"({"cat": ["a", 1]})"), false).everything);
}

// Every operator a rule may use says how it scopes its arguments, so none is
// left to "reads everything" (or, worse, read in the wrong scope) by omission.
TEST(RuleDependencies, EveryFormOperatorDeclaresHowItScopesItsArguments) {
  const rules::OperatorRegistry& operators = FormOperators();
  ASSERT_GT(operators.Names().size(), 40u);  // the built-ins and the legal operators
  for (const std::string& name : operators.Names()) {
    const rules::ArgScope scope = operators.Find(name)->scope;
    EXPECT_NE(scope, rules::ArgScope::kUndeclared) << name;
    // ... and the analysis follows each: literal arguments read nothing (a data reader reads what they name).
    if (scope != rules::ArgScope::kDataPath) {
      EXPECT_FALSE(Reads(json{{name, json::array({1, 2})}}, false).everything) << name;
    }
  }
}

TEST(RuleDependencies, ScopesComeFromTheOperatorsEntry) {
  rules::OperatorRegistry operators = FormOperators();
  const auto evaluate = [](rules::CallContext& call) { return call.Evaluate(0); };
  operators.Add({"first", rules::ArgShape::kAny, rules::ArgScope::kCurrent, evaluate});
  operators.Add({"each_of", rules::ArgShape::kList, rules::ArgScope::kIterator, evaluate});
  operators.Add({"undeclared", rules::ArgShape::kAny, rules::ArgScope::kUndeclared, evaluate});
  EXPECT_EQ(ExpressionReads(Logic(R"({"first": [{"var": "a"}, {"var": "b"}]})"), false, operators).pointers,
            (Pointers{"/a", "/b"}));
  EXPECT_EQ(ExpressionReads(Logic(R"({"each_of": [{"var": "xs"}, {"var": "x"}]})"), false, operators).pointers,
            Pointers{"/xs"});  // the body reads the element, not the form
  EXPECT_TRUE(ExpressionReads(Logic(R"({"undeclared": [{"var": "a"}]})"), false, operators).everything);
}

TEST(RuleDependencies, ChangesTouchReadsOnTheirPath) {
  const Dependencies reads{.everything = false, .pointers = {"/facts/amount/actual", "/claims"}};
  EXPECT_TRUE(reads.Touches("/facts/amount/actual"));
  EXPECT_TRUE(reads.Touches("/facts/amount"));           // a parent replaced
  EXPECT_TRUE(reads.Touches("/claims/items/0/amount"));  // inside what is read
  EXPECT_TRUE(reads.Touches(""));
  EXPECT_FALSE(reads.Touches("/facts/amount/agreed"));
  EXPECT_FALSE(reads.Touches("/claim"));
  EXPECT_FALSE(reads.Touches("/claimsx"));
}

TEST(RuleDependencies, ComputedValuesAreReadThrough) {
  const std::vector<DataReads> values = {DataReads{.pointers = {"/claims/principal"}},
                                         DataReads{.pointers = {"/claims/total"}, .computed = {"principal"}}};
  const std::vector<Dependencies> resolved = ResolveComputed(values, {"principal", "fee"});
  EXPECT_EQ(resolved[1].pointers, (Pointers{"/claims/total", "/claims/principal"}));
  const Dependencies rule = Resolve(DataReads{.computed = {"fee"}}, resolved, {"principal", "fee"});
  EXPECT_TRUE(rule.Touches("/claims/principal/amount"));
  EXPECT_FALSE(rule.Touches("/facts"));
}

TEST(RuleDependencies, TheBuiltInFormsAreCheckedIncrementally) {
  for (const CaseForm* form : CaseLibrary::Builtin()->forms()) {
    EXPECT_NE(form->split_schema(), nullptr) << form->id();
    const FormDependencies& dependencies = form->dependencies();
    EXPECT_TRUE(dependencies.incremental) << form->id();
    std::size_t narrow = 0;
    for (const Dependencies& rule : dependencies.rules) narrow += rule.everything ? 0 : 1;
    EXPECT_EQ(narrow, dependencies.rules.size()) << form->id();
    for (const Dependencies& value : dependencies.computed) EXPECT_FALSE(value.everything) << form->id();
  }
}

}  // namespace
}  // namespace yaosu::cases

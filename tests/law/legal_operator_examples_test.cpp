// Legal operators as data: every case of tests/law/data/{court_fee_kinds,
// limitation_last_day,param}.json is a JsonLogic rule run against the built-in
// parameters, with a full-sentence name, the hand computation in "worked", and
// what is expected:
//   {"value": v}                      the rule's value is exactly v
//   {"subset": {...}, "absent": [...]} an object result has these fields with these
//                                      values, and not those (court_fee_calculation)
//   {"error": type, "message"?: m}     a rule error of that type (and message)
//
// Court fees are worked from 诉讼费用交纳办法 (国务院令第481号, 2006-12-19, in
// force 2007-04-01; https://www.gov.cn/ziliao/flfg/2006-12/29/content_483682.htm)
// 第十三条; the last days of limitation periods from 民法典 第一百八十八条、
// 第二百零一条至第二百零三条 and the State Council General Office's yearly
// holiday notices (schemas/params/calendar/rest_days.json).
#include <string>

#include <gtest/gtest.h>

#include "core/law/legal_operators.h"
#include "core/law/limitation.h"
#include "core/rules/rule.h"
#include "tests/law/law_test_support.h"

namespace yaosu::law {
namespace {

using nlohmann::json;
using testing::Eval;

class LegalOperatorExamples : public ::testing::TestWithParam<const char*> {};

TEST_P(LegalOperatorExamples, EveryCaseGivesTheHandWorkedAnswer) {
  ASSERT_TRUE(ParameterSet::Builtin().ok()) << ToJson(ParameterSet::Builtin().diagnostics()).dump(2);
  const json cases = testing::ReadLawData(GetParam());
  ASSERT_TRUE(cases.is_array());
  EXPECT_FALSE(cases.empty());
  for (const json& c : cases) {
    SCOPED_TRACE(c.value("name", "") + " — " + c.value("worked", ""));
    ASSERT_TRUE(c.contains("rule") && c.contains("expect") && c.contains("worked"));
    Result<rules::Rule> rule = rules::Rule::Compile(c["rule"], testing::LegalRegistry());
    ASSERT_TRUE(rule.ok()) << ToJson(rule.diagnostics()).dump();
    const rules::Outcome outcome = rule->Evaluate(c.contains("data") ? c["data"] : json(nullptr));
    const json& expect = c["expect"];
    if (expect.contains("error")) {
      ASSERT_FALSE(outcome.ok()) << outcome.value().dump();
      EXPECT_EQ(outcome.error().type, expect["error"].get<std::string>());
      if (expect.contains("message")) {
        EXPECT_EQ(outcome.error().message, expect["message"].get<std::string>());
      }
      continue;
    }
    ASSERT_TRUE(outcome.ok()) << outcome.error().type << ": " << outcome.error().message;
    if (expect.contains("value")) {
      EXPECT_EQ(outcome.value(), expect["value"]);
    }
    if (expect.contains("subset")) {
      ASSERT_TRUE(outcome.value().is_object()) << outcome.value().dump();
      for (const auto& [key, value] : expect["subset"].items()) {
        EXPECT_EQ(outcome.value().value(key, json()), value) << key << " in " << outcome.value().dump();
      }
    }
    for (const json& key : expect.value("absent", json::array())) {
      EXPECT_FALSE(outcome.value().contains(key.get<std::string>())) << key << " in " << outcome.value().dump();
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Law, LegalOperatorExamples,
                         ::testing::Values("court_fee_kinds.json", "limitation_last_day.json", "param.json"),
                         [](const ::testing::TestParamInfo<const char*>& file) {
                           std::string name = file.param;
                           return name.substr(0, name.find('.'));
                         });

TEST(CourtFeeKinds, CalculationCitesTheArticleOfItsKind) {
  const json divorce = Eval(R"({"court_fee_calculation": [300000, "2025-10-08", "divorce"]})");
  ASSERT_TRUE(divorce["citations"].is_array());
  EXPECT_NE(divorce["citations"].dump().find("第十三条第二项第1目"), std::string::npos) << divorce.dump();
  const json labour = Eval(R"({"court_fee_calculation": [null, "2025-10-08", "labour"]})");
  EXPECT_NE(labour["citations"].dump().find("第十三条第四项"), std::string::npos) << labour.dump();
  // A flat fee's steps do not show an amount that does not count.
  const json labour_with_amount = Eval(R"({"court_fee_calculation": [50000, "2025-10-08", "labour"]})");
  EXPECT_EQ(labour_with_amount["steps"], labour["steps"]);
}

TEST(CourtFeeKinds, TwoArgumentsAndPropertyAreTheSameCalculation) {
  // The published 2025.1 forms call court_fee_calculation with two arguments; the
  // "property" kind must give them the very same object, steps and citations included.
  EXPECT_EQ(Eval(R"({"court_fee_calculation": [104500, "2025-10-08"]})"),
            Eval(R"({"court_fee_calculation": [104500, "2025-10-08", "property"]})"));
}

TEST(LimitationLastDay, StepsNameTheArticlesAndTheNotice) {
  Result<LimitationEnd> end = LimitationLastDay(*ParameterSet::Builtin(), {2022, 1, 29}, "general");
  ASSERT_TRUE(end.ok()) << ToJson(end.diagnostics()).dump();
  EXPECT_EQ(ToString(end->nominal_day), "2025-01-29");
  EXPECT_EQ(ToString(end->last_day), "2025-02-05");
  EXPECT_EQ(end->years, 3);
  std::string steps;
  for (const std::string& s : end->steps) steps += s + "\n";
  EXPECT_NE(steps.find("第二百零一条"), std::string::npos) << steps;
  EXPECT_NE(steps.find("春节放假（国办发明电〔2024〕12号）"), std::string::npos) << steps;
  EXPECT_NE(steps.find("第二百零三条"), std::string::npos) << steps;
  std::string citations;
  for (const std::string& s : end->citations) citations += s + "\n";
  EXPECT_NE(citations.find("https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm"), std::string::npos)
      << citations;
}

TEST(LimitationLastDay, MonthEndRoundingIsSaidInTheSteps) {
  Result<LimitationEnd> end = LimitationLastDay(*ParameterSet::Builtin(), {2020, 2, 29}, "general");
  ASSERT_TRUE(end.ok());
  EXPECT_EQ(ToString(end->last_day), "2023-02-28");
  EXPECT_NE(end->steps[2].find("月末日"), std::string::npos) << end->steps[2];
}

TEST(LimitationLastDay, OutsideTheCalendarIsADiagnosticWithTheRange) {
  Result<LimitationEnd> end = LimitationLastDay(*ParameterSet::Builtin(), {2024, 5, 1}, "general");
  ASSERT_FALSE(end.ok());
  const Diagnostic& d = end.diagnostics().front();
  EXPECT_EQ(d.code, "law.calendar.not_covered");
  EXPECT_EQ(d.params["date"], "2027-05-01");
  EXPECT_EQ(d.params["from"], "2017-01-01");
  EXPECT_EQ(d.params["to"], "2026-12-28");
  EXPECT_EQ(d.params["calendar"], "calendar/rest_days");
}

}  // namespace
}  // namespace yaosu::law

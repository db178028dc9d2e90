// The legal operators as case-type rules use them: dates, fen, LPR, rate cap,
// court fee and resident-ID facts inside JsonLogic.
#include "core/law/legal_operators.h"

#include <gtest/gtest.h>

#include "tests/law/law_test_support.h"

namespace yaosu::law {
namespace {

using testing::Eval;

TEST(LegalOperators, CountsDaysAndRefusesAmbiguousMonthEnds) {
  EXPECT_EQ(Eval(R"({"days_between": ["2025-01-01", "2025-09-30"]})"), 272);
  EXPECT_EQ(Eval(R"({"add_months": ["2024-01-15", 1]})"), "2024-02-15");
  EXPECT_EQ(Eval(R"({"add_months": ["2024-01-31", 1]})"), "error:Ambiguous Date");
  EXPECT_EQ(Eval(R"({"days_between": ["2025-02-30", "2025-03-01"]})"), "error:Invalid Arguments");
}

TEST(LegalOperators, WholeMonthsAndYearsBetweenDates) {
  EXPECT_EQ(Eval(R"({"months_between": ["2024-01-15", "2024-02-14"]})"), 0);
  EXPECT_EQ(Eval(R"({"months_between": ["2024-01-15", "2024-02-15"]})"), 1);
  EXPECT_EQ(Eval(R"({"months_between": ["2023-01-31", "2023-02-28"]})"), 1);  // no 31 February: month end completes it
  EXPECT_EQ(Eval(R"({"months_between": ["2024-01-31", "2024-02-28"]})"), 0);  // 2024 has a 29 February
  EXPECT_EQ(Eval(R"({"months_between": ["2025-03-15", "2024-12-15"]})"), -3);
  EXPECT_EQ(Eval(R"({"years_between": ["1985-06-15", "2025-06-14"]})"), 39);
  EXPECT_EQ(Eval(R"({"years_between": ["1985-06-15", "2025-06-15"]})"), 40);
  EXPECT_EQ(Eval(R"({"years_between": ["2020-02-29", "2023-02-28"]})"), 3);
}

TEST(LegalOperators, AddDaysAndTheEndOfALimitationPeriod) {
  EXPECT_EQ(Eval(R"({"add_days": ["2024-12-31", 1]})"), "2025-01-01");
  EXPECT_EQ(Eval(R"({"add_days": ["2024-03-01", -1]})"), "2024-02-29");
  EXPECT_EQ(Eval(R"({"add_days": ["2024-03-01", 1.5]})"), "error:Invalid Arguments");
  // 民法典 arts. 188, 201-202: a period running from 2022-01-01 ends on 2025-01-01;
  // one running from 29 February ends on 28 February (no corresponding day).
  EXPECT_EQ(Eval(R"({"limitation_ends": ["2022-01-01", "general"]})"), "2025-01-01");
  EXPECT_EQ(Eval(R"({"limitation_ends": ["2024-02-29", "general"]})"), "2027-02-28");
  // 民法总则 (from 2017-10-01) already had three years; before it the table has no value, so no guess.
  EXPECT_EQ(Eval(R"({"limitation_ends": ["2018-05-10", "general"]})"), "2021-05-10");
  EXPECT_EQ(Eval(R"({"limitation_ends": ["2016-05-10", "general"]})"), "error:No Legal Value");
  EXPECT_EQ(Eval(R"({"limitation_ends": ["2022-01-01", "no_such_kind"]})"), "error:No Legal Value");
}

TEST(LegalOperators, RoundsHalfAwayFromZeroOnTheWrittenDigits) {
  EXPECT_EQ(Eval(R"({"round": [{"*": [0.333, 12]}, 4]})"), 3.996);
  EXPECT_EQ(Eval(R"({"round": [2.675, 2]})"), 2.68);
  EXPECT_EQ(Eval(R"({"round": [-2.5, 0]})"), -3);
  EXPECT_EQ(Eval(R"({"round": [1.5, 7]})"), "error:Invalid Arguments");
}

TEST(LegalOperators, MoneyBecomesFen) {
  EXPECT_EQ(Eval(R"({"fen": 12345.67})"), 1234567);
  EXPECT_EQ(Eval(R"({"fen": "0.3"})"), 30);
  EXPECT_EQ(Eval(R"({"fen": 0.005})"), "error:Invalid Arguments");
  // 0.1 + 0.2 summed in fen is exactly 30 fen.
  EXPECT_EQ(Eval(R"({"+": [{"fen": 0.1}, {"fen": 0.2}]})"), 30);
}

TEST(LegalOperators, LprAndTheFourTimesCap) {
  EXPECT_EQ(Eval(R"({"lpr": ["2024-03-01", "1y"]})"), 3.45);
  EXPECT_EQ(Eval(R"({"lpr": ["2019-08-19", "1y"]})"), "error:No Legal Value");  // before the first LPR: no default
  // A 15% annual rate on a loan signed 2023-01-01 exceeds 4 × 3.65% = 14.6%.
  EXPECT_EQ(Eval(R"({">": [{"var": "rate"}, {"rate_cap": [{"var": "signed_on"}]}]})",
                 R"({"rate": 15, "signed_on": "2023-01-01"})"),
            true);
}

// param reads the 30% by which a penalty may exceed the loss (合同法解释（二） 第29条 from 2009-05-13,
// 合同编通则解释 第65条 from 2023-12-05) — the figure 物业服务合同纠纷's rule weighs a penalty against —
// and refuses a day before the first text, an unknown id and a parameter that is not a plain figure.
TEST(LegalOperators, ParamReadsThePenaltyBenchmarkInForce) {
  EXPECT_EQ(Eval(R"({"param": ["penalties/excessive_above_loss", "2025-06-30"]})"), 30);
  EXPECT_EQ(Eval(R"({"param": ["penalties/excessive_above_loss", "2009-05-13"]})"), 30);
  EXPECT_EQ(Eval(R"({"param": ["penalties/excessive_above_loss", "2009-05-12"]})"), "error:No Legal Value");
  EXPECT_EQ(Eval(R"({"param": ["penalties/no_such_figure", "2025-06-30"]})"), "error:No Legal Value");
  EXPECT_EQ(Eval(R"({"param": ["rates/private_lending_cap", "2025-06-30"]})"), "error:No Legal Value");
  EXPECT_EQ(Eval(R"({"param": ["rates/lpr_one_year", "2024-03-01"]})"), 3.45);
}

TEST(LegalOperators, CourtFeeOnTheTotalClaim) {
  EXPECT_EQ(Eval(R"({"court_fee": [100000, "2025-10-08"]})"), 230000);  // 2,300.00 yuan
}

TEST(LegalOperators, CourtFeeWithItsStepsAndCitations) {
  const nlohmann::json fee = Eval(R"({"court_fee_calculation": [100000, "2025-10-08"]})");
  EXPECT_EQ(fee["value"], 230000);
  EXPECT_EQ(fee["display"], "2300.00");
  ASSERT_TRUE(fee["steps"].is_array());
  EXPECT_GE(fee["steps"].size(), 2u);
  EXPECT_NE(fee["citations"][0].get<std::string>().find("诉讼费用交纳办法"), std::string::npos);
}

TEST(LegalOperators, PreservationFeeAndSimpleInterest) {
  // Art. 14(2): 30 yuan up to 1,000 yuan, then 1% up to 100,000: 30 + 990 = 1,020 yuan.
  EXPECT_EQ(Eval(R"({"preservation_fee": [100000, "2025-10-08"]})"), 102000);
  // 100,000 yuan at 6% a year for a whole year of 365 days: 6,000 yuan.
  EXPECT_EQ(Eval(R"({"simple_interest": [100000, 6, "2024-01-01", "2024-12-31", 365]})"), 600000);
  // 273 days: 100,000 × 6% × 273 / 365 = 4,487.671… yuan, rounded to the fen.
  EXPECT_EQ(Eval(R"({"simple_interest": [100000, 6, "2024-12-31", "2025-09-30", 365]})"), 448767);
  EXPECT_EQ(Eval(R"({"simple_interest": [100000, 6, "2025-09-30", "2024-12-31", 365]})"), "error:No Legal Value");
  EXPECT_EQ(Eval(R"({"simple_interest": [100000, 6, "2024-12-31", "2025-09-30", 366]})"), "error:Invalid Arguments");
}

TEST(LegalOperators, ResidentIdFactsForCrossChecks) {
  const nlohmann::json facts = Eval(R"({"resident_id": ["11010519491231002X"]})");
  EXPECT_EQ(facts["valid"], true);
  EXPECT_EQ(facts["birth_date"], "1949-12-31");
  EXPECT_EQ(facts["sex"], "female");
  // The rule a complaint form uses: the entered sex must agree with the ID number.
  EXPECT_EQ(Eval(R"({"==": [{"var": "sex"}, {"var": "id.sex"}]})", R"({"sex": "male", "id": {"sex": "female"}})"),
            false);
  EXPECT_EQ(Eval(R"({"resident_id": ["110105194912310031"]})")["reason"], "check_character");
}

}  // namespace
}  // namespace yaosu::law

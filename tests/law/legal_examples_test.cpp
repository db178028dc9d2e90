// Legal examples as data: every case of tests/law/data/{court_fees, preservation_fees,
// lpr, rate_caps, interest}.json is run against the built-in parameters. Each case
// has a full-sentence name, its input, the expected figure as a clerk writes it
// ("2300.00" yuan, "15.4%"), and a "worked" field with the hand computation.
//
// The property-case band edges of art. 13(1), by hand (each checked also with
// the reference's quick formula for that band):
//        10,000 → 50                                            = 50
//       100,000 → 50 + 90,000 × 2.5% (2,250)                    = 2,300    (X × 2.5% − 200)
//       200,000 → 2,300 + 100,000 × 2% (2,000)                  = 4,300    (X × 2% + 300)
//       500,000 → 4,300 + 300,000 × 1.5% (4,500)                = 8,800    (X × 1.5% + 1,300)
//     1,000,000 → 8,800 + 500,000 × 1% (5,000)                  = 13,800   (X × 1% + 3,800)
//     2,000,000 → 13,800 + 1,000,000 × 0.9% (9,000)             = 22,800   (X × 0.9% + 4,800)
//     5,000,000 → 22,800 + 3,000,000 × 0.8% (24,000)            = 46,800   (X × 0.8% + 6,800)
//    10,000,000 → 46,800 + 5,000,000 × 0.7% (35,000)            = 81,800   (X × 0.7% + 11,800)
//    20,000,000 → 81,800 + 10,000,000 × 0.6% (60,000)           = 141,800  (X × 0.6% + 21,800)
//    30,000,000 → 141,800 + 10,000,000 × 0.5% (50,000)          = 191,800  (X × 0.5% + 41,800)
// Preservation (art. 14(2)): 100,000 → 30 + 99,000 × 1% = 1,020; 1,000,000 →
// 1,020 + 900,000 × 0.5% = 5,520, over the 5,000 cap → 5,000.
#include <string>

#include <gtest/gtest.h>

#include "core/law/decimal.h"
#include "core/law/fees.h"
#include "core/law/interest.h"
#include "core/law/rates.h"
#include "tests/law/law_test_support.h"

namespace yaosu::law {
namespace {

using nlohmann::json;

std::string Str(const json& object, const char* key) {
  return object.contains(key) && object[key].is_string() ? object[key].get<std::string>() : std::string();
}

CivilDate Date(const json& object, const char* key) {
  Result<CivilDate> d = ParseCivilDate(Str(object, key));
  EXPECT_TRUE(d.ok()) << key;
  return d.ok() ? *d : CivilDate{};
}

Procedure ProcedureFrom(const std::string& name) {
  if (name == "simplified") return Procedure::kSimplified;
  if (name == "mediation") return Procedure::kMediationOrWithdrawal;
  return Procedure::kOrdinary;
}

Result<Calculation> RunCase(const json& c) {
  const ParameterSet& params = *ParameterSet::Builtin();
  const std::string calculator = Str(c, "calculator");
  const json& in = c["input"];
  if (calculator == "court_fee" || calculator == "preservation_fee") {
    std::optional<int64_t> amount;
    if (in.contains("amount")) amount = ParseYuan(Str(in, "amount"));
    if (calculator == "preservation_fee") return PreservationFee(params, amount, Date(c, "as_of"));
    FeeRequest r{.kind = *ParseFeeKind(Str(in, "kind")),
                 .amount_fen = amount,
                 .procedure = ProcedureFrom(Str(in, "procedure")),
                 .as_of = Date(c, "as_of")};
    return CourtFee(params, r);
  }
  if (calculator == "lpr") return LprOn(params, Date(in, "date"), *ParseLprTerm(Str(in, "term")));
  if (calculator == "rate_cap") return RateCap(params, Date(in, "contract_date"));
  if (calculator == "interest") {
    InterestRequest r{.principal_fen = *ParseYuan(Str(in, "principal")),
                      .rate_ppm = *ParsePercent(Str(in, "rate")),
                      .from = Date(in, "from"),
                      .to = Date(in, "to"),
                      .basis = in["basis"] == 360 ? DayCountBasis::k360 : DayCountBasis::k365};
    return SimpleInterest(r);
  }
  return Diagnostic{.code = "test.unknown_calculator"};
}

class LegalExamples : public ::testing::TestWithParam<const char*> {};

TEST_P(LegalExamples, EveryCaseGivesTheHandWorkedFigure) {
  ASSERT_TRUE(ParameterSet::Builtin().ok());
  const json cases = testing::ReadLawData(GetParam());
  ASSERT_TRUE(cases.is_array());
  EXPECT_FALSE(cases.empty());
  for (const json& c : cases) {
    SCOPED_TRACE(Str(c, "name") + " — " + Str(c, "worked"));
    const json& expect = c["expect"];
    const Result<Calculation> got = RunCase(c);
    if (expect.contains("error")) {
      ASSERT_FALSE(got.ok());
      EXPECT_EQ(got.diagnostics()[0].code, Str(expect, "error"));
      continue;
    }
    ASSERT_TRUE(got.ok()) << ToJson(got.diagnostics()).dump();
    EXPECT_EQ(Display(got->value, got->unit), Str(expect, "value"));
    if (expect.contains("value_max")) {
      ASSERT_TRUE(got->value_max.has_value());
      EXPECT_EQ(Display(*got->value_max, got->unit), Str(expect, "value_max"));
    } else {
      EXPECT_FALSE(got->value_max.has_value());
    }
    std::vector<std::string> warnings;
    for (const Diagnostic& d : got->warnings) warnings.push_back(d.code);
    std::vector<std::string> expected_warnings;
    if (expect.contains("warnings")) expected_warnings = expect["warnings"].get<std::vector<std::string>>();
    EXPECT_EQ(warnings, expected_warnings);
    EXPECT_FALSE(got->steps.empty());
    if (Str(c, "calculator") != "interest") {
      EXPECT_FALSE(got->citations.empty());
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Law, LegalExamples,
                         ::testing::Values("court_fees.json", "preservation_fees.json", "lpr.json", "rate_caps.json",
                                           "interest.json"),
                         [](const ::testing::TestParamInfo<const char*>& file) {
                           std::string name = file.param;
                           return name.substr(0, name.find('.'));
                         });

TEST(CourtFee, StepsShowEachBandOfAHundredThousandYuanCase) {
  FeeRequest r{.kind = FeeKind::kProperty, .amount_fen = 10000000, .as_of = {2025, 6, 1}};
  Result<Calculation> fee = CourtFee(*ParameterSet::Builtin(), r);
  ASSERT_TRUE(fee.ok());
  const std::string all = ToJson(*fee).dump();
  EXPECT_NE(all.find("10000.00元至100000.00元的部分 90000.00元 × 2.5% = 2250.00元"), std::string::npos) << all;
  EXPECT_NE(all.find("第十三条第一项"), std::string::npos) << all;
}

TEST(RateCap, StepsShowFourTimesTheLpr) {
  Result<Calculation> cap = RateCap(*ParameterSet::Builtin(), {2023, 9, 1});
  ASSERT_TRUE(cap.ok());
  const std::string all = ToJson(*cap).dump();
  EXPECT_NE(all.find("3.45% × 4 = 13.8%"), std::string::npos) << all;
}

}  // namespace
}  // namespace yaosu::law

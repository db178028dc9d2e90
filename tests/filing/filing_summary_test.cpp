// What court staff see of a filing beside its verdict (issue #11, item 6): the
// warnings it carries listed apart from errors, the claim total and court fee
// as filed, and the element a problem concerns. And what a digest can say
// (item 3): a copy re-digested after a change matches itself, so a verdict only
// says "matches the digest written in it", never who made the file.
#include "core/filing/filing_summary.h"

#include <gtest/gtest.h>

#include "core/diagnostics/message_catalog.h"
#include "tests/filing/filing_test_support.h"

namespace yaosu::filing {
namespace {

using nlohmann::json;
using testing::Example;
using testing::Form;
using testing::kCreatedAt;

json RateAboveCap() {
  return Produce(Form("private-lending", "complaint"), Example("private-lending/complaint/invalid/rate_above_cap.json"),
                 kCreatedAt)
      .value();
}

TEST(Regression, Issue11_AFilingsWarningsAreListedApartFromErrors) {
  const json filing = RateAboveCap();
  const Verification check = Verify(filing, *cases::CaseLibrary::Builtin());
  ASSERT_TRUE(check.ok);
  const json summary = SummarizeFiling(filing, check);
  EXPECT_TRUE(summary["problems"].empty());
  ASSERT_EQ(summary["warnings"].size(), 1u);
  EXPECT_EQ(summary["warnings"][0]["code"], "private-lending.rate_above_cap");
  EXPECT_EQ(summary["warnings"][0]["severity"], "warning");
  EXPECT_NE(summary["warnings"][0]["message"]["zh"].get<std::string>().find("14.6%"), std::string::npos);
  EXPECT_EQ(summary["warnings"][0]["element"]["row"], "facts.rate");
  EXPECT_EQ(summary["parties"]["plaintiffs"].size(), 1u);
  EXPECT_EQ(summary["claim_total_fen"], 24686027);
  EXPECT_EQ(summary["court_fee_fen"], filing["computed"]["court_fee"]);
}

TEST(Regression, Issue11_AProblemSaysWhichElementItConcerns) {
  json filing = RateAboveCap();
  filing["computed"]["court_fee"] = 1;
  filing["instance"]["claims"]["principal"]["amount"] = "x";
  const Verification check = Verify(filing, *cases::CaseLibrary::Builtin());
  const json summary = SummarizeFiling(filing, check);
  bool fee = false, principal = false;
  for (const json& problem : summary["problems"]) {
    if (problem["code"] == "filing.computed_differs" && problem["params"]["id"] == "court_fee") {
      fee = problem["element"]["computed"] == "court_fee" &&
            problem["message"]["zh"].get<std::string>().find("案件受理费") != std::string::npos;
    }
    if (problem["instanceLocation"] == "/instance/claims/principal/amount")
      principal = problem["element"]["row"] == "claims.principal";
  }
  EXPECT_TRUE(fee) << summary["problems"].dump();
  EXPECT_TRUE(principal) << summary["problems"].dump();
}

TEST(FilingSummary, AFileThatIsNoFilingStillListsItsProblems) {
  const json list = json::array();
  const json summary = SummarizeFiling(list, Verify(list, *cases::CaseLibrary::Builtin()));
  ASSERT_FALSE(summary["problems"].empty());
  EXPECT_TRUE(summary["problems"][0]["element"].is_null());
  EXPECT_TRUE(summary["warnings"].empty());
}

TEST(Regression, Issue11_ADigestDoesNotSayWhoMadeTheFile) {
  json forged = testing::FilingOf("private-lending", "complaint", "transfer-loan-overdue");
  forged["instance"]["claims"]["principal"]["as_of"] = "2025-09-29";  // changed, then digested again
  const Verification before = Verify(forged, *cases::CaseLibrary::Builtin());
  ASSERT_FALSE(before.digest_matches);
  const std::string message = before.ToJson()["problems"][0]["message"]["zh"];
  EXPECT_EQ(message.find("改动"), std::string::npos) << message;  // it cannot know when or by whom
  EXPECT_NE(message.find("不能证明由谁制作"), std::string::npos) << message;
  forged["digest"]["value"] = before.digest;
  const Verification after = Verify(forged, *cases::CaseLibrary::Builtin());
  EXPECT_TRUE(after.digest_matches);  // so staff compare with the digest recorded on receipt
  EXPECT_NE(json(after.digest),
            testing::FilingOf("private-lending", "complaint", "transfer-loan-overdue")["digest"]["value"]);
}

}  // namespace
}  // namespace yaosu::filing

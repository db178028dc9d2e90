// The help a page gives a person filling a form (core/assist/), on the
// 民间借贷 complaint of issue #11: a 200,000 loan with 195,000 actually
// provided at 1.5% a month, typed from an empty form.
#include "core/assist/form_help.h"

#include <gtest/gtest.h>

#include "core/assist/completeness.h"
#include "core/assist/deadline.h"
#include "core/assist/fee_choices.h"
#include "core/assist/row_progress.h"
#include "core/cases/case_library.h"
#include "core/cases/form_session.h"
#include "core/json/parse.h"
#include "core/law/fees.h"
#include "tests/support/test_options.h"

namespace yaosu::assist {
namespace {

using nlohmann::json;

json Json(std::string_view text) { return ParseJson(text).value(); }

// The form as issue #11 met it: version 2025.1 (its computed values' names are the defaults FormHelp reads).
const cases::CaseForm& Complaint() {
  return *cases::CaseLibrary::Builtin()->FindById("private_lending.complaint", "2025.1");
}

json Help(const json& instance, std::string_view today = "2027-09-24") {
  const cases::CaseForm& form = Complaint();
  return FormHelp(form, instance, form.Validate(instance), today);
}

json Loan() {
  return Json(R"({
    "plaintiffs": [{"kind": "natural_person", "name": "王小明"}],
    "defendants": [{"kind": "natural_person", "name": "李大海"}],
    "claims": {"principal": {"as_of": "2025-09-30", "amount": 195000}, "interest": {"as_of": "2025-09-30", "amount": 36000},
               "litigation_costs": {"claimed": true}, "total": 200000},
    "facts": {"amount": {"agreed": 200000, "actual": 195000, "delivery": "transfer"},
              "contract": {"signed_on": "2024-09-01"}, "term": {"matured": true, "start": "2024-09-01", "end": "2024-12-31"},
              "rate": {"percent": 1.5, "unit": "per_month"}}})");
}

TEST(Regression, Issue11_FiguresUseTodayUntilTheFormIsDatedAndSaySo) {
  const json help = Help(Loan());
  EXPECT_EQ(help["as_of"], Json(R"({"pointer": "/signature/date", "date": "2027-09-24", "given": false})"));
  ASSERT_TRUE(help["today_values"].contains("court_fee"));  // the form's own figure, with today's date
  EXPECT_EQ(help["today_values"]["court_fee"], 430000);
  json dated = Loan();
  dated["signature"] = {{"date", "2025-10-08"}};
  const json given = Help(dated);
  EXPECT_EQ(given["as_of"]["given"], true);
  EXPECT_EQ(given["as_of"]["date"], "2025-10-08");
  EXPECT_TRUE(given["today_values"].empty());
}

TEST(Regression, Issue11_AFigureThatCannotBeComputedNamesWhatItWaitsFor) {
  const cases::CaseForm& form = Complaint();
  const json empty = json::object();
  const json help = FormHelp(form, empty, form.Validate(empty), "not a day");
  EXPECT_EQ(help["needs"]["court_fee"], Json(R"(["/claims/total", "/signature/date"])"));
  EXPECT_EQ(help["needs"]["limitation_start"], Json(R"(["/facts/overdue/since", "/facts/term/end"])"));
  EXPECT_EQ(help["fee"]["needs"], Json(R"(["/signature/date"])"));
  // With today's date only the amount is missing; nothing claimed yet gives no estimate either.
  EXPECT_EQ(Help(empty)["needs"]["court_fee"], Json(R"(["/claims/total"])"));
  EXPECT_EQ(Help(empty)["fee"]["needs"], Json(R"(["/claims/total"])"));
}

TEST(Regression, Issue11_TheFeeIsTheFeeOfTheTotalTheFormWillFileUnderEachProcedure) {
  json dated = Loan();
  dated["signature"] = {{"date", "2025-10-08"}};
  const cases::CaseForm& form = Complaint();
  const cases::FormResult result = form.Validate(dated);
  const json help = FormHelp(form, dated, result, "2027-09-24");
  // The items add up to 231,000 but the form files the 标的总额 typed, 200,000: the fee is that one's.
  EXPECT_EQ(result.computed["total_claim"], 23100000);
  const json& fee = help["fee"];
  EXPECT_EQ(fee["amount_pointer"], "/claims/total");
  EXPECT_EQ(fee["amount_source"], "entered");
  EXPECT_EQ(fee["amount_fen"], 20000000);
  EXPECT_EQ(fee["choices"][0]["procedure"], "ordinary");
  EXPECT_EQ(fee["choices"][0]["fee"]["value"], 430000);
  EXPECT_EQ(fee["choices"][0]["fee"]["value"], result.computed["court_fee"]);
  EXPECT_EQ(fee["choices"][1]["procedure"], "simplified");
  EXPECT_EQ(fee["choices"][1]["fee"]["value"], 215000);
  EXPECT_EQ(fee["choices"][1]["when"]["zh"], "适用简易程序审理的案件减半交纳案件受理费");
  EXPECT_EQ(fee["choices"][2]["procedure"], "mediation_or_withdrawal");
  // Steps in both languages, sources official.
  EXPECT_EQ(fee["choices"][0]["fee"]["steps"]["en"][1], "Amount: 200000.00 yuan");
  for (const json& source : fee["choices"][1]["fee"]["sources"]) {
    EXPECT_EQ(source["url"].get<std::string>().rfind("https://www.gov.cn/", 0), 0u) << source.dump();
  }
  // Without a typed total, the computed one, said so.
  json untyped = dated;
  untyped["claims"].erase("total");
  EXPECT_EQ(FormHelp(form, untyped, form.Validate(untyped), "2027-09-24")["fee"]["amount_source"], "computed");
}

TEST(Regression, Issue11_LimitationWarnsWhenLessThanSixMonthsRemain) {
  const std::optional<DeadlineNotice> soon = LimitationNotice("2028-01-01", "2027-09-24");
  ASSERT_TRUE(soon);
  EXPECT_EQ(soon->days_left, 99);
  EXPECT_TRUE(soon->soon);
  EXPECT_EQ(soon->ToDiagnostic("")->code, "assist.limitation_soon");
  EXPECT_FALSE(LimitationNotice("2028-01-01", "2027-07-01")->soon);  // six months and a day: not yet
  EXPECT_TRUE(LimitationNotice("2028-01-01", "2027-07-02")->soon);
  EXPECT_FALSE(LimitationNotice("2028-01-01", "2027-07-01")->ToDiagnostic(""));
  EXPECT_TRUE(LimitationNotice("2028-01-01", "2028-01-02")->passed);
  EXPECT_FALSE(LimitationNotice("2028-02-30", "2027-07-01"));
  // In the form: the term ended 2024-12-31, so the period runs to 2028-01-01.
  const json help = Help(Loan());
  EXPECT_EQ(help["limitation"]["ends"], "2028-01-01");
  EXPECT_EQ(help["limitation"]["days_left"], 99);
  EXPECT_EQ(help["limitation"]["diagnostic"]["code"], "assist.limitation_soon");
  EXPECT_NE(help["limitation"]["diagnostic"]["message"]["zh"].get<std::string>().find("2028-01-01"), std::string::npos);
}

TEST(Regression, Issue11_ProgressCountsWhatTheFormNeedsAndOptionalRowsApart) {
  std::string text;
  const json empty = json::object();
  const json blank = RowProgress(Complaint(), empty, Complaint().Validate(empty).states);
  EXPECT_EQ(blank["needed"]["filled"], 0);
  EXPECT_GT(blank["optional"]["total"], 0);
  // A form ready to file has every needed row filled, whatever the optional ones.
  const json ready = Json(R"({
    "plaintiffs": [{"kind": "natural_person", "name": "王小明"}], "defendants": [{"kind": "natural_person", "name": "李大海"}],
    "claims": {"principal": {"as_of": "2025-09-30", "amount": 1000}, "total": 1000},
    "facts": {"amount": {"actual": 1000, "delivery": "cash"}, "evidence": [{"name": "借条"}]},
    "signature": {"signer": "王小明", "date": "2025-10-08"}})");
  const json progress = RowProgress(Complaint(), ready, Complaint().Validate(ready).states);
  EXPECT_EQ(progress["needed"]["filled"], progress["needed"]["total"]);
  EXPECT_EQ(progress["needed"]["total"], 7);  // 原告, 被告, 本金, 标的总额, 借款金额, 证据清单, 签名
  EXPECT_LT(progress["optional"]["filled"], progress["optional"]["total"]);  // 第三人 and others left empty
  EXPECT_EQ(progress["sections"][0]["missing"], json::array());
}

TEST(Regression, Issue11_MissingAndUnfinishedElementsAreTold) {
  EXPECT_TRUE(IsIncomplete(Diagnostic{.code = "schema.required", .params = {{"missing", "name"}}}));
  EXPECT_TRUE(IsIncomplete(
      Diagnostic{.code = "schema.format", .params = {{"format", "cn-resident-id"}, {"reason", "length"}}}));
  EXPECT_FALSE(IsIncomplete(
      Diagnostic{.code = "schema.format", .params = {{"format", "cn-resident-id"}, {"reason", "check_character"}}}));
  EXPECT_FALSE(IsIncomplete(Diagnostic{.code = "schema.type"}));
}

TEST(Regression, Issue11_CitationsNameTheOfficialTextWhileRecordedStepsStayAsFiled) {
  const law::ParameterSet& parameters = law::ParameterSet::Builtin().value();
  const law::CivilDate day = *law::ParseCivilDate("2025-10-08");
  const law::Calculation official = *law::CourtFee(parameters, {.amount_fen = 10000000, .as_of = day});
  ASSERT_EQ(official.citations.size(), 1u);
  EXPECT_EQ(official.citations[0],
            "诉讼费用交纳办法（国务院令第481号） 第十三条第一项 "
            "(https://www.gov.cn/ziliao/flfg/2006-12/29/content_483682.htm)");
  const law::Calculation recorded =
      *law::CourtFee(parameters, {.amount_fen = 10000000, .as_of = day, .citations = law::CitationStyle::kAsRecorded});
  EXPECT_EQ(recorded.citations[0],
            "诉讼费用交纳办法（国务院令第481号） 第十三条第一项 (http://uianet.net/dictionary/b15703197.html)");
  EXPECT_EQ(recorded.steps, official.steps);
  // No parameter points at a third-party copy any more.
  for (const auto& [id, parameter] : parameters.parameters()) {
    const std::string url = parameter.reference.value("url", "");
    for (const char* unofficial : {"uianet", "woyouyishu", "sdcdtf"})
      EXPECT_EQ(url.find(unofficial), std::string::npos) << id;
  }
}

// A divorce (离婚纠纷): the fee is of kind divorce (诉讼费用交纳办法 第13条(二)1), on the value of the
// property to divide the form computes — or with no property, the fee of a divorce alone.
TEST(FormHelpFee, ADivorceIsChargedAsADivorceOnThePropertyToDivide) {
  const cases::CaseForm* form = cases::CaseLibrary::Builtin()->Find("divorce", "complaint");
  ASSERT_NE(form, nullptr);
  std::string text;
  ASSERT_TRUE(yaosu::testing::ReadFile(
      std::string(YAOSU_SOURCE_DIR) +
          "/tests/cases/examples/divorce/complaint/valid/wife-sues-domestic-violence-two-children.json",
      text));
  json instance = Json(text);
  const cases::FormResult result = form->Validate(instance);
  const json fee = FormHelp(*form, instance, result, "2026-12-06")["fee"];
  EXPECT_EQ(fee["amount_source"], "computed_value");
  EXPECT_EQ(fee["amount_fen"], 143000000);  // 1,200,000 + 80,000 + 150,000 yuan
  EXPECT_EQ(fee["amount_label"]["zh"].get<std::string>().rfind("要求分割的夫妻共同财产价值合计", 0), 0u);
  EXPECT_EQ(fee["choices"][0]["fee"]["value"], result.computed["court_fee"]);
  EXPECT_NE(fee["choices"][0]["when"]["zh"].get<std::string>().find("离婚"), std::string::npos);
  EXPECT_EQ(fee["choices"][1]["fee"]["value"], result.computed["court_fee"].get<int64_t>() / 2);

  instance["claims"]["property"] = {{"present", false}};
  const cases::FormResult alone = form->Validate(instance);
  const json without = FormHelp(*form, instance, alone, "2026-12-06")["fee"];
  EXPECT_TRUE(without["amount_fen"].is_null());
  EXPECT_EQ(without["choices"][0]["fee"]["value"], 5000);  // 50 yuan, the lowest of 50–300
  EXPECT_EQ(without["choices"][0]["fee"]["value"], alone.computed["court_fee"]);
}

}  // namespace
}  // namespace yaosu::assist

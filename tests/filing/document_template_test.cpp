// Filling print templates: every filter, blanks for what is missing, lists
// chosen by a field, and no way for data to break a template.
#include "core/filing/document_template.h"

#include <gtest/gtest.h>

#include "core/json/parse.h"

namespace yaosu::filing {
namespace {

using nlohmann::json;

json Json(std::string_view text) { return ParseJson(text).value(); }

const json kItems = Json(R"({
  "party": {"by": "kind", "natural_person": "{name}（{sex|check:male}男 {sex|check:female}女）",
            "organisation": "{name}，法定代表人{representative}"},
  "payment": "{date|date}付{amount|yuan}元"})");

TEST(FillTemplate, FormatsDatesMoneyAndCapitals) {
  const json principal = Json(R"({"as_of": "2025-09-30", "amount": 104500})");
  EXPECT_EQ(FillTemplate("截至{as_of|date}止，尚欠本金{amount|yuan}元（{amount|capital}）", principal, kItems),
            "截至2025年9月30日止，尚欠本金104500.00元（壹拾万肆仟伍佰元整）");
  EXPECT_EQ(FillTemplate("年利率{percent|percent}", Json(R"({"percent": 6})"), kItems), "年利率6%");
}

TEST(FillTemplate, TicksBoxesForBooleansEnumsAndLists) {
  EXPECT_EQ(FillTemplate("是{claimed|check:true} 否{claimed|check:false}", Json(R"({"claimed": false})"), kItems),
            "是☐ 否☑");
  EXPECT_EQ(FillTemplate("现金{d|check:cash} 转账{d|check:transfer}", Json(R"({"d": "transfer"})"), kItems),
            "现金☐ 转账☑");
  EXPECT_EQ(FillTemplate("修理{r|check:repair} 退货{r|check:return}", Json(R"({"r": ["return"]})"), kItems),
            "修理☐ 退货☑");
  // Nothing answered: every box empty, not an error.
  EXPECT_EQ(FillTemplate("是{claimed|check:true} 否{claimed|check:false}", json::object(), kItems), "是☐ 否☐");
}

// "至今已逾期__天": what the litigant wrote, else the figure the form computed, else a blank.
TEST(FillTemplate, FillsABlankFromTheFilingsComputedValues) {
  const std::string text = "至今已逾期{days??$computed.overdue_days}天";
  const json computed = Json(R"({"overdue_days": 99})");
  EXPECT_EQ(FillTemplate(text, Json(R"({"since": "2026-08-29"})"), kItems, computed), "至今已逾期99天");
  EXPECT_EQ(FillTemplate(text, Json(R"({"days": 98})"), kItems, computed), "至今已逾期98天");
  EXPECT_EQ(FillTemplate(text, json::object(), kItems), "至今已逾期____天");
  EXPECT_EQ(FillTemplate(text, json::object(), kItems, Json(R"({"overdue_days": null})")), "至今已逾期____天");
  // Computed values are reached only through $computed: an element named like one is not one.
  EXPECT_EQ(FillTemplate("{overdue_days}", json::object(), kItems, computed), "____");
}

TEST(FillTemplate, LeavesBlanksForWhatIsMissing) {
  EXPECT_EQ(
      FillTemplate("出借人：{lender}；借款人：{borrower}", Json(R"({"lender": "王小明", "borrower": ""})"), kItems),
      "出借人：王小明；借款人：____");
  EXPECT_EQ(FillTemplate("{amount|yuan}元", json(), kItems), "____元");
  EXPECT_EQ(FillTemplate("{}", Json(R"("其他请求")"), kItems), "其他请求");
  EXPECT_EQ(FillTemplate("第{0|date}", Json(R"(["2025-01-02"])"), kItems), "第2025年1月2日");
}

TEST(FillTemplate, ListsChooseTheirItemTemplateByAField) {
  const json parties = Json(R"([{"kind": "natural_person", "name": "李大海", "sex": "male"},
                                {"kind": "organisation", "name": "包头某某有限公司", "representative": "赵某"}])");
  EXPECT_EQ(FillTemplate("{|list:party}", parties, kItems), "李大海（☑男 ☐女）\n包头某某有限公司，法定代表人赵某");
  EXPECT_EQ(FillTemplate("{|list:payment}", Json(R"([{"date": "2024-01-01", "amount": 5000.5}])"), kItems),
            "2024年1月1日付5000.50元");
  EXPECT_EQ(FillTemplate("{|list:payment}", json::array(), kItems), "____");
  EXPECT_EQ(FillTemplate("{|list:nothing}", Json("[1]"), kItems), "");
}

TEST(FillTemplate, DataCannotBreakATemplate) {
  // Braces and hostile text in the data are printed as text; renderers escape them.
  EXPECT_EQ(FillTemplate("{name}", Json(R"({"name": "{name}<script>"})"), kItems), "{name}<script>");
  EXPECT_EQ(FillTemplate("{amount|capital}", Json(R"({"amount": "一万"})"), kItems), "一万");
  EXPECT_EQ(FillTemplate("{a.b.c|yuan}", Json(R"({"a": 1})"), kItems), "____");
  EXPECT_EQ(FillTemplate("未闭合{name", Json(R"({"name": 1})"), kItems), "未闭合{name");
  EXPECT_EQ(FillTemplate("{x|list:party}", Json(R"({"x": [null, 1, "a"]})"), kItems), "");  // no party in them
}

TEST(Placeholders, ListsPathsAndFilters) {
  EXPECT_EQ(Placeholders("截至{as_of|date}止{amount}元{d|check:cash}"),
            Json(R"([{"path": "as_of", "filter": "date", "argument": ""},
                     {"path": "amount", "filter": "", "argument": ""},
                     {"path": "d", "filter": "check", "argument": "cash"}])"));
}

}  // namespace
}  // namespace yaosu::filing

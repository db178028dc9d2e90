#include "core/batch/cell_value.h"

#include <gtest/gtest.h>

namespace yaosu::batch {
namespace {

using nlohmann::json;

Leaf Of(std::vector<std::string> types, std::string format = "", std::vector<Choice> choices = {}) {
  return Leaf{.types = std::move(types), .format = std::move(format), .choices = std::move(choices)};
}

json Value(std::string_view text, const Leaf& leaf) {
  Result<std::optional<json>> value = CellValue(text, leaf);
  EXPECT_TRUE(value.ok()) << text << ": " << (value.ok() ? "" : value.diagnostics().front().code);
  return value.ok() && value->has_value() ? **value : json("<none>");
}

std::string Refusal(std::string_view text, const Leaf& leaf) {
  Result<std::optional<json>> value = CellValue(text, leaf);
  EXPECT_FALSE(value.ok()) << text;
  if (value.ok()) return "";
  EXPECT_EQ(value.diagnostics().front().params["text"], std::string(text).substr(0, text.find_last_not_of(' ') + 1));
  return value.diagnostics().front().code;
}

TEST(CellValue, ReadsAmountsAsSpreadsheetsWriteThem) {
  const Leaf amount = Of({"number"});
  EXPECT_EQ(Value("316674.97", amount), 316674.97);
  EXPECT_EQ(Value("316,674.97", amount), 316674.97);
  EXPECT_EQ(Value("1,234,567", amount), 1234567);
  EXPECT_EQ(Value("¥1,234.50", amount), 1234.5);
  EXPECT_EQ(Value("1234.50元", amount), 1234.5);
  EXPECT_EQ(Value("１２３４．５", amount), 1234.5);
  EXPECT_EQ(Value(" 48600 ", amount), 48600);
  EXPECT_EQ(Value("-12.5", amount), -12.5);
  for (std::string_view bad : {"1,23", "12,3456", "1e5", "0x10", "+5", ".5", "5.", "01", "壹万", "1 234", "12,345,67"}) {
    EXPECT_EQ(Refusal(bad, amount), "batch.cell.not_a_number") << bad;
  }
}

TEST(CellValue, ReadsIntegersWithoutAFraction) {
  EXPECT_TRUE(Value("12", Of({"integer"})).is_number_integer());
  EXPECT_TRUE(Value("12.0", Of({"integer"})).is_number_integer());
  EXPECT_TRUE(Value("12.5", Of({"integer"})).is_number_float());  // the schema says why not
}

TEST(CellValue, ReadsDatesInTheWaysPeopleWriteThem) {
  const Leaf date = Of({"string"}, "date");
  for (std::string_view text : {"2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日", "2024-3-5", "2024/03/05 0:00",
                                "2024-03-05 00:00:00", "２０２４年３月５日"}) {
    EXPECT_EQ(Value(text, date), "2024-03-05") << text;
  }
  EXPECT_EQ(Value("2024-02-29", date), "2024-02-29");
  for (std::string_view bad : {"2023-02-29", "2024-13-01", "2024-00-10", "2024/3/32", "24-3-5", "2024-3", "2024年3月5",
                               "2024-03/05", "2024-03-05 12:30", "三月五日", "20240305"}) {
    EXPECT_EQ(Refusal(bad, date), "batch.cell.not_a_date") << bad;
  }
}

TEST(CellValue, ReadsAChoiceByItsCodeOrItsWords) {
  const Leaf sex = Of({}, "", {{.value = "male", .zh = "男", .en = "Male"}, {.value = "female", .zh = "女", .en = "Female"}});
  EXPECT_EQ(Value("female", sex), "female");
  EXPECT_EQ(Value("女", sex), "female");
  EXPECT_EQ(Value("Male", sex), "male");
  EXPECT_EQ(Refusal("男性", sex), "batch.cell.not_a_choice");
  Result<std::optional<json>> refused = CellValue("男性", sex);
  EXPECT_EQ(refused.diagnostics().front().params["choices"], "男、女");
}

TEST(CellValue, ReadsYesAndNo) {
  const Leaf flag = Of({"boolean"}, "", {{.value = true, .zh = "有此问题", .en = "Applicable"},
                                         {.value = false, .zh = "无此问题", .en = "Not applicable"}});
  EXPECT_EQ(Value("是", flag), true);
  EXPECT_EQ(Value("否", flag), false);
  EXPECT_EQ(Value("有此问题", flag), true);
  EXPECT_EQ(Value("FALSE", flag), false);
  EXPECT_EQ(Refusal("也许", flag), "batch.cell.not_yes_no");
}

TEST(CellValue, KeepsTextAsWrittenWithoutTheSpacesAroundIt) {
  EXPECT_EQ(Value("　张三 ", Of({"string"})), "张三");  // an ideographic space before
  EXPECT_EQ(Value("第一行\n第二行", Of({"string"})), "第一行\n第二行");
  EXPECT_EQ(Value("=1+1", Of({"string"})), "=1+1");  // only what is written out is guarded
  Result<std::optional<json>> empty = CellValue("  ", Of({"string"}));
  ASSERT_TRUE(empty.ok());
  EXPECT_FALSE(empty->has_value());
}

}  // namespace
}  // namespace yaosu::batch

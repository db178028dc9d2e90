// 金额大写 and dates as court forms write them, worked by hand.
#include "core/filing/chinese_text.h"

#include <gtest/gtest.h>

namespace yaosu::filing {
namespace {

TEST(CapitalYuan, WritesAmountsAsBankAndCourtFormsDo) {
  EXPECT_EQ(CapitalYuan(0), "零元整");
  EXPECT_EQ(CapitalYuan(1000), "壹拾元整");
  EXPECT_EQ(CapitalYuan(10450000), "壹拾万肆仟伍佰元整");   // 104,500.00
  EXPECT_EQ(CapitalYuan(10000000), "壹拾万元整");           // 100,000.00
  EXPECT_EQ(CapitalYuan(100001000), "壹佰万零壹拾元整");    // 1,000,010.00
  EXPECT_EQ(CapitalYuan(10001000000), "壹亿零壹万元整");    // 100,010,000.00
  EXPECT_EQ(CapitalYuan(10010000000), "壹亿零壹拾万元整");  // 100,100,000.00
  EXPECT_EQ(CapitalYuan(11000000000), "壹亿壹仟万元整");    // 110,000,000.00
  EXPECT_EQ(CapitalYuan(100000000000000), "壹万亿元整");    // the largest amount a form accepts
  EXPECT_EQ(CapitalYuan(100500), "壹仟零伍元整");           // 1,005.00
  // 10.50: when the 元 digit is 0 but 角 is not, 《支付结算办法》 allows 零 or not; we write none.
  EXPECT_EQ(CapitalYuan(1050), "壹拾元伍角整");
}

TEST(CapitalYuan, WritesJiaoAndFen) {
  EXPECT_EQ(CapitalYuan(105), "壹元零伍分");
  EXPECT_EQ(CapitalYuan(150), "壹元伍角整");
  EXPECT_EQ(CapitalYuan(156), "壹元伍角陆分");
  EXPECT_EQ(CapitalYuan(50), "伍角整");
  EXPECT_EQ(CapitalYuan(5), "伍分");
  EXPECT_EQ(CapitalYuan(448767), "肆仟肆佰捌拾柒元陆角柒分");  // 4,487.67
  EXPECT_EQ(CapitalYuan(-230000), "负贰仟叁佰元整");
}

TEST(ChineseDate, WritesYearMonthDayWithoutLeadingZeros) {
  EXPECT_EQ(ChineseDate("2025-03-04"), "2025年3月4日");
  EXPECT_EQ(ChineseDate("2024-12-31"), "2024年12月31日");
  EXPECT_EQ(ChineseDate("2025-3-4"), std::nullopt);
  EXPECT_EQ(ChineseDate("2025-13-01"), std::nullopt);
  EXPECT_EQ(ChineseDate("二〇二五年"), std::nullopt);
}

}  // namespace
}  // namespace yaosu::filing

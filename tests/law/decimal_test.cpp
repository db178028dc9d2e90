// Exact decimals: yuan and percent text, JSON numbers, formatting, rounding.
#include "core/law/decimal.h"

#include <gtest/gtest.h>

namespace yaosu::law {
namespace {

TEST(Decimal, ParsesYuanIntoFen) {
  EXPECT_EQ(ParseYuan("12345.67"), 1234567);
  EXPECT_EQ(ParseYuan("10000"), 1000000);
  EXPECT_EQ(ParseYuan("0.5"), 50);
  EXPECT_EQ(ParseYuan("12.345"), std::nullopt);  // a third decimal is not money
  EXPECT_EQ(ParseYuan("-1"), std::nullopt);
  EXPECT_EQ(ParseYuan("1e5"), std::nullopt);
  EXPECT_EQ(ParseYuan("12."), std::nullopt);
  EXPECT_EQ(ParseYuan(".5"), std::nullopt);
  EXPECT_EQ(ParseYuan(""), std::nullopt);
  EXPECT_EQ(ParseYuan("1234567890123456"), std::nullopt);
}

TEST(Decimal, ParsesPercentIntoPartsPerMillion) {
  EXPECT_EQ(ParsePercent("3.85"), 38500);
  EXPECT_EQ(ParsePercent("15.4"), 154000);
  EXPECT_EQ(ParsePercent("0.0333"), 333);
  EXPECT_EQ(ParsePercent("0.00333"), std::nullopt);
}

TEST(Decimal, ReadsJsonNumbersExactly) {
  EXPECT_EQ(JsonScaled(nlohmann::json(3.85), 4), 38500);
  EXPECT_EQ(JsonScaled(nlohmann::json(4.2), 4), 42000);
  EXPECT_EQ(JsonScaled(nlohmann::json(20000000), 2), 2000000000);
  EXPECT_EQ(JsonScaled(nlohmann::json(-1), 2), std::nullopt);
  EXPECT_EQ(JsonScaled(nlohmann::json("3.85"), 4), std::nullopt);
}

TEST(Decimal, FormatsFenAndRates) {
  EXPECT_EQ(FormatFen(230000), "2300.00");
  EXPECT_EQ(FormatFen(5), "0.05");
  EXPECT_EQ(FormatFen(-1230), "-12.30");
  EXPECT_EQ(FormatPpmAsPercent(38500), "3.85%");
  EXPECT_EQ(FormatPpmAsPercent(240000), "24%");
  EXPECT_EQ(FormatPpmAsPercent(5000), "0.5%");
}

TEST(Decimal, RoundsHalfAwayFromZero) {
  EXPECT_EQ(DivideRoundHalfUp(5, 10), 1);
  EXPECT_EQ(DivideRoundHalfUp(4, 10), 0);
  EXPECT_EQ(DivideRoundHalfUp(-5, 10), -1);
  EXPECT_EQ(DivideRoundHalfUp(15, 10), 2);
}

}  // namespace
}  // namespace yaosu::law

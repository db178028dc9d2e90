#include "core/json/numbers.h"

#include "core/json/equality.h"

#include <gtest/gtest.h>

namespace yaosu {
namespace {

TEST(JsonNumbers, IntegralIncludesWholeDoubles) {
  EXPECT_TRUE(IsIntegral(nlohmann::json(1)));
  EXPECT_TRUE(IsIntegral(nlohmann::json(1.0)));
  EXPECT_FALSE(IsIntegral(nlohmann::json(1.5)));
}

TEST(JsonNumbers, ComparesLargeIntegersExactly) {
  const nlohmann::json big = 9007199254740993LL;  // 2^53 + 1: not representable as a double
  const nlohmann::json smaller = 9007199254740992LL;
  EXPECT_EQ(CompareNumbers(big, smaller), 1);
  EXPECT_EQ(CompareNumbers(nlohmann::json(18446744073709551615ULL), nlohmann::json(-1)), 1);
  EXPECT_EQ(CompareNumbers(nlohmann::json(2), nlohmann::json(2.0)), 0);
  EXPECT_EQ(CompareNumbers(nlohmann::json(-3), nlohmann::json(2.5)), -1);
}

TEST(JsonNumbers, MultipleOfToleratesDecimalRounding) {
  EXPECT_TRUE(IsMultipleOf(nlohmann::json(0.0075), nlohmann::json(0.0001)));
  EXPECT_TRUE(IsMultipleOf(nlohmann::json(12.34), nlohmann::json(0.01)));  // money in yuan, two decimals
  EXPECT_FALSE(IsMultipleOf(nlohmann::json(12.345), nlohmann::json(0.01)));
  // Large amounts: the quotient's rounding error grows with it (316674.97 / 0.01 = 31667496.999999996).
  EXPECT_TRUE(IsMultipleOf(nlohmann::json(316674.97), nlohmann::json(0.01)));
  EXPECT_TRUE(IsMultipleOf(nlohmann::json(300000.97), nlohmann::json(0.01)));
  EXPECT_FALSE(IsMultipleOf(nlohmann::json(316674.975), nlohmann::json(0.01)));
  EXPECT_FALSE(IsMultipleOf(nlohmann::json(999999999.999), nlohmann::json(0.01)));
  EXPECT_TRUE(IsMultipleOf(nlohmann::json(10), nlohmann::json(5)));
  EXPECT_FALSE(IsMultipleOf(nlohmann::json(7), nlohmann::json(2)));
}

TEST(JsonEquality, HashAgreesWithEquality) {
  const nlohmann::json a = nlohmann::json::parse(R"({"a": 1, "b": [1.0, "x"]})");
  const nlohmann::json b = nlohmann::json::parse(R"({"b": [1, "x"], "a": 1.0})");
  ASSERT_EQ(a, b);
  EXPECT_EQ(JsonHash(a), JsonHash(b));
}

TEST(JsonEquality, FindsFirstDuplicate) {
  EXPECT_EQ(FindDuplicate(nlohmann::json::parse("[1, 2, 3]")), -1);
  EXPECT_EQ(FindDuplicate(nlohmann::json::parse("[1, 2, 1.0]")), 2);
  EXPECT_EQ(FindDuplicate(nlohmann::json::parse(R"([{"a": false}, {"a": 0}])")), -1);  // false is not 0
}

}  // namespace
}  // namespace yaosu

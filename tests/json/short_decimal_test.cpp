// ShortDecimal (core/json/internal/short_decimal.h): bit for bit what strtod
// reads, wherever it answers; and it answers for the numbers forms carry.
#include "core/json/internal/short_decimal.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include <gtest/gtest.h>

namespace yaosu::internal {
namespace {

std::uint64_t Bits(double value) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  return bits;
}

void ExpectAsStrtod(const std::string& token) {
  const std::optional<double> value = ShortDecimal(token);
  if (!value) return;
  EXPECT_EQ(Bits(*value), Bits(std::strtod(token.c_str(), nullptr))) << token;
}

TEST(ShortDecimal, ReadsTheNumbersOfForms) {
  for (const char* token : {"1234.56", "0.01", "-0.0", "0", "-0", "100000000", "0.1", "3.14159", "1e5", "2.5E-3",
                            "9007199254740991", "1234567.12345678", "1e22", "1e-22", "-7.5e+2"}) {
    ASSERT_TRUE(ShortDecimal(token).has_value()) << token;
    ExpectAsStrtod(token);
  }
  EXPECT_EQ(*ShortDecimal("1234.56"), 1234.56);
  EXPECT_TRUE(std::signbit(*ShortDecimal("-0.0")));
}

TEST(ShortDecimal, LeavesTheRestToStrtod) {
  for (const char* token :
       {"9007199254740993", "12345678901234567890", "1e23", "1e-23", "0.1e-22", "1e99999", "1.00000000000000000001"}) {
    EXPECT_FALSE(ShortDecimal(token).has_value()) << token;
  }
}

TEST(ShortDecimal, AgreesWithStrtodOnRandomNumbers) {
  std::mt19937_64 random(20261208);
  int answered = 0;
  for (int round = 0; round < 200000; ++round) {
    std::string token = random() % 4 == 0 ? "-" : "";
    const std::string digits = std::to_string(random() % (std::uint64_t{1} << (1 + random() % 60)));
    const std::size_t point = random() % (digits.size() + 1);
    token += digits.substr(0, point).empty() ? "0" : digits.substr(0, point);
    if (point < digits.size()) token += "." + digits.substr(point);
    if (random() % 3 == 0) token += (random() % 2 ? "e-" : "e") + std::to_string(random() % 30);
    ExpectAsStrtod(token);
    if (ShortDecimal(token)) ++answered;
  }
  EXPECT_GT(answered, 100000);
}

}  // namespace
}  // namespace yaosu::internal

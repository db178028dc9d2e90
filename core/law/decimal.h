// File: exact decimals for money and rates — never floating point for amounts.
//
// Money is integer fen (分); a rate is integer parts per million (ppm, 1 = 0.0001%).
// Text such as "12345.67" yuan or "3.85" percent is read digit by digit, and a
// JSON number from a parameter file is read through its shortest round-trip
// text, so 3.85 is exactly 38,500 ppm.
//
//   ParseYuan("12345.67")      → 1234567 fen
//   ParsePercent("15.4")       → 154000 ppm
//   FormatFen(1234567)         → "12345.67"
//   FormatPpmAsPercent(38500)  → "3.85%"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace yaosu::law {

// ParseScaled: a non-negative decimal with at most `decimals` fraction digits,
// times 10^decimals; nullopt for anything else (signs, exponents, > 10^15).
std::optional<int64_t> ParseScaled(std::string_view text, int decimals);

// ParseYuan: yuan with at most two decimals, in fen.
std::optional<int64_t> ParseYuan(std::string_view text);

// ParsePercent: a percentage with at most four decimals, in ppm.
std::optional<int64_t> ParsePercent(std::string_view text);

// JsonScaled: a JSON number (integer or decimal) as ParseScaled reads its text.
std::optional<int64_t> JsonScaled(const nlohmann::json& value, int decimals);

// RoundScaled: `value` × 10^decimals rounded half away from zero, judged on
// its shortest decimal form (2.675 → 268 at two decimals, though the double
// is a hair below 2.675). Nothing for non-finite values or beyond ±10^15.
std::optional<int64_t> RoundScaled(double value, int decimals);

// FormatFen: "-12.30", "1234567.89" (yuan, two decimals).
std::string FormatFen(int64_t fen);

// FormatPpmAsPercent: "3.85%", "0.5%", "24%" (trailing zeros dropped).
std::string FormatPpmAsPercent(int64_t ppm);

// DivideRoundHalfUp: numerator / denominator rounded half away from zero
// (四舍五入), denominator > 0.
__extension__ typedef __int128 Int128;
int64_t DivideRoundHalfUp(Int128 numerator, Int128 denominator);

}  // namespace yaosu::law

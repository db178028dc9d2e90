// File: the double a short JSON number names, without strtod.
//
// A number of at most 19 significant digits whose digits fit a double exactly
// (below 2^53) and whose power of ten is within 10^±22 (exact as a double too)
// is one correctly rounded multiplication or division away: the value strtod
// gives, bit for bit (W. D. Clinger, "How to read floating point numbers
// accurately", 1990). Money amounts and dates' numbers are such numbers; strtod
// is slow in wasm, where musl computes with a software long double.
//
//   if (std::optional<double> value = ShortDecimal("1234.56")) use(*value);  // else strtod
#pragma once

#include <optional>
#include <string_view>

namespace yaosu::internal {

// ShortDecimal: the value of `token` (JSON's number grammar, already checked), or nullopt when it is not short.
std::optional<double> ShortDecimal(std::string_view token);

}  // namespace yaosu::internal

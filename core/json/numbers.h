// File: JSON numbers as JSON Schema sees them — one numeric line, whatever
// the storage type (signed, unsigned or double) nlohmann chose when parsing.
#pragma once

#include <nlohmann/json.hpp>

namespace yaosu {

// IsIntegral: an integer type, or a finite double with no fractional part
// (JSON Schema: 1.0 is an integer).
bool IsIntegral(const nlohmann::json& number);

// CompareNumbers: -1, 0 or 1 as a <, == or > b. Exact between integers of any
// width; through double otherwise. Both arguments must be numbers.
int CompareNumbers(const nlohmann::json& a, const nlohmann::json& b);

// IsMultipleOf: whether `value` is an integer multiple of `divisor` (> 0),
// exact for integers and tolerant of binary rounding for decimals (0.0075 is a
// multiple of 0.0001).
bool IsMultipleOf(const nlohmann::json& value, const nlohmann::json& divisor);

}  // namespace yaosu

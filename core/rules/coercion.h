// File: JsonLogic's conversions — truthiness, numbers, text, equality — shared
// by the built-in operators and available to domain operators.
//
//   Truthy(json::array())          == false   // [] is falsy in JsonLogic, {} is not
//   ToNumber("1e2")                == 100.0    // nullopt means NaN: "abc", [1], {}
//   ToText(1.5)                    == "1.5"    // JavaScript's String(x)
//   NumberValue(2.0)               == json(2)  // integral doubles become integers
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace yaosu::rules {

// Truthy: false for false, 0, "", null and []; true otherwise.
bool Truthy(const nlohmann::json& value);

// ToNumber: JavaScript's Number(x) restricted to what JsonLogic accepts: null
// → 0, booleans → 0/1, numeric strings (trimmed; "" → 0); arrays, objects and
// other strings give nullopt ("NaN").
std::optional<double> ToNumber(const nlohmann::json& value);

// ToText: JavaScript's String(x) (null → "null", arrays joined with ",").
std::string ToText(const nlohmann::json& value);

// NumberValue: a double as JSON, integral values within 2^53 as integers.
nlohmann::json NumberValue(double number);

// StrictEquals: JavaScript's === on JSON values (numbers by value; arrays and
// objects by content, as there are no references in JSON).
bool StrictEquals(const nlohmann::json& a, const nlohmann::json& b);

// LooseCompare: the order of a and b under JsonLogic's loose comparison: two
// strings compare as text, anything else as numbers. nullopt when that is
// impossible (an array, an object, or a non-numeric string against a number).
std::optional<int> LooseCompare(const nlohmann::json& a, const nlohmann::json& b);

}  // namespace yaosu::rules

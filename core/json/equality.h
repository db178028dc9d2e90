// File: JSON equality and hashing as JSON Schema defines them.
//
// `enum`, `const` and `uniqueItems` compare values by JSON's data model:
// numbers by mathematical value (1 == 1.0), objects regardless of key order.
// nlohmann's operator== already compares mixed number types by value; the
// hash here agrees with it, so uniqueItems runs in linear expected time
// instead of comparing every pair.
#pragma once

#include <cstddef>

#include <nlohmann/json.hpp>

namespace yaosu {

// JsonHash: a hash consistent with nlohmann's operator== (equal values hash equally).
std::size_t JsonHash(const nlohmann::json& value);

// FindDuplicate: the index of the first element of `array` equal to an
// earlier one, or -1 when all elements are distinct. `array` must be an array.
long FindDuplicate(const nlohmann::json& array);

}  // namespace yaosu

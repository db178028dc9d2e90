#include "core/json/equality.h"

#include <cmath>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace yaosu {
namespace {

std::size_t Combine(std::size_t seed, std::size_t value) {
  return seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

// HashNumber: every number hashes through its double value, so 1 and 1.0 meet.
std::size_t HashNumber(const nlohmann::json& value) {
  const double number = value.get<double>();
  if (number == 0.0) return 0;  // +0 and -0
  return std::hash<double>{}(number);
}

}  // namespace

std::size_t JsonHash(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: return 0x51;
    case nlohmann::json::value_t::boolean: return value.get<bool>() ? 0x71 : 0x70;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return HashNumber(value);
    case nlohmann::json::value_t::string: return std::hash<std::string>{}(value.get_ref<const std::string&>());
    case nlohmann::json::value_t::array: {
      std::size_t seed = 0xa11;
      for (const auto& element : value) seed = Combine(seed, JsonHash(element));
      return seed;
    }
    case nlohmann::json::value_t::object: {
      std::size_t seed = 0x0b1;  // nlohmann objects iterate in key order
      for (auto it = value.begin(); it != value.end(); ++it) {
        seed = Combine(seed, std::hash<std::string>{}(it.key()));
        seed = Combine(seed, JsonHash(it.value()));
      }
      return seed;
    }
    default: return 0;
  }
}

long FindDuplicate(const nlohmann::json& array) {
  std::unordered_multimap<std::size_t, std::size_t> seen;
  seen.reserve(array.size());
  for (std::size_t i = 0; i < array.size(); ++i) {
    const std::size_t hash = JsonHash(array[i]);
    const auto [first, last] = seen.equal_range(hash);
    for (auto it = first; it != last; ++it) {
      if (array[it->second] == array[i]) return static_cast<long>(i);
    }
    seen.emplace(hash, i);
  }
  return -1;
}

}  // namespace yaosu

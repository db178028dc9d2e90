// File: reading a member that may be missing or of another type, as filings
// and case-type files read their optional text.
//
//   StringMember(filing, "case_type")   → "private-lending", or "" when absent or not a string
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace yaosu {

// StringMember: value[key] when `value` is an object whose member `key` is a string; "" otherwise.
inline std::string StringMember(const nlohmann::json& value, std::string_view key) {
  if (!value.is_object()) return "";
  const auto member = value.find(key);
  return member != value.end() && member->is_string() ? member->get<std::string>() : "";
}

}  // namespace yaosu

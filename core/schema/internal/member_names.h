// File: comparing property names as an instance's members are ordered, for
// the keywords that walk a sorted list of names beside the members.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace yaosu::schema::internal {

// CompareNames: std::string's order (bytes, unsigned), byte by byte inline:
// names are short, and a call to memcmp per pair cost more than the compare.
inline int CompareNames(std::string_view a, std::string_view b) {
  const std::size_t common = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < common; ++i) {
    if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]) ? -1 : 1;
  }
  return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// HasEveryMember: whether `members` has each of `sorted_names` (in name order), in one walk.
inline bool HasEveryMember(const std::vector<std::string>& sorted_names, const nlohmann::json::object_t& members) {
  auto member = members.begin();
  for (const std::string& name : sorted_names) {
    int order = -1;
    while (member != members.end() && (order = CompareNames(member->first, name)) < 0) ++member;
    if (member == members.end() || order != 0) return false;
  }
  return true;
}

}  // namespace yaosu::schema::internal

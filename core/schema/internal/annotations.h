// File: Annotations — which array items and object properties were evaluated.
//
// `unevaluatedItems` and `unevaluatedProperties` apply to what no adjacent or
// in-place subschema evaluated successfully. Subschemas report what they
// evaluated here; failed subschemas' reports are dropped (Core §7.7.1.2). They
// are collected only on the paths where some node reads them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace yaosu::schema::internal {

struct Annotations {
  std::size_t prefix_items = 0;                     // items [0, prefix_items) were evaluated
  bool all_items = false;                           // every item was evaluated
  std::vector<bool> contained;                      // items matched by `contains`, by index
  bool all_properties = false;                      // every property was evaluated
  std::unordered_set<std::string_view> properties;  // names point into the instance

  bool ItemEvaluated(std::size_t index) const {
    return all_items || index < prefix_items || (index < contained.size() && contained[index]);
  }
  bool PropertyEvaluated(std::string_view name) const { return all_properties || properties.count(name) != 0; }

  void Merge(const Annotations& other) {
    prefix_items = std::max(prefix_items, other.prefix_items);
    all_items = all_items || other.all_items;
    if (contained.size() < other.contained.size()) contained.resize(other.contained.size());
    for (std::size_t i = 0; i < other.contained.size(); ++i) {
      if (other.contained[i]) contained[i] = true;
    }
    all_properties = all_properties || other.all_properties;
    properties.insert(other.properties.begin(), other.properties.end());
  }
};

}  // namespace yaosu::schema::internal

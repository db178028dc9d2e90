// File: how case-type data names where a value is read — an element's path, or
// "$computed.ID", a value the form computes — and "a??b", a path with fallbacks.
// Print templates use both ({days??$computed.overdue_days}); case.json's
// fee_amount uses the first ("$computed.property_total" or a JSON Pointer).
//
//   ValueReferences("days??$computed.overdue_days")
//     → [{computed: false, path: "days"}, {computed: true, path: "overdue_days"}]
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace yaosu::cases {

// ValueReference: one alternative of a path; `path` is without the "$computed." prefix.
struct ValueReference {
  bool computed = false;
  std::string path;
};

// ValueReferences: the alternatives of `text` separated by "??", in order (at least one).
std::vector<ValueReference> ValueReferences(std::string_view text);

}  // namespace yaosu::cases

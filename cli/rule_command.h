// File: `yaosu rule eval` — evaluate a JsonLogic rule on data.
//
//   yaosu rule eval '{"+": [1, {"var": "x"}]}' '{"x": 2}'        → 3
//   yaosu rule eval @rule.json @data.json --json                  → {"result": 3}
//
// RULE and DATA are JSON text or @FILE (@- = stdin); DATA defaults to null.
// With --json the answer is {"result": ...} or {"error": {"type", "message"}}.
// Exit status: 0 a result, 1 a rule error (at evaluation, or an unknown
// operator at compile time), 2 usage error or unreadable/malformed input.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace yaosu::cli {

// RunRule: `args` are the words after "rule".
int RunRule(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli

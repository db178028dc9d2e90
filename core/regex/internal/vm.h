// File: the Pike VM — a Thompson NFA simulation over code points.
//
// All threads advance in lockstep, one code point at a time, and a state is
// never held twice at one position, so a search costs at most
// O(instructions × subject length) whatever the pattern: no backtracking, no
// recursion on the input. Every instruction visited is one step of the budget.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/regex/internal/program.h"
#include "core/regex/regex.h"

namespace yaosu::regex::internal {

// RunProgram: whether `program` matches anywhere in `subject` (unanchored,
// like RegExp.prototype.test), or kBudgetExceeded after max_steps steps.
// `subject` must hold Unicode scalar values.
MatchStatus RunProgram(const Program& program, std::u32string_view subject, std::uint64_t max_steps);

}  // namespace yaosu::regex::internal

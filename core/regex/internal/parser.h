// File: parsing an ECMA-262 pattern (with the `u` flag's strict syntax) into an Ast.
//
// Recursion follows group nesting only and is capped at max_nesting_depth, so
// a hostile "((((..." gets an error instead of overflowing the stack.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/regex/internal/ast.h"

namespace yaosu::regex::internal {

struct ParseOptions {
  bool build_sets = true;               // false: check the syntax only
  std::size_t max_nesting_depth = 256;  // groups, lookarounds included
};

// Parse: fills *ast, or returns false and sets *error. Accepts everything the
// grammar allows, including backreferences, lookbehind and the ES2025
// modifiers (?ims-ims:...), which the compiler may refuse to run.
bool Parse(std::u32string_view pattern, const ParseOptions& options, Ast* ast, std::string* error);

}  // namespace yaosu::regex::internal

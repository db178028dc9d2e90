// File: compiling an Ast into a Program for the Pike VM.
//
// Counted repetition is expanded (x{2,4} becomes x x x? x?), so the size
// limit is checked on every instruction emitted: a{1000}{1000} fails after
// max_instructions instructions instead of allocating a million copies.
#pragma once

#include <cstddef>
#include <string>

#include "core/regex/internal/ast.h"
#include "core/regex/internal/program.h"

namespace yaosu::regex::internal {

// CompileProgram: fills *program, or returns false and sets *error (too many
// instructions, or a construct the VM cannot run: backreferences, the i
// modifier, a Unicode property without data).
bool CompileProgram(const Ast& ast, std::size_t max_instructions, Program* program, std::string* error);

}  // namespace yaosu::regex::internal

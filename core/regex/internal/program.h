// File: the compiled form of a pattern — NFA programs for the Pike VM.
//
// An Automaton is a list of instructions started at index 0; "consuming"
// instructions (kCodePoint, kSet) read one code point, the rest are epsilon
// moves. Search only asks whether a match exists, so there are no capture
// slots and no priorities: a split is an unordered choice.
//
// Lookarounds compile to automata of their own. The VM evaluates each one for
// every position of the subject in one extra pass (a lookahead's body runs
// backwards from the end, a lookbehind's forwards from the start), so they
// cost linear time too; kLookaround then just reads that precomputed answer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/regex/internal/ast.h"
#include "core/regex/internal/code_point_set.h"
#include "core/regex/internal/set_sequence.h"

namespace yaosu::regex {
namespace internal {

enum class OpCode : std::uint8_t {
  kCodePoint,   // consume code point `a`
  kSet,         // consume a code point of Program::sets[a]
  kSplit,       // continue at `a` and at `b`
  kJump,        // continue at `a`
  kAssertion,   // continue if AssertionKind `a` holds here
  kLookaround,  // continue if lookaround `a` holds here (`b` = 1: negated)
  kMatch,       // the automaton has matched
};

struct Instruction {
  OpCode op;
  std::uint32_t a = 0;
  std::uint32_t b = 0;
};

struct Automaton {
  std::vector<Instruction> code;
  // backward: reads the subject right to left (a lookahead's body, reversed).
  bool backward = false;
  // anchored: every path starts with ^ (not multiline), so a search can stop
  // as soon as no thread is left instead of restarting at each position.
  bool anchored = false;
};

}  // namespace internal

// Program: everything a compiled Regex runs. Immutable once built.
class Program {
 public:
  internal::Automaton main;
  // lookarounds[i] is the body of kLookaround i; a body only refers to
  // lookarounds with smaller indices, so evaluating in order is safe.
  std::vector<internal::Automaton> lookarounds;
  std::vector<internal::CodePointSet> sets;
  // set_sequence: the same pattern as one pass over the subject, when it has that shape (most form patterns).
  std::optional<internal::SetSequence> set_sequence;
};

}  // namespace yaosu::regex

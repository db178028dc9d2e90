// File: the parsed form of a pattern — a tree of nodes stored in one vector.
//
// Nodes refer to their children by index, so the tree is freed without
// recursion. Capturing groups leave no node: Search only answers "is there a
// match", so a group is just its contents.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "core/regex/internal/code_point_set.h"

namespace yaosu::regex::internal {

enum class NodeKind : std::uint8_t {
  kEmpty,          // matches the empty string
  kCodePoint,      // one literal code point
  kSet,            // one code point from sets[set]
  kConcat,         // children in sequence
  kAlternation,    // any one of the children
  kRepeat,         // children[0], between min and max times
  kAssertion,      // a zero-width test of the position (^ $ \b \B)
  kLookaround,     // (?=...) (?!...) (?<=...) (?<!...) around children[0]
  kBackreference,  // \1 or \k<name>: parsed for format "regex", not executable
};

enum class AssertionKind : std::uint8_t {
  kInputStart,       // ^
  kInputEnd,         // $
  kLineStart,        // ^ with the m modifier
  kLineEnd,          // $ with the m modifier
  kWordBoundary,     // \b
  kNotWordBoundary,  // \B
};

inline constexpr std::uint32_t kUnbounded = std::numeric_limits<std::uint32_t>::max();

struct Node {
  NodeKind kind = NodeKind::kEmpty;
  char32_t code_point = 0;                               // kCodePoint
  std::uint32_t set = 0;                                 // kSet: index into Ast::sets
  std::vector<std::uint32_t> children;                   // kConcat, kAlternation, kRepeat, kLookaround
  std::uint32_t min = 0;                                 // kRepeat
  std::uint32_t max = 0;                                 // kRepeat; kUnbounded for * + {n,}
  AssertionKind assertion = AssertionKind::kInputStart;  // kAssertion
  bool negated = false;                                  // kLookaround: (?! or (?<!
  bool behind = false;                                   // kLookaround: (?<= or (?<!
};

struct Ast {
  std::vector<Node> nodes;
  std::vector<CodePointSet> sets;  // normalized
  std::uint32_t root = 0;
  bool uses_ignore_case = false;           // an (?i:...) modifier, which Compile refuses
  bool uses_unsupported_property = false;  // a \p{...} we know by name only
};

}  // namespace yaosu::regex::internal

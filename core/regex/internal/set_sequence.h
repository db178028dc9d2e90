// File: SetSequence — the shape most form patterns have, ^[…]{m,n}…$: code
// point sets, each repeated a counted number of times, anchored at both ends.
//
// When every item that may repeat a varying number of times can never read a
// code point that what may follow it would read, taking as many as it can is
// the only way to match, so one left-to-right pass decides the match — no VM
// state lists, no steps to count. Other patterns return nullopt and run on the
// Pike VM (vm.h); both give the same answer.
//
//   std::optional<SetSequence> shape = SetSequence::From(ast);   // ^\d{6}$, ^[\u4e00-\u9fa5·]{2,20}$
//   bool matched = shape->Matches(U"510104");
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/regex/internal/ast.h"
#include "core/regex/internal/code_point_set.h"

namespace yaosu::regex::internal {

class SetSequence {
 public:
  // From: the pattern as a set sequence, when it has that shape and reading
  // greedily cannot miss a match; otherwise nullopt.
  static std::optional<SetSequence> From(const Ast& ast);

  // Matches: whether the whole subject matches (both anchors hold).
  bool Matches(std::u32string_view subject) const;

 private:
  struct Item {
    CodePointSet set;
    std::array<std::uint64_t, 2> ascii{};  // the set's members below 128, as bits: the common case without a search
    std::uint32_t min = 1;
    std::uint32_t max = 1;  // kUnbounded for * + {n,}

    bool Contains(char32_t code_point) const;
  };

  std::vector<Item> items_;
};

}  // namespace yaosu::regex::internal

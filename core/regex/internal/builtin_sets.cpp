#include "core/regex/internal/builtin_sets.h"

#include <iterator>

namespace yaosu::regex::internal {
namespace {

// ECMA-262 WhiteSpace (TAB VT FF SP NBSP ZWNBSP and Zs) plus LineTerminator.
constexpr CodePointRange kSpaceRanges[] = {
    {0x0009, 0x000D}, {0x0020, 0x0020}, {0x00A0, 0x00A0}, {0x1680, 0x1680}, {0x2000, 0x200A},
    {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF},
};

constexpr CodePointRange kLineTerminatorRanges[] = {{U'\n', U'\n'}, {U'\r', U'\r'}, {0x2028, 0x2029}};

}  // namespace

CodePointSet DigitSet() {
  CodePointSet set;
  set.AddRange(U'0', U'9');
  return set;
}

CodePointSet WordSet() {
  CodePointSet set;
  set.AddRange(U'0', U'9');
  set.AddRange(U'A', U'Z');
  set.Add(U'_');
  set.AddRange(U'a', U'z');
  return set;
}

CodePointSet SpaceSet() {
  CodePointSet set;
  set.AddRanges(kSpaceRanges, std::size(kSpaceRanges));
  return set;
}

CodePointSet DotSet(bool dot_all) {
  CodePointSet set;
  if (dot_all) {
    set.AddRange(0, kMaxCodePoint);
  } else {
    set.AddRanges(kLineTerminatorRanges, std::size(kLineTerminatorRanges));
    set.Invert();
  }
  return set;
}

}  // namespace yaosu::regex::internal

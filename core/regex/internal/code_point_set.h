// File: CodePointSet — a set of Unicode code points as sorted, disjoint ranges.
//
// Character classes, \d, \p{Letter} and "." all become CodePointSets; the VM
// tests membership by binary search, so a class costs O(log ranges) per step
// whatever its size.
#pragma once

#include <cstddef>
#include <vector>

namespace yaosu::regex::internal {

inline constexpr char32_t kMaxCodePoint = 0x10FFFF;

// CodePointRange: the inclusive range [first, last].
struct CodePointRange {
  char32_t first;
  char32_t last;
};

class CodePointSet {
 public:
  void Add(char32_t code_point) { AddRange(code_point, code_point); }
  // AddRange: requires first <= last <= kMaxCodePoint.
  void AddRange(char32_t first, char32_t last);
  void AddRanges(const CodePointRange* ranges, std::size_t count);
  void AddSet(const CodePointSet& other);
  void RemoveRanges(const CodePointRange* ranges, std::size_t count);
  // Invert: the complement within [0, kMaxCodePoint].
  void Invert();
  // Normalize: sorts and merges the ranges. Additions out of order are only
  // appended (so building a class of n items stays O(n log n)); call this
  // before Contains or ranges().
  void Normalize();

  bool Contains(char32_t code_point) const;
  bool empty() const { return ranges_.empty(); }
  const std::vector<CodePointRange>& ranges() const { return ranges_; }

 private:
  std::vector<CodePointRange> ranges_;
  bool sorted_ = true;
};

}  // namespace yaosu::regex::internal

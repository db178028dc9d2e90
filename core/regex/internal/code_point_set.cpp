#include "core/regex/internal/code_point_set.h"

#include <algorithm>

namespace yaosu::regex::internal {

void CodePointSet::AddRange(char32_t first, char32_t last) {
  if (ranges_.empty() || first > ranges_.back().last + 1) {
    if (!ranges_.empty() && first < ranges_.back().first) sorted_ = false;
    ranges_.push_back({first, last});
  } else if (first >= ranges_.back().first) {
    // Overlaps or touches the last range: extend it.
    ranges_.back().last = std::max(ranges_.back().last, last);
  } else {
    ranges_.push_back({first, last});
    sorted_ = false;
  }
}

void CodePointSet::AddRanges(const CodePointRange* ranges, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) AddRange(ranges[i].first, ranges[i].last);
}

void CodePointSet::AddSet(const CodePointSet& other) {
  for (const CodePointRange& range : other.ranges_) AddRange(range.first, range.last);
}

void CodePointSet::Normalize() {
  if (sorted_) return;
  std::sort(ranges_.begin(), ranges_.end(),
            [](const CodePointRange& a, const CodePointRange& b) { return a.first < b.first; });
  std::vector<CodePointRange> merged;
  merged.reserve(ranges_.size());
  for (const CodePointRange& range : ranges_) {
    if (!merged.empty() && range.first <= merged.back().last + 1) {
      merged.back().last = std::max(merged.back().last, range.last);
    } else {
      merged.push_back(range);
    }
  }
  ranges_ = std::move(merged);
  sorted_ = true;
}

void CodePointSet::Invert() {
  Normalize();
  std::vector<CodePointRange> inverted;
  char32_t next = 0;  // first code point not yet covered
  for (const CodePointRange& range : ranges_) {
    if (range.first > next) inverted.push_back({next, range.first - 1});
    next = range.last + 1;
  }
  if (next <= kMaxCodePoint) inverted.push_back({next, kMaxCodePoint});
  ranges_ = std::move(inverted);
}

void CodePointSet::RemoveRanges(const CodePointRange* ranges, std::size_t count) {
  // A \ B == ¬(¬A ∪ B).
  Invert();
  AddRanges(ranges, count);
  Normalize();
  Invert();
}

bool CodePointSet::Contains(char32_t code_point) const {
  // The first range whose last >= code_point is the only candidate.
  auto it = std::lower_bound(ranges_.begin(), ranges_.end(), code_point,
                             [](const CodePointRange& range, char32_t value) { return range.last < value; });
  return it != ranges_.end() && it->first <= code_point;
}

}  // namespace yaosu::regex::internal

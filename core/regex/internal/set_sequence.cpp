#include "core/regex/internal/set_sequence.h"

#include <utility>

namespace yaosu::regex::internal {
namespace {

// Overlap: whether two normalized sets share a code point (their sorted ranges walked together).
bool Overlap(const CodePointSet& a, const CodePointSet& b) {
  auto x = a.ranges().begin(), y = b.ranges().begin();
  while (x != a.ranges().end() && y != b.ranges().end()) {
    if (x->last < y->first) {
      ++x;
    } else if (y->last < x->first) {
      ++y;
    } else {
      return true;
    }
  }
  return false;
}

bool IsAssertion(const Node& node, AssertionKind kind) {
  return node.kind == NodeKind::kAssertion && node.assertion == kind;
}

}  // namespace

bool SetSequence::Item::Contains(char32_t code_point) const {
  if (code_point < 128) return (ascii[code_point >> 6] >> (code_point & 63)) & 1u;
  return set.Contains(code_point);
}

std::optional<SetSequence> SetSequence::From(const Ast& ast) {
  const Node& root = ast.nodes[ast.root];
  if (root.kind != NodeKind::kConcat || root.children.size() < 2) return std::nullopt;
  if (!IsAssertion(ast.nodes[root.children.front()], AssertionKind::kInputStart) ||
      !IsAssertion(ast.nodes[root.children.back()], AssertionKind::kInputEnd)) {
    return std::nullopt;
  }
  SetSequence sequence;
  for (std::size_t i = 1; i + 1 < root.children.size(); ++i) {
    const Node* node = &ast.nodes[root.children[i]];
    Item item;
    if (node->kind == NodeKind::kRepeat && node->children.size() == 1) {
      item.min = node->min;
      item.max = node->max;
      node = &ast.nodes[node->children[0]];
    }
    if (node->kind == NodeKind::kCodePoint) {
      item.set.Add(node->code_point);
    } else if (node->kind == NodeKind::kSet) {
      item.set = ast.sets[node->set];
    } else {
      return std::nullopt;
    }
    item.set.Normalize();
    for (const CodePointRange& range : item.set.ranges()) {
      for (char32_t c = range.first; c <= range.last && c < 128; ++c)
        item.ascii[c >> 6] |= std::uint64_t{1} << (c & 63);
    }
    sequence.items_.push_back(std::move(item));
  }
  // Greedy is safe when what an item may still take is never what could come
  // next: the following items up to the first one that must read something.
  for (std::size_t i = 0; i < sequence.items_.size(); ++i) {
    if (sequence.items_[i].min == sequence.items_[i].max) continue;
    for (std::size_t j = i + 1; j < sequence.items_.size(); ++j) {
      if (Overlap(sequence.items_[i].set, sequence.items_[j].set)) return std::nullopt;
      if (sequence.items_[j].min > 0) break;
    }
  }
  return sequence;
}

bool SetSequence::Matches(std::u32string_view subject) const {
  std::size_t at = 0;
  for (const Item& item : items_) {
    std::uint32_t taken = 0;
    while (taken < item.max && at < subject.size() && item.Contains(subject[at])) {
      ++at;
      ++taken;
    }
    if (taken < item.min) return false;
  }
  return at == subject.size();
}

}  // namespace yaosu::regex::internal

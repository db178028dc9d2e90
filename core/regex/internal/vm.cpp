#include "core/regex/internal/vm.h"

#include <cstddef>
#include <utility>
#include <vector>

#include "core/regex/internal/builtin_sets.h"

namespace yaosu::regex::internal {
namespace {

// ThreadList: the set of instruction indices live at one position, with O(1)
// insert, membership and clear (the classic sparse-set trick: the slots need
// no clearing, a stale one never points back at its index).
class ThreadList {
 public:
  ThreadList(std::vector<std::uint32_t>& dense, std::vector<std::uint32_t>& sparse, std::size_t capacity) {
    if (dense.size() < capacity) dense.resize(capacity);
    if (sparse.size() < capacity) sparse.resize(capacity);
    dense_ = dense.data();
    sparse_ = sparse.data();
  }
  bool Contains(std::uint32_t pc) const {
    const std::uint32_t slot = sparse_[pc];
    return slot < size_ && dense_[slot] == pc;
  }
  void Insert(std::uint32_t pc) {
    sparse_[pc] = static_cast<std::uint32_t>(size_);
    dense_[size_++] = pc;
  }
  void Clear() { size_ = 0; }
  std::size_t size() const { return size_; }
  std::uint32_t operator[](std::size_t i) const { return dense_[i]; }

 private:
  std::uint32_t* dense_ = nullptr;
  std::uint32_t* sparse_ = nullptr;
  std::size_t size_ = 0;
};

// Scratch: the buffers of a search, kept per thread, so a search allocates only
// when its automaton is larger than any searched before on that thread. The
// runners of one search use them one after the other, never together.
struct Scratch {
  std::vector<std::uint32_t> current_dense, current_sparse, next_dense, next_sparse, stack;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// LookaroundTables: tables[i][position] is whether lookaround i's body
// matches at that position (before negation).
using LookaroundTables = std::vector<std::vector<bool>>;

struct Budget {
  std::uint64_t steps = 0;
  std::uint64_t max_steps;
  bool exceeded = false;
  bool Spend() {
    if (++steps > max_steps) exceeded = true;
    return !exceeded;
  }
};

// Runner: simulates one automaton over the subject in its own direction.
class Runner {
 public:
  Runner(const Program& program, const Automaton& automaton, std::u32string_view subject,
         const LookaroundTables& tables, Budget& budget, Scratch& scratch = ThreadScratch())
      : program_(program),
        automaton_(automaton),
        subject_(subject),
        tables_(tables),
        budget_(budget),
        current_(scratch.current_dense, scratch.current_sparse, automaton.code.size()),
        next_(scratch.next_dense, scratch.next_sparse, automaton.code.size()),
        stack_(scratch.stack) {
    stack_.clear();
  }

  // Run: starts a thread at every position (the unanchored search). With
  // `matches` null, stops at the first match and returns whether one was
  // found; otherwise records for each position whether a match ends there.
  bool Run(std::vector<bool>* matches) {
    const std::size_t length = subject_.size();
    const bool backward = automaton_.backward;
    for (std::size_t step = 0;; ++step) {
      const std::size_t position = backward ? length - step : step;
      if (!automaton_.anchored || step == 0) AddThread(current_, 0, position);
      if (budget_.exceeded) return false;
      if (matched_) {
        if (matches == nullptr) return true;
        (*matches)[position] = true;
      }
      if (step == length || (automaton_.anchored && current_.size() == 0)) return false;
      const char32_t c = backward ? subject_[position - 1] : subject_[position];
      const std::size_t following = backward ? position - 1 : position + 1;
      next_.Clear();
      matched_ = false;
      for (std::size_t i = 0; i < current_.size(); ++i) {
        if (!budget_.Spend()) return false;
        const Instruction& instruction = automaton_.code[current_[i]];
        if (Consumes(instruction, c)) AddThread(next_, current_[i] + 1, following);
      }
      std::swap(current_, next_);
    }
  }

 private:
  bool Consumes(const Instruction& instruction, char32_t c) const {
    switch (instruction.op) {
      case OpCode::kCodePoint: return c == instruction.a;
      case OpCode::kSet: return program_.sets[instruction.a].Contains(c);
      default: return false;
    }
  }

  // AddThread: adds `pc` and everything reachable from it by epsilon moves at
  // `position`. Iterative, so long chains of splits cannot exhaust the stack.
  void AddThread(ThreadList& list, std::uint32_t pc, std::size_t position) {
    stack_.push_back(pc);
    while (!stack_.empty()) {
      pc = stack_.back();
      stack_.pop_back();
      if (list.Contains(pc)) continue;
      list.Insert(pc);
      if (!budget_.Spend()) {
        stack_.clear();
        return;
      }
      const Instruction& instruction = automaton_.code[pc];
      switch (instruction.op) {
        case OpCode::kJump: stack_.push_back(instruction.a); break;
        case OpCode::kSplit:
          stack_.push_back(instruction.b);
          stack_.push_back(instruction.a);
          break;
        case OpCode::kAssertion:
          if (Holds(static_cast<AssertionKind>(instruction.a), position)) stack_.push_back(pc + 1);
          break;
        case OpCode::kLookaround:
          if (tables_[instruction.a][position] != (instruction.b != 0)) stack_.push_back(pc + 1);
          break;
        case OpCode::kMatch: matched_ = true; break;
        case OpCode::kCodePoint:
        case OpCode::kSet: break;  // waits for the next code point
      }
    }
  }

  bool Holds(AssertionKind kind, std::size_t position) const {
    const bool at_start = position == 0;
    const bool at_end = position == subject_.size();
    switch (kind) {
      case AssertionKind::kInputStart: return at_start;
      case AssertionKind::kInputEnd: return at_end;
      case AssertionKind::kLineStart: return at_start || IsLineTerminator(subject_[position - 1]);
      case AssertionKind::kLineEnd: return at_end || IsLineTerminator(subject_[position]);
      case AssertionKind::kWordBoundary:
      case AssertionKind::kNotWordBoundary: {
        const bool before = !at_start && IsWordCharacter(subject_[position - 1]);
        const bool after = !at_end && IsWordCharacter(subject_[position]);
        return (before != after) == (kind == AssertionKind::kWordBoundary);
      }
    }
    return false;
  }

  const Program& program_;
  const Automaton& automaton_;
  std::u32string_view subject_;
  const LookaroundTables& tables_;
  Budget& budget_;
  ThreadList current_;
  ThreadList next_;
  std::vector<std::uint32_t>& stack_;
  bool matched_ = false;
};

}  // namespace

MatchStatus RunProgram(const Program& program, std::u32string_view subject, std::uint64_t max_steps) {
  Budget budget{0, max_steps};
  // Each lookaround pass visits every position, so it costs at least
  // length + 1 steps: refusing a pass the budget cannot pay for also bounds
  // the memory of the tables by the budget.
  const std::uint64_t pass_cost = std::uint64_t{subject.size()} + 1;
  LookaroundTables tables(program.lookarounds.size());
  for (std::size_t i = 0; i < program.lookarounds.size(); ++i) {
    if (max_steps - budget.steps < pass_cost) return MatchStatus::kBudgetExceeded;
    tables[i].assign(subject.size() + 1, false);
    Runner(program, program.lookarounds[i], subject, tables, budget).Run(&tables[i]);
    if (budget.exceeded) return MatchStatus::kBudgetExceeded;
  }
  const bool found = Runner(program, program.main, subject, tables, budget).Run(nullptr);
  if (budget.exceeded) return MatchStatus::kBudgetExceeded;
  return found ? MatchStatus::kMatch : MatchStatus::kNoMatch;
}

}  // namespace yaosu::regex::internal

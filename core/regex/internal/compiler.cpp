#include "core/regex/internal/compiler.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace yaosu::regex::internal {
namespace {

constexpr std::uint32_t kNotCompiled = kUnbounded;

class Compiler {
 public:
  Compiler(const Ast& ast, std::size_t max_instructions, Program* program)
      : ast_(ast),
        max_instructions_(max_instructions),
        program_(program),
        lookaround_index_(ast.nodes.size(), kNotCompiled),
        set_index_(ast.sets.size(), kNotCompiled) {}

  bool Run(std::string* error) {
    if (ast_.uses_ignore_case) {
      *error = "the i modifier (case-insensitive matching) is not supported";
      return false;
    }
    if (ast_.uses_unsupported_property) {
      *error = "a Unicode property in this pattern is not supported";
      return false;
    }
    if (!Emit(ast_.root, &program_->main) || !Push({OpCode::kMatch}, &program_->main)) {
      *error = error_;
      return false;
    }
    program_->main.anchored = StartsAnchored(ast_.root);
    return true;
  }

 private:
  // Push: appends one instruction, counting it against the limit.
  bool Push(Instruction instruction, Automaton* out) {
    if (++emitted_ > max_instructions_) {
      return Fail("pattern too large: more than " + std::to_string(max_instructions_) + " instructions");
    }
    out->code.push_back(instruction);
    return true;
  }

  bool Fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return false;
  }

  static std::uint32_t Here(const Automaton* out) { return static_cast<std::uint32_t>(out->code.size()); }

  bool Emit(std::uint32_t index, Automaton* out) {
    const Node& node = ast_.nodes[index];
    switch (node.kind) {
      case NodeKind::kEmpty: return true;
      case NodeKind::kCodePoint: return Push({OpCode::kCodePoint, node.code_point}, out);
      case NodeKind::kSet: return EmitSet(node.set, out);
      case NodeKind::kConcat: return EmitConcat(node, out);
      case NodeKind::kAlternation: return EmitAlternation(node, out);
      case NodeKind::kRepeat: return EmitRepeat(node, out);
      case NodeKind::kAssertion: return Push({OpCode::kAssertion, static_cast<std::uint32_t>(node.assertion)}, out);
      case NodeKind::kLookaround: {
        const std::uint32_t lookaround = LookaroundIndex(index);
        return lookaround != kNotCompiled && Push({OpCode::kLookaround, lookaround, node.negated ? 1u : 0u}, out);
      }
      case NodeKind::kBackreference: return Fail("backreferences are not supported");
    }
    return Fail("unknown node");
  }

  bool EmitSet(std::uint32_t set_index, Automaton* out) {
    const std::vector<CodePointRange>& ranges = ast_.sets[set_index].ranges();
    if (ranges.size() == 1 && ranges[0].first == ranges[0].last) {
      return Push({OpCode::kCodePoint, ranges[0].first}, out);  // [a] is just a
    }
    return Push({OpCode::kSet, ProgramSetIndex(set_index)}, out);
  }

  // ProgramSetIndex: the program's copy of an Ast set. Equal sets share one
  // copy, so "\p{L}" written 800 times holds one table, not 800.
  std::uint32_t ProgramSetIndex(std::uint32_t ast_index) {
    if (set_index_[ast_index] != kNotCompiled) return set_index_[ast_index];
    const std::vector<CodePointRange>& ranges = ast_.sets[ast_index].ranges();
    std::uint64_t hash = ranges.size();
    for (const CodePointRange& range : ranges) {
      hash = hash * 1000003 + range.first * 31 + range.last;
    }
    std::vector<std::uint32_t>& candidates = sets_by_hash_[hash];
    for (std::uint32_t candidate : candidates) {
      if (SameRanges(program_->sets[candidate].ranges(), ranges)) {
        return set_index_[ast_index] = candidate;
      }
    }
    program_->sets.push_back(ast_.sets[ast_index]);
    candidates.push_back(static_cast<std::uint32_t>(program_->sets.size() - 1));
    return set_index_[ast_index] = candidates.back();
  }

  static bool SameRanges(const std::vector<CodePointRange>& a, const std::vector<CodePointRange>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const CodePointRange& x, const CodePointRange& y) {
      return x.first == y.first && x.last == y.last;
    });
  }

  bool EmitConcat(const Node& node, Automaton* out) {
    // A backward automaton reads right to left, so it meets the parts in reverse.
    const std::size_t count = node.children.size();
    for (std::size_t i = 0; i < count; ++i) {
      const std::uint32_t child = node.children[out->backward ? count - 1 - i : i];
      if (!Emit(child, out)) return false;
    }
    return true;
  }

  // x|y|z:  split L1, L2; L1: x; jump end; L2: split L3, L4; L3: y; jump end; L4: z; end:
  bool EmitAlternation(const Node& node, Automaton* out) {
    std::vector<std::uint32_t> jumps;
    for (std::size_t i = 0; i < node.children.size(); ++i) {
      const bool last = i + 1 == node.children.size();
      const std::uint32_t split = Here(out);
      if (!last && !Push({OpCode::kSplit, split + 1}, out)) return false;
      if (!Emit(node.children[i], out)) return false;
      if (last) break;
      jumps.push_back(Here(out));
      if (!Push({OpCode::kJump}, out)) return false;
      out->code[split].b = Here(out);
    }
    for (std::uint32_t jump : jumps) out->code[jump].a = Here(out);
    return true;
  }

  // x{n,m}: n copies of x, then m-n optional copies, or a loop when m is unbounded.
  bool EmitRepeat(const Node& node, Automaton* out) {
    const std::uint32_t child = node.children[0];
    if (node.max == 0) return true;
    const bool unbounded = node.max == kUnbounded;
    // When unbounded, the last mandatory copy doubles as the loop body (x+).
    const std::uint32_t copies = unbounded && node.min > 0 ? node.min - 1 : node.min;
    for (std::uint32_t i = 0; i < copies; ++i) {
      const std::uint32_t before = Here(out);
      if (!Emit(child, out)) return false;
      if (Here(out) == before) return true;  // x matches only "": so does x{n,m}
    }
    if (unbounded && node.min > 0) {  // L: x; split L, next
      const std::uint32_t start = Here(out);
      if (!Emit(child, out)) return false;
      if (Here(out) == start) return true;
      return Push({OpCode::kSplit, start, Here(out) + 1}, out);
    }
    if (unbounded) {  // L: split L+1, exit; x; jump L; exit:
      const std::uint32_t split = Here(out);
      if (!Push({OpCode::kSplit, split + 1}, out) || !Emit(child, out) || !Push({OpCode::kJump, split}, out)) {
        return false;
      }
      out->code[split].b = Here(out);
      return true;
    }
    // Optional copies: each is "split into x, or skip to the end".
    std::vector<std::uint32_t> splits;
    for (std::uint32_t i = node.min; i < node.max; ++i) {
      const std::uint32_t split = Here(out);
      if (!Push({OpCode::kSplit, split + 1}, out) || !Emit(child, out)) return false;
      if (Here(out) == split + 1) {  // x emits nothing: drop the split
        out->code.pop_back();
        --emitted_;
        break;
      }
      splits.push_back(split);
    }
    for (std::uint32_t split : splits) out->code[split].b = Here(out);
    return true;
  }

  // LookaroundIndex: compiles a lookaround's body once (repetition may emit
  // the lookaround many times) into its own automaton. A lookahead's body is
  // compiled backward: the VM finds where it matches by reading the subject
  // from the end. Returns kNotCompiled on failure.
  std::uint32_t LookaroundIndex(std::uint32_t index) {
    if (lookaround_index_[index] != kNotCompiled) return lookaround_index_[index];
    const Node& node = ast_.nodes[index];
    Automaton body;
    body.backward = !node.behind;
    if (!Emit(node.children[0], &body) || !Push({OpCode::kMatch}, &body)) return kNotCompiled;
    program_->lookarounds.push_back(std::move(body));
    lookaround_index_[index] = static_cast<std::uint32_t>(program_->lookarounds.size() - 1);
    return lookaround_index_[index];
  }

  // StartsAnchored: whether every match must begin with a (non-multiline) ^.
  bool StartsAnchored(std::uint32_t index) const {
    const Node& node = ast_.nodes[index];
    switch (node.kind) {
      case NodeKind::kAssertion: return node.assertion == AssertionKind::kInputStart;
      case NodeKind::kConcat: return StartsAnchored(node.children[0]);
      case NodeKind::kAlternation:
        for (std::uint32_t child : node.children) {
          if (!StartsAnchored(child)) return false;
        }
        return true;
      case NodeKind::kRepeat: return node.min > 0 && StartsAnchored(node.children[0]);
      default: return false;
    }
  }

  const Ast& ast_;
  const std::size_t max_instructions_;
  Program* program_;
  std::vector<std::uint32_t> lookaround_index_;  // by node; kNotCompiled until compiled
  std::vector<std::uint32_t> set_index_;         // Ast set → Program set; kNotCompiled until used
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> sets_by_hash_;
  std::size_t emitted_ = 0;
  std::string error_;
};

}  // namespace

bool CompileProgram(const Ast& ast, std::size_t max_instructions, Program* program, std::string* error) {
  *program = Program{};
  return Compiler(ast, max_instructions, program).Run(error);
}

}  // namespace yaosu::regex::internal

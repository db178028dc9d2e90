#include "core/regex/internal/parser.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/regex/internal/builtin_sets.h"
#include "core/regex/internal/class_parser.h"
#include "core/regex/internal/escape_parser.h"
#include "core/regex/internal/pattern_reader.h"

namespace yaosu::regex::internal {
namespace {

// Modifiers: the flags (?ims-ims:...) switch on or off inside a group.
struct Modifiers {
  bool ignore_case = false;
  bool multiline = false;
  bool dot_all = false;
};

// OpenDisjunction: a group (or the whole pattern) being parsed. Markers are
// code point offsets + 1, so the whole pattern's marker 0 precedes every group.
struct OpenDisjunction {
  std::size_t marker;
  std::size_t alternative_start;  // where its current alternative began
};

// Digits: a decimal literal from a quantifier, kept exact for comparison.
struct Digits {
  std::string text;         // without leading zeros
  std::uint32_t value = 0;  // saturated just below kUnbounded
};

bool IsQuantifierStart(char32_t c) { return c == U'*' || c == U'+' || c == U'?' || c == U'{'; }

bool Greater(const Digits& a, const Digits& b) {
  if (a.text.size() != b.text.size()) return a.text.size() > b.text.size();
  return a.text > b.text;
}

class Parser {
 public:
  Parser(std::u32string_view pattern, const ParseOptions& options, Ast* ast)
      : reader_(pattern, options.build_sets), options_(options), ast_(ast) {}

  bool Run(std::string* error) {
    const std::optional<std::uint32_t> root = ParseDisjunction(0);
    if (root && !reader_.AtEnd()) reader_.Fail("unmatched ')'");
    if (!reader_.failed()) CheckReferences();
    if (reader_.failed()) {
      *error = reader_.error();
      return false;
    }
    ast_->root = *root;
    ast_->uses_unsupported_property = reader_.uses_unsupported_property;
    return true;
  }

 private:
  std::uint32_t AddNode(Node node) {
    ast_->nodes.push_back(std::move(node));
    return static_cast<std::uint32_t>(ast_->nodes.size() - 1);
  }

  std::uint32_t AddSetNode(CodePointSet set) {
    ast_->sets.push_back(std::move(set));
    Node node;
    node.kind = NodeKind::kSet;
    node.set = static_cast<std::uint32_t>(ast_->sets.size() - 1);
    return AddNode(std::move(node));
  }

  std::uint32_t AddCodePointNode(char32_t code_point) {
    Node node;
    node.kind = NodeKind::kCodePoint;
    node.code_point = code_point;
    return AddNode(std::move(node));
  }

  std::uint32_t AddListNode(NodeKind kind, std::vector<std::uint32_t> children) {
    Node node;
    node.kind = kind;
    node.children = std::move(children);
    return AddNode(std::move(node));
  }

  // Disjunction :: Alternative ( "|" Alternative )*
  std::optional<std::uint32_t> ParseDisjunction(std::size_t marker) {
    disjunctions_.push_back({marker, reader_.position()});
    std::vector<std::uint32_t> alternatives;
    while (true) {
      const std::optional<std::uint32_t> alternative = ParseAlternative();
      if (!alternative) return std::nullopt;
      alternatives.push_back(*alternative);
      if (!reader_.Eat(U'|')) break;
      disjunctions_.back().alternative_start = reader_.position();
    }
    disjunctions_.pop_back();
    if (alternatives.size() == 1) return alternatives[0];
    return AddListNode(NodeKind::kAlternation, std::move(alternatives));
  }

  // Alternative :: Term*
  std::optional<std::uint32_t> ParseAlternative() {
    std::vector<std::uint32_t> terms;
    while (!reader_.AtEnd() && reader_.Peek() != U'|' && reader_.Peek() != U')') {
      if (!ParseTerm(&terms)) return std::nullopt;
    }
    if (terms.empty()) return AddNode(Node{});
    if (terms.size() == 1) return terms[0];
    return AddListNode(NodeKind::kConcat, std::move(terms));
  }

  // Term :: Assertion | Atom Quantifier?
  bool ParseTerm(std::vector<std::uint32_t>* terms) {
    const char32_t c = reader_.Peek();
    std::optional<std::uint32_t> atom;
    bool quantifiable = true;
    switch (c) {
      case U'^':
        reader_.Next();
        return PushAssertion(modifiers_.multiline ? AssertionKind::kLineStart : AssertionKind::kInputStart, terms);
      case U'$':
        reader_.Next();
        return PushAssertion(modifiers_.multiline ? AssertionKind::kLineEnd : AssertionKind::kInputEnd, terms);
      case U'\\':
        if (reader_.Peek(1) == U'b' || reader_.Peek(1) == U'B') {
          reader_.Next();
          const bool boundary = reader_.Next() == U'b';
          return PushAssertion(boundary ? AssertionKind::kWordBoundary : AssertionKind::kNotWordBoundary, terms);
        }
        atom = ParseAtomEscape();
        break;
      case U'(': atom = ParseGroup(&quantifiable); break;
      case U'.':
        reader_.Next();
        atom = AddSetNode(reader_.build_sets() ? DotSet(modifiers_.dot_all) : CodePointSet{});
        break;
      case U'[': {
        CodePointSet set;
        if (!ParseCharacterClass(reader_, &set)) return false;
        atom = AddSetNode(std::move(set));
        break;
      }
      case U'*':
      case U'+':
      case U'?':
      case U'{': return reader_.Fail("nothing to repeat");
      case U'}':
      case U']': return reader_.Fail("lone quantifier or class bracket");
      default: atom = AddCodePointNode(reader_.Next()); break;
    }
    if (!atom) return false;
    if (!quantifiable) {
      terms->push_back(*atom);
      return !IsQuantifierStart(reader_.Peek()) || reader_.Fail("nothing to repeat");
    }
    return ParseQuantifier(*atom, terms);
  }

  bool PushAssertion(AssertionKind kind, std::vector<std::uint32_t>* terms) {
    Node node;
    node.kind = NodeKind::kAssertion;
    node.assertion = kind;
    terms->push_back(AddNode(std::move(node)));
    // With the u flag no assertion takes a quantifier.
    return !IsQuantifierStart(reader_.Peek()) || reader_.Fail("nothing to repeat");
  }

  // AtomEscape, after "\" (\b and \B are assertions, handled by ParseTerm).
  std::optional<std::uint32_t> ParseAtomEscape() {
    reader_.Next();  // backslash
    const char32_t c = reader_.Peek();
    Node backreference;
    backreference.kind = NodeKind::kBackreference;
    if (c >= U'1' && c <= U'9') {
      std::uint32_t number = 0;
      while (IsDecimalDigit(reader_.Peek())) {
        const std::uint32_t digit = reader_.Next() - U'0';
        // Saturate: a number this large names a missing group anyway.
        number = number > 100'000'000 ? number : number * 10 + digit;
      }
      max_backreference_ = std::max(max_backreference_, number);
      return AddNode(std::move(backreference));
    }
    if (c == U'k') {
      reader_.Next();
      std::u32string name;
      if (!ParseGroupName(reader_, &name)) return std::nullopt;
      referenced_names_.push_back(std::move(name));
      return AddNode(std::move(backreference));
    }
    if (IsClassEscapeStart(c)) {
      CodePointSet set;
      if (!ParseClassEscape(reader_, &set)) return std::nullopt;
      set.Normalize();
      return AddSetNode(std::move(set));
    }
    char32_t code_point;
    if (!ParseCharacterEscape(reader_, &code_point)) return std::nullopt;
    return AddCodePointNode(code_point);
  }

  // Group, at "(": capturing, (?<name>...), (?:...), (?ims-ims:...) or a lookaround.
  std::optional<std::uint32_t> ParseGroup(bool* quantifiable) {
    const std::size_t marker = reader_.position() + 1;
    reader_.Next();  // (
    if (depth_ >= options_.max_nesting_depth) return Fail("groups nested too deeply");
    const Modifiers saved = modifiers_;
    std::optional<Node> lookaround;
    if (!reader_.Eat(U'?')) {
      ++capture_count_;
    } else if (reader_.Peek() == U'=' || reader_.Peek() == U'!') {
      lookaround.emplace();
      lookaround->negated = reader_.Next() == U'!';
    } else if (reader_.Peek() == U'<' && (reader_.Peek(1) == U'=' || reader_.Peek(1) == U'!')) {
      reader_.Next();
      lookaround.emplace();
      lookaround->behind = true;
      lookaround->negated = reader_.Next() == U'!';
    } else if (reader_.Peek() == U'<') {
      std::u32string name;
      if (!ParseGroupName(reader_, &name) || !CheckNewGroupName(name)) return std::nullopt;
      group_names_[name] = marker;
      ++capture_count_;
    } else if (!reader_.Eat(U':') && !ParseModifiers()) {
      return std::nullopt;
    }
    ++depth_;
    const std::optional<std::uint32_t> body = ParseDisjunction(marker);
    --depth_;
    modifiers_ = saved;
    if (!body) return std::nullopt;
    if (!reader_.Eat(U')')) return Fail("unterminated group");
    if (!lookaround) return body;
    *quantifiable = false;  // the u flag forbids quantified lookarounds
    lookaround->kind = NodeKind::kLookaround;
    lookaround->children.push_back(*body);
    return AddNode(std::move(*lookaround));
  }

  // Modifiers, after "(?": [ims]* ("-" [ims]*)? ":" — ES2025; no flag twice.
  bool ParseModifiers() {
    bool seen[3] = {false, false, false};
    bool any = false;
    bool enable = true;
    while (true) {
      const char32_t c = reader_.Peek();
      const std::size_t index = c == U'i' ? 0 : c == U'm' ? 1 : c == U's' ? 2 : 3;
      if (index == 3) {
        if (c == U'-' && enable) {
          reader_.Next();
          enable = false;
          continue;
        }
        break;
      }
      if (seen[index]) return reader_.Fail("repeated modifier flag");
      seen[index] = any = true;
      reader_.Next();
      bool* flag[3] = {&modifiers_.ignore_case, &modifiers_.multiline, &modifiers_.dot_all};
      *flag[index] = enable;
      if (index == 0 && enable) ast_->uses_ignore_case = true;
    }
    if (!reader_.Eat(U':') || (!enable && !any)) return reader_.Fail("invalid group");
    return true;
  }

  // CheckNewGroupName: two groups may share a name only in different
  // alternatives (ES2025). Checking against the latest group of that name
  // suffices, because earlier ones were already checked against each other.
  bool CheckNewGroupName(const std::u32string& name) {
    const auto it = group_names_.find(name);
    if (it == group_names_.end()) return true;
    const std::size_t previous = it->second;
    for (auto level = disjunctions_.rbegin(); level != disjunctions_.rend(); ++level) {
      if (level->marker >= previous) continue;               // opened after that group (or is it)
      if (previous < level->alternative_start) return true;  // in an earlier alternative
      break;
    }
    return reader_.Fail("duplicate group name");
  }

  // Quantifier :: ( * | + | ? | {n} | {n,} | {n,m} ) "?"?
  bool ParseQuantifier(std::uint32_t atom, std::vector<std::uint32_t>* terms) {
    Node node;
    node.kind = NodeKind::kRepeat;
    node.children.push_back(atom);
    switch (reader_.Peek()) {
      case U'*':
        node.min = 0, node.max = kUnbounded;
        reader_.Next();
        break;
      case U'+':
        node.min = 1, node.max = kUnbounded;
        reader_.Next();
        break;
      case U'?':
        node.min = 0, node.max = 1;
        reader_.Next();
        break;
      case U'{':
        if (!ParseBraces(&node.min, &node.max)) return false;
        break;
      default: terms->push_back(atom); return true;
    }
    reader_.Eat(U'?');  // lazy: the same strings match
    terms->push_back(AddNode(std::move(node)));
    return true;
  }

  // ParseBraces: "{n}", "{n,}" or "{n,m}" — with the u flag anything else is an error.
  bool ParseBraces(std::uint32_t* min, std::uint32_t* max) {
    reader_.Next();  // {
    Digits low;
    Digits high;
    if (!ReadDigits(&low)) return reader_.Fail("incomplete quantifier");
    *min = *max = low.value;
    if (reader_.Eat(U',')) {
      *max = kUnbounded;
      if (ReadDigits(&high)) {
        if (Greater(low, high)) return reader_.Fail("numbers out of order in quantifier");
        *max = high.value;
      }
    }
    if (!reader_.Eat(U'}')) return reader_.Fail("incomplete quantifier");
    return true;
  }

  bool ReadDigits(Digits* digits) {
    bool any = false;
    while (IsDecimalDigit(reader_.Peek())) {
      const char digit = static_cast<char>(reader_.Next());
      any = true;
      if (digits->text.empty() && digit == '0') continue;
      digits->text.push_back(digit);
      const std::uint64_t value = std::uint64_t{digits->value} * 10 + static_cast<std::uint64_t>(digit - '0');
      digits->value = static_cast<std::uint32_t>(std::min<std::uint64_t>(value, kUnbounded - 1));
    }
    return any;
  }

  // CheckReferences: with the u flag, \N and \k<name> must name existing groups.
  void CheckReferences() {
    if (max_backreference_ > capture_count_) {
      reader_.Fail("backreference to a missing group");
      return;
    }
    for (const std::u32string& name : referenced_names_) {
      if (group_names_.count(name) == 0) {
        reader_.Fail("backreference to a missing group name");
        return;
      }
    }
  }

  std::nullopt_t Fail(std::string_view message) {
    reader_.Fail(message);
    return std::nullopt;
  }

  PatternReader reader_;
  const ParseOptions& options_;
  Ast* ast_;
  Modifiers modifiers_;
  std::size_t depth_ = 0;
  std::uint32_t capture_count_ = 0;
  std::uint32_t max_backreference_ = 0;
  std::vector<std::u32string> referenced_names_;
  std::map<std::u32string, std::size_t> group_names_;  // name → marker of its latest group
  std::vector<OpenDisjunction> disjunctions_;
};

}  // namespace

bool Parse(std::u32string_view pattern, const ParseOptions& options, Ast* ast, std::string* error) {
  *ast = Ast{};
  return Parser(pattern, options, ast).Run(error);
}

}  // namespace yaosu::regex::internal

// File: ECMAScript regular expressions over Unicode code points, in linear time.
//
// JSON Schema's `pattern`, `patternProperties` and `format: "regex"` use
// ECMA-262 regular expressions. Schemas are data that may come from anyone, so
// matching must never backtrack exponentially or recurse on the input: patterns
// compile to a Pike VM (Thompson NFA simulation) whose cost is bounded by
// program size × input length, with both bounds explicit in RegexLimits.
//
//   std::string error;
//   std::optional<Regex> re = Regex::Compile("^[\\u4e00-\\u9fa5]{2,4}$", &error);
//   if (re && re->Search("张三") == MatchStatus::kMatch) { ... }
//
// Matching is by code point (the `u` flag's semantics): "." matches one Chinese
// character, and `{2,4}` counts characters, not bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace yaosu::regex {

// RegexLimits: the explicit bounds that keep hostile patterns from hanging.
struct RegexLimits {
  std::size_t max_pattern_length = 4096;  // bytes of pattern text
  std::size_t max_program_size = 20000;   // compiled instructions (counted repetition expands)
  std::uint64_t max_steps = 20'000'000;   // VM steps per Search call
};

// MatchStatus: the outcome of a search. kBudgetExceeded means the step budget
// ran out before an answer; callers report it as a diagnostic, never as a match.
enum class MatchStatus { kMatch, kNoMatch, kBudgetExceeded, kInvalidInput };

class Program;  // internal: the compiled VM program (core/regex/internal/)

// Regex: a compiled pattern. Immutable and safe to share between threads.
class Regex {
 public:
  // Compile: parses and compiles an ECMA-262 pattern (UTF-8). On failure
  // returns nullopt and sets *error to a short English reason.
  static std::optional<Regex> Compile(std::string_view pattern, std::string* error, const RegexLimits& limits = {});

  // Search: unanchored search, as RegExp.prototype.test: is there a match
  // anywhere in `subject` (UTF-8)? kInvalidInput when subject is not UTF-8.
  MatchStatus Search(std::string_view subject) const;
  MatchStatus Search(std::u32string_view subject) const;

  const std::string& pattern() const { return pattern_; }

 private:
  Regex(std::string pattern, std::shared_ptr<const Program> program, RegexLimits limits);
  // Run: the search over code points known to be scalar values.
  MatchStatus Run(std::u32string_view subject) const;
  std::string pattern_;
  std::shared_ptr<const Program> program_;
  RegexLimits limits_;
};

// IsEcmaScriptRegex: whether `pattern` is syntactically a valid ECMA-262
// pattern (with the `u` flag), including constructs Regex::Compile may refuse
// to run (backreferences, lookbehind). For format "regex".
bool IsEcmaScriptRegex(std::string_view pattern);

}  // namespace yaosu::regex

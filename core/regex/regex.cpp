#include "core/regex/regex.h"

#include <utility>

#include "core/regex/internal/ast.h"
#include "core/regex/internal/compiler.h"
#include "core/regex/internal/parser.h"
#include "core/regex/internal/program.h"
#include "core/regex/internal/utf8.h"
#include "core/regex/internal/vm.h"

namespace yaosu::regex {

Regex::Regex(std::string pattern, std::shared_ptr<const Program> program, RegexLimits limits)
    : pattern_(std::move(pattern)), program_(std::move(program)), limits_(limits) {}

std::optional<Regex> Regex::Compile(std::string_view pattern, std::string* error, const RegexLimits& limits) {
  std::string ignored;
  std::string& message = error != nullptr ? *error : ignored;
  if (pattern.size() > limits.max_pattern_length) {
    message = "pattern longer than " + std::to_string(limits.max_pattern_length) + " bytes";
    return std::nullopt;
  }
  const std::optional<std::u32string> code_points = internal::DecodeUtf8(pattern);
  if (!code_points) {
    message = "pattern is not valid UTF-8";
    return std::nullopt;
  }
  internal::Ast ast;
  if (!internal::Parse(*code_points, internal::ParseOptions{}, &ast, &message)) return std::nullopt;
  auto program = std::make_shared<Program>();
  if (!internal::CompileProgram(ast, limits.max_program_size, program.get(), &message)) {
    return std::nullopt;
  }
  program->set_sequence = internal::SetSequence::From(ast);
  return Regex(std::string(pattern), std::move(program), limits);
}

MatchStatus Regex::Search(std::string_view subject) const {
  // Kept per thread: validating a form searches thousands of short subjects.
  // A long one's buffer is let go, not held for the life of the thread.
  constexpr std::size_t kKeptCodePoints = 1 << 16;
  thread_local std::u32string code_points;
  MatchStatus status = MatchStatus::kInvalidInput;
  if (internal::DecodeUtf8Into(subject, code_points)) {
    status = Run(code_points);
  }
  if (code_points.capacity() > kKeptCodePoints) std::u32string().swap(code_points);
  return status;
}

MatchStatus Regex::Search(std::u32string_view subject) const {
  for (char32_t c : subject) {
    if (!internal::IsScalarValue(c)) return MatchStatus::kInvalidInput;
  }
  return Run(subject);
}

MatchStatus Regex::Run(std::u32string_view subject) const {
  if (program_->set_sequence) {
    return program_->set_sequence->Matches(subject) ? MatchStatus::kMatch : MatchStatus::kNoMatch;
  }
  return internal::RunProgram(*program_, subject, limits_.max_steps);
}

bool IsEcmaScriptRegex(std::string_view pattern) {
  const std::optional<std::u32string> code_points = internal::DecodeUtf8(pattern);
  if (!code_points) return false;
  internal::ParseOptions options;
  options.build_sets = false;  // syntax only: no \p{...} tables, whatever the length
  internal::Ast ast;
  std::string error;
  return internal::Parse(*code_points, options, &ast, &error);
}

}  // namespace yaosu::regex

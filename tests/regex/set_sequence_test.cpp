// SetSequence, the one-pass matcher of ^[…]{m,n}…$ patterns, against the Pike
// VM: for each pattern it takes, the same answer on every subject of up to six
// code points from a small alphabet; the patterns where reading greedily could
// miss a match are left to the VM.
#include "core/regex/internal/set_sequence.h"

#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/regex/internal/compiler.h"
#include "core/regex/internal/parser.h"
#include "core/regex/internal/program.h"
#include "core/regex/internal/utf8.h"
#include "core/regex/internal/vm.h"

namespace yaosu::regex::internal {
namespace {

Ast Parsed(std::string_view pattern) {
  Ast ast;
  std::string error;
  const std::optional<std::u32string> code_points = DecodeUtf8(pattern);
  EXPECT_TRUE(code_points && Parse(*code_points, ParseOptions{}, &ast, &error)) << pattern << ": " << error;
  return ast;
}

// Subjects: every string of 0 to `length` code points over `alphabet`.
std::vector<std::u32string> Subjects(const std::u32string& alphabet, std::size_t length) {
  std::vector<std::u32string> all = {U""}, last = {U""};
  for (std::size_t n = 1; n <= length; ++n) {
    std::vector<std::u32string> next;
    for (const std::u32string& prefix : last) {
      for (char32_t c : alphabet) next.push_back(prefix + c);
    }
    all.insert(all.end(), next.begin(), next.end());
    last = std::move(next);
  }
  return all;
}

TEST(SetSequence, AgreesWithThePikeVmOnEverySmallSubject) {
  const char* const taken[] = {
      "^a$",
      "^\\d{6}$",
      "^[a-c]{2,4}$",
      "^a*b$",
      "^a+b?c*$",
      "^\\d{3}-\\d{2,}$",
      "^[ab]{0,3}c$",
      "^1[3-9]\\d{2}$",
      "^[\\d张]{1,2}$",
      "^张?三{2}[^a]$",
      "^$",
      "^[^abc]*$",
      "^a{2}a{1,2}$",
      "^[\\u4e00-\\u9fa5·]{2,4}$",
  };
  const std::vector<std::u32string> subjects = Subjects(U"abc1-张三·", 6);
  for (const char* pattern : taken) {
    const Ast ast = Parsed(pattern);
    const std::optional<SetSequence> sequence = SetSequence::From(ast);
    ASSERT_TRUE(sequence.has_value()) << pattern;
    Program program;
    std::string error;
    ASSERT_TRUE(CompileProgram(ast, 20000, &program, &error)) << error;
    for (const std::u32string& subject : subjects) {
      const bool by_vm = RunProgram(program, subject, 1'000'000) == MatchStatus::kMatch;
      ASSERT_EQ(sequence->Matches(subject), by_vm) << pattern << " on a subject of " << subject.size();
    }
  }
}

TEST(SetSequence, LeavesToTheVmWhatGreedyReadingCouldGetWrongOrThatIsNotASequence) {
  for (const char* pattern : {"^a*a$", "^\\d{1,3}\\d{2}$", "^a*b?a$", "^[ab]+b$", "a{2}$", "^a{2}", "^(?:ab)+$",
                              "^a|b$", "^a(?=b)b$", "(?m:^a$)", "^a\\b$"}) {
    EXPECT_FALSE(SetSequence::From(Parsed(pattern)).has_value()) << pattern;
  }
}

}  // namespace
}  // namespace yaosu::regex::internal

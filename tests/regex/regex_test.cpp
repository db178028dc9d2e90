#include "core/regex/regex.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace yaosu::regex {
namespace {

// Search: compiles `pattern` (which must compile) and searches `subject`.
MatchStatus SearchWith(std::string_view pattern, std::string_view subject, const RegexLimits& limits = {}) {
  std::string error;
  std::optional<Regex> re = Regex::Compile(pattern, &error, limits);
  EXPECT_TRUE(re.has_value()) << pattern << ": " << error;
  if (!re) return MatchStatus::kNoMatch;
  return re->Search(subject);
}

bool Matches(std::string_view pattern, std::string_view subject) {
  return SearchWith(pattern, subject) == MatchStatus::kMatch;
}

// CompileError: the error of a pattern that must fail to compile.
std::string CompileError(std::string_view pattern, const RegexLimits& limits = {}) {
  std::string error;
  std::optional<Regex> re = Regex::Compile(pattern, &error, limits);
  EXPECT_FALSE(re.has_value()) << pattern;
  EXPECT_FALSE(error.empty()) << pattern;
  return error;
}

struct SyntaxCase {
  std::string_view pattern;
  bool valid;
};

// Cases from the JSON Schema test suite (optional/format/regex.json,
// optional/format/ecmascript-regex.json) and ECMA-262's `u`-flag grammar.
const SyntaxCase kSyntaxCases[] = {
    // The suite's format "regex" cases.
    {"([abc])+\\s+$", true},
    {"^(abc]", false},
    {"\\a", false},
    {"(?P<name>x)", false},
    {"(?P<n>a)(?P=n)", false},
    {"(?#comment)a", false},
    {"(?i)abc", false},
    {"(?ims)abc", false},
    {"(?<name>x)", true},
    {"(?<n>a)\\k<n>", true},
    {"(?<=a+)b", true},
    {"[]", true},
    {"[^]", true},
    {"\\cA", true},
    // Groups, alternation, quantifiers.
    {"", true},
    {"a|b|", true},
    {"(?:a)(b)(?<c>d)", true},
    {"a{2}b{2,}c{2,3}d*?e+?f??g{1,2}?", true},
    {"a{3,2}", false},
    {"a{99999999999999999999,99999999999999999998}", false},
    {"a{,5}", false},
    {"a{", false},
    {"{1}", false},
    {"a}", false},
    {"]", false},
    {"*a", false},
    {"a**", false},
    {"(", false},
    {")", false},
    {"a)", false},
    {"(?", false},
    {"(?<>a)", false},
    {"(?<1a>a)", false},
    {"(?<$_a1>a)", true},
    {"(?<\\u0061>a)\\k<a>", true},
    {"(?<名字>张三)\\k<名字>", true},
    {"(?<a>x)(?<a>y)", false},
    {"(?<a>(?<a>x))", false},
    {"(?:(?<a>x)|y)(?<a>z)", false},
    {"(?<a>x)|(?<a>y)", true},  // ES2025: duplicates in different alternatives
    {"(?:(?<a>x)|(?<a>y))\\k<a>", true},
    // Assertions: with the u flag none takes a quantifier.
    {"^$\\b\\B", true},
    {"^*", false},
    {"\\b+", false},
    {"(?=a)*", false},
    {"(?<!a){2}", false},
    {"(?=a)(?!b)(?<=c)(?<!d)", true},
    // Escapes.
    {"\\t\\n\\r\\v\\f\\0", true},
    {"\\00", false},
    {"\\cc\\cZ", true},
    {"\\c1", false},
    {"\\c", false},
    {"\\x41\\u0041\\u{41}\\u{10FFFF}\\u{000000041}", true},
    {"\\x4", false},
    {"\\u004", false},
    {"\\u{110000}", false},
    {"\\u{}", false},
    {"\\uD83D\\uDE00", true},
    {"\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/", true},
    {"\\-", false},  // only inside a class
    {"\\_", false},
    {"\\ ", false},
    {"\\é", false},
    {"\\", false},
    {"\\1", false},  // no group 1
    {"(a)\\1", true},
    {"\\1(a)", true},  // forward references are allowed
    {"(a)\\2", false},
    {"\\k<a>", false},
    {"(?<a>x)\\k<b>", false},
    {"\\k", false},
    // Character classes.
    {"[a-z0-9_]", true},
    {"[z-a]", false},
    {"[\\d-z]", false},
    {"[a-\\d]", false},
    {"[-a]", true},
    {"[a-]", true},
    {"[\\-]", true},
    {"[\\b]", true},
    {"[\\B]", false},
    {"[\\1]", false},
    {"[\\0]", true},
    {"[\\c1]", false},
    {"[[]", true},
    {"[a", false},
    // Unicode property escapes: exact, case-sensitive names.
    {"\\p{L}\\p{Letter}\\p{Lu}\\p{Ll}\\p{N}\\p{Nd}\\p{digit}\\p{P}\\p{punct}", true},
    {"\\p{gc=Lu}\\p{General_Category=Letter}\\p{Script=Han}\\p{sc=Hani}\\p{scx=Han}", true},
    {"\\P{L}[\\p{L}\\P{N}]", true},
    {"\\p{Emoji}\\p{Script=Greek}\\p{Script=Tamil}", true},  // known names, even without data
    {"\\p{letter}", false},
    {"\\p{Foo}", false},
    {"\\p{Script=Foo}", false},
    {"\\p{Block=Basic_Latin}", false},
    {"\\p{L=Lu}", false},
    {"\\p{}", false},
    {"\\pL", false},
    {"[\\p{L}-z]", false},
    // ES2025 modifiers.
    {"(?i:a)(?-i:b)(?m-s:c)(?ims:d)", true},
    {"(?ii:a)", false},
    {"(?i-i:a)", false},
    {"(?-:a)", false},
    {"(?x:a)", false},
    // Non-ASCII text.
    {"^[\\u4e00-\\u9fa5]{2,4}$", true},
    {"^张.$", true},
    {"🐲+", true},
};

TEST(IsEcmaScriptRegex, AcceptsAndRejectsLikeEcma262WithTheUFlag) {
  for (const SyntaxCase& c : kSyntaxCases) {
    EXPECT_EQ(IsEcmaScriptRegex(c.pattern), c.valid) << c.pattern;
  }
}

TEST(IsEcmaScriptRegex, RejectsInvalidUtf8) {
  EXPECT_FALSE(IsEcmaScriptRegex("a\xff"));
  EXPECT_FALSE(IsEcmaScriptRegex("\xc0\xaf"));
}

TEST(RegexCompile, AgreesWithTheSyntaxCheckOnRejections) {
  for (const SyntaxCase& c : kSyntaxCases) {
    if (!c.valid) CompileError(c.pattern);
  }
}

TEST(RegexCompile, RefusesWhatThePikeVmCannotRun) {
  EXPECT_NE(CompileError("(a)\\1").find("backreferences are not supported"), std::string::npos);
  EXPECT_NE(CompileError("(?<n>a)\\k<n>").find("backreferences"), std::string::npos);
  EXPECT_NE(CompileError("(?i:abc)").find("not supported"), std::string::npos);
  EXPECT_NE(CompileError("\\p{Emoji}").find("not supported"), std::string::npos);
  EXPECT_NE(CompileError("\\p{Foo}").find("unknown Unicode property"), std::string::npos);
}

TEST(RegexCompile, ReportsTheCauseOfSyntaxErrors) {
  EXPECT_NE(CompileError("^(abc").find("unterminated group"), std::string::npos);
  EXPECT_NE(CompileError("^(abc]").find("bracket"), std::string::npos);
  EXPECT_NE(CompileError("\\a").find("invalid escape"), std::string::npos);
  EXPECT_NE(CompileError("a\xff").find("UTF-8"), std::string::npos);
}

struct MatchCase {
  std::string_view pattern;
  std::string_view subject;
  bool match;
};

const MatchCase kMatchCases[] = {
    // Unanchored by default, anchored by ^ and $ (no trailing-newline slack).
    {"", "", true},
    {"", "abc", true},
    {"a+", "xxaayy", true},
    {"^a*$", "aaa", true},
    {"^a*$", "abc", false},
    {"^abc$", "abc", true},
    {"^abc$", "abc\n", false},
    {"^abc$", "\nabc", false},
    {"[0-9]{2,}", "a31b", true},
    {"[0-9]{2,}", "answer 1", false},
    {"X_", "a_x_3", false},
    {"f.*o", "foo", true},
    // Alternation and groups.
    {"^(?:cat|dog)s?$", "dogs", true},
    {"^(?:cat|dog)s?$", "cow", false},
    {"^(a|b)(?<c>c)$", "bc", true},
    {"^(|a)b$", "b", true},
    // Counted repetition counts code points.
    {"^a{3}$", "aaa", true},
    {"^a{3}$", "aa", false},
    {"^a{2,3}$", "aaaa", false},
    {"^a{2,}$", "aaaaaa", true},
    {"^a{0}$", "", true},
    {"^(?:ab){2}$", "abab", true},
    {"^x??y*?z+?$", "zz", true},
    // Escapes.
    {"^\\t$", "\t", true},
    {"^\\t$", "\\t", false},
    {"^\\cC$", "\x03", true},
    {"^\\cc$", "\x03", true},
    {"^\\x41\\u0042\\u{43}$", "ABC", true},
    {"^\\0$", std::string_view("\0", 1), true},
    {"^\\uD83D\\uDC32$", "🐲", true},  // an escaped surrogate pair is one code point
    {"^\\u{1F432}$", "🐲", true},
    {"^\\.\\*\\/$", ".*/", true},
    // "." is one code point, not a line terminator.
    {"^.$", "🐲", true},
    {"^.$", "张", true},
    {"^.$", "\n", false},
    {"^.$", "\r", false},
    {"^.$", "\xE2\x80\xA8", false},  // U+2028
    {"^..$", "🐲", false},
    {"^🐲*$", "🐲🐲", true},
    {"^🐲*$", "🐉", false},
    // \d and \w are ASCII; \s follows ECMAScript's WhiteSpace + LineTerminator.
    {"^\\d$", "0", true},
    {"^\\d$", "\xDF\x80", false},  // U+07C0 NKO DIGIT ZERO
    {"^\\D$", "\xDF\x80", true},
    {"^\\d+$", "৪২", false},  // Bengali digits
    {"^\\w$", "a", true},
    {"^\\w$", "é", false},
    {"^\\W$", "é", true},
    {"\\wcole", "l'école", false},
    {"\\wcole", "l'ecole", true},
    {"^\\s$", " ", true},
    {"^\\s$", "\t", true},
    {"^\\s$", "\v", true},
    {"^\\s$", "\f", true},
    {"^\\s$", "\n", true},
    {"^\\s$", "\xC2\xA0", true},      // U+00A0
    {"^\\s$", "\xEF\xBB\xBF", true},  // U+FEFF
    {"^\\s$", "\xE2\x80\xA9", true},  // U+2029
    {"^\\s$", "\xE2\x80\x83", true},  // U+2003 EM SPACE
    {"^\\s$", "\xE3\x80\x80", true},  // U+3000 ideographic space
    {"^\\s$", "\x01", false},
    {"^\\s$", "\xE2\x80\x93", false},  // U+2013 EN DASH
    {"^\\S$", "\xE3\x80\x80", false},
    {"^\\S$", "\xE2\x80\x93", true},
    // Word boundaries use \w.
    {"\\bfoo\\b", "a foo b", true},
    {"\\bfoo\\b", "afoo", false},
    {"\\Boo\\B", "fooo", true},
    {"^\\B$", "", true},
    // Character classes.
    {"^[a-c]+$", "abcabc", true},
    {"^[^a-c]+$", "xyz", true},
    {"^[^a-c]+$", "xaz", false},
    {"^[\\d\\-]+$", "010-1234", true},
    {"^[-a]$", "-", true},
    {"^[\\b]$", "\b", true},
    {"[]", "anything", false},
    {"^[^]$", "\n", true},
    {"^[\\u{1F432}-\\u{1F433}]$", "🐲", true},
    {"^[\\uD83D\\uDC32]$", "🐲", true},
    {"[a-z]cole", "l'école", false},
    // Unicode properties.
    {"\\p{Letter}cole", "l'école", true},
    {"\\p{Letter}cole", "L'ÉCOLE", false},
    {"^\\p{Letter}+$", "Hello", true},
    {"^\\p{Letter}+$", "π", true},
    {"^\\p{Letter}+$", "张三", true},
    {"^\\p{Letter}+$", "123", false},
    {"^\\p{L}+$", "Привет", true},
    {"^\\p{Lu}$", "É", true},
    {"^\\p{Lu}$", "é", false},
    {"^\\p{Ll}$", "é", true},
    {"^\\p{digit}+$", "42", true},
    {"^\\p{digit}+$", "৪২", true},
    {"^\\p{digit}+$", "-%#", false},
    {"^\\p{Nd}$", "\xDF\x80", true},
    {"^\\p{N}$", "Ⅻ", true},  // U+216B, a letter number
    {"^\\p{P}+$", "，。！", true},
    {"^\\P{L}$", "1", true},
    {"^\\P{L}$", "a", false},
    {"^[\\p{L}\\d]+$", "abc123张", true},
    {"^[^\\p{L}]$", "张", false},
    {"^\\p{ASCII}+$", "abc", true},
    {"^\\p{ASCII}+$", "abç", false},
    {"^\\p{Any}$", "🐲", true},
    {"^\\p{White_Space}$", "\xC2\x85", true},  // U+0085, White_Space but not \s
    {"^\\s$", "\xC2\x85", false},
    // Modifiers: s and m run; i is refused (see RefusesWhatThePikeVmCannotRun).
    {"^a(?s:.)b$", "a\nb", true},
    {"^a.b$", "a\nb", false},
    {"(?m:^b$)", "a\nb\nc", true},
    {"^b$", "a\nb\nc", false},
    {"(?s:a(?-s:.)b)", "a\nb", false},
};

TEST(RegexSearch, MatchesLikeRegExpTestWithTheUFlag) {
  for (const MatchCase& c : kMatchCases) {
    const MatchStatus expected = c.match ? MatchStatus::kMatch : MatchStatus::kNoMatch;
    EXPECT_EQ(SearchWith(c.pattern, c.subject), expected) << c.pattern << " on \"" << c.subject << "\"";
  }
}

TEST(RegexSearch, CountsChineseCharactersNotBytes) {
  std::string error;
  std::optional<Regex> re = Regex::Compile("^[\\u4e00-\\u9fa5]{2,4}$", &error);
  ASSERT_TRUE(re.has_value()) << error;
  EXPECT_EQ(re->Search("张三"), MatchStatus::kMatch);
  EXPECT_EQ(re->Search("欧阳娜娜"), MatchStatus::kMatch);
  EXPECT_EQ(re->Search("张"), MatchStatus::kNoMatch);
  EXPECT_EQ(re->Search("欧阳娜娜娜"), MatchStatus::kNoMatch);
  EXPECT_EQ(re->Search("abc"), MatchStatus::kNoMatch);
  EXPECT_EQ(re->Search("张a"), MatchStatus::kNoMatch);
  EXPECT_EQ(re->pattern(), "^[\\u4e00-\\u9fa5]{2,4}$");
}

TEST(RegexSearch, ChineseLiteralsAndScripts) {
  EXPECT_TRUE(Matches("^张.$", "张三"));
  EXPECT_FALSE(Matches("^张.$", "李四"));
  EXPECT_TRUE(Matches("^[张李王]", "王五"));
  EXPECT_TRUE(Matches("^[张-李]$", "李"));
  EXPECT_TRUE(Matches("(原告|被告)：", "被告：某公司"));
  EXPECT_TRUE(Matches("^\\p{Script=Han}+$", "人民法院"));
  EXPECT_TRUE(Matches("^\\p{sc=Han}+$", "𠀀"));  // U+20000, extension B
  EXPECT_FALSE(Matches("^\\p{sc=Han}+$", "にほん"));
  EXPECT_TRUE(Matches("^\\p{scx=Han}+$", "。"));  // U+3002 is Common but used with Han
  EXPECT_FALSE(Matches("^\\p{sc=Han}$", "。"));
  EXPECT_TRUE(Matches("^\\p{sc=Hiragana}+$", "にほん"));
}

TEST(RegexSearch, CourtFormPatterns) {
  EXPECT_TRUE(Matches("^\\d{17}[\\dXx]$", "11010519491231002X"));
  EXPECT_FALSE(Matches("^\\d{17}[\\dXx]$", "1101051949123100"));
  EXPECT_TRUE(Matches("^1[3-9]\\d{9}$", "13812345678"));
  EXPECT_FALSE(Matches("^1[3-9]\\d{9}$", "12812345678"));
  EXPECT_TRUE(Matches("^\\d+(\\.\\d{1,2})?$", "12.50"));
  EXPECT_FALSE(Matches("^\\d+(\\.\\d{1,2})?$", "12.505"));
}

TEST(RegexSearch, Lookarounds) {
  const char* password = "^(?=.*\\d)(?=.*[a-z])(?!.*\\s).{8,}$";
  EXPECT_TRUE(Matches(password, "abcdefg1"));
  EXPECT_FALSE(Matches(password, "abcdefgh"));
  EXPECT_FALSE(Matches(password, "abcd efg1"));
  EXPECT_FALSE(Matches(password, "abc1"));
  EXPECT_TRUE(Matches("(?<=\\$)\\d+", "cost: $42"));
  EXPECT_FALSE(Matches("(?<=\\$)\\d+", "cost: 42"));
  EXPECT_TRUE(Matches("(?<!a)b", "ab cb"));
  EXPECT_FALSE(Matches("(?<!a)b", "ab ab"));
  EXPECT_TRUE(Matches("(?<=a+)b", "aaab"));  // variable-width lookbehind
  EXPECT_TRUE(Matches("^(?!abc).*$", "abd"));
  EXPECT_FALSE(Matches("^(?!abc).*$", "abcd"));
  EXPECT_FALSE(Matches("^(?=(?<=^a)b)", "ab"));  // (?<=^a) cannot hold at position 0
  EXPECT_TRUE(Matches("a(?=b(?<=ab))b", "ab"));  // nested, mixed directions
  EXPECT_FALSE(Matches("a(?=b(?<!ab))b", "ab"));
  EXPECT_TRUE(Matches("(?:(?=a)a){3}", "aaa"));  // a repeated lookaround is evaluated once
  EXPECT_TRUE(Matches("(?<=张)三", "张三"));
  EXPECT_FALSE(Matches("(?<=李)三", "张三"));
}

TEST(RegexSearch, EmptyLoopsTerminate) {
  EXPECT_TRUE(Matches("^(a*)*$", "aaaa"));
  EXPECT_TRUE(Matches("^(a*)*$", ""));
  EXPECT_FALSE(Matches("^(a*)*$", "aab"));
  EXPECT_TRUE(Matches("^(?:)*$", ""));
  EXPECT_TRUE(Matches("^(?:a?)+b$", "b"));
  EXPECT_TRUE(Matches("^(?:|a)*b$", "aab"));
  EXPECT_TRUE(Matches("^(?:\\b)*a$", "a"));
  EXPECT_TRUE(Matches("^(?:){4294967295}$", ""));  // huge count of nothing is nothing
  EXPECT_TRUE(Matches("^(?:(?=a))*a$", "a"));
}

TEST(RegexSearch, RunsInLinearTime) {
  // Each of these takes exponential time in a backtracking engine.
  const std::string as(100000, 'a');
  EXPECT_EQ(SearchWith("(a*)*b", as), MatchStatus::kNoMatch);
  EXPECT_EQ(SearchWith("(a|aa)*c", as), MatchStatus::kNoMatch);
  EXPECT_EQ(SearchWith("^(\\w+\\s?)*$", as + "!"), MatchStatus::kNoMatch);
  EXPECT_EQ(SearchWith("(x+x+)+y", std::string(50000, 'x')), MatchStatus::kNoMatch);
  EXPECT_EQ(SearchWith("(?=(a+)+b)", as), MatchStatus::kNoMatch);
  EXPECT_EQ(SearchWith("(a*)*$", as), MatchStatus::kMatch);
}

TEST(RegexSearch, RejectsSubjectsThatAreNotUtf8) {
  std::string error;
  std::optional<Regex> re = Regex::Compile(".*", &error);
  ASSERT_TRUE(re.has_value());
  EXPECT_EQ(re->Search("ok 张三"), MatchStatus::kMatch);
  EXPECT_EQ(re->Search("\xff"), MatchStatus::kInvalidInput);
  EXPECT_EQ(re->Search("\xC0\xAF"), MatchStatus::kInvalidInput);          // overlong "/"
  EXPECT_EQ(re->Search("\xE0\x80\xAF"), MatchStatus::kInvalidInput);      // overlong "/"
  EXPECT_EQ(re->Search("\xED\xA0\x80"), MatchStatus::kInvalidInput);      // surrogate U+D800
  EXPECT_EQ(re->Search("\xF4\x90\x80\x80"), MatchStatus::kInvalidInput);  // U+110000
  EXPECT_EQ(re->Search("\xE5\xBC"), MatchStatus::kInvalidInput);          // truncated 张
  EXPECT_EQ(re->Search("\x80"), MatchStatus::kInvalidInput);              // stray continuation
}

TEST(RegexSearch, SearchesCodePointStrings) {
  std::string error;
  std::optional<Regex> re = Regex::Compile("^张.$", &error);
  ASSERT_TRUE(re.has_value());
  EXPECT_EQ(re->Search(std::u32string_view(U"张三")), MatchStatus::kMatch);
  EXPECT_EQ(re->Search(std::u32string_view(U"张三丰")), MatchStatus::kNoMatch);
  const char32_t lone_surrogate[] = {0x5F20, 0xD800};
  EXPECT_EQ(re->Search(std::u32string_view(lone_surrogate, 2)), MatchStatus::kInvalidInput);
  const char32_t too_large[] = {0x5F20, 0x110000};
  EXPECT_EQ(re->Search(std::u32string_view(too_large, 2)), MatchStatus::kInvalidInput);
}

TEST(RegexSearch, CopiesShareTheCompiledProgram) {
  std::string error;
  std::optional<Regex> re = Regex::Compile("b+", &error);
  ASSERT_TRUE(re.has_value());
  const Regex copy = *re;
  re.reset();
  EXPECT_EQ(copy.Search("abbc"), MatchStatus::kMatch);
  EXPECT_EQ(copy.pattern(), "b+");
}

TEST(RegexLimits, PatternLength) {
  RegexLimits limits;
  limits.max_pattern_length = 8;
  EXPECT_NE(CompileError("abcdefghi", limits).find("longer than 8 bytes"), std::string::npos);
  EXPECT_EQ(SearchWith("abcdefgh", "abcdefgh", limits), MatchStatus::kMatch);
}

TEST(RegexLimits, ProgramSizeStopsCountedRepetition) {
  // a{1000}{1000} itself is a syntax error with the u flag (nothing to repeat).
  EXPECT_NE(CompileError("a{1000}{1000}").find("nothing to repeat"), std::string::npos);
  EXPECT_NE(CompileError("(?:a{1000}){1000}").find("pattern too large"), std::string::npos);
  EXPECT_NE(CompileError("a{0,4294967295}").find("pattern too large"), std::string::npos);
  EXPECT_NE(CompileError("((a{100}){100}){100}").find("pattern too large"), std::string::npos);
  EXPECT_NE(CompileError("(?=(?:a{100}){300})").find("pattern too large"), std::string::npos);
  RegexLimits limits;
  limits.max_program_size = 10;
  CompileError("a{10}", limits);  // 10 instructions plus the final match
  EXPECT_EQ(SearchWith("a{9}", "aaaaaaaaa", limits), MatchStatus::kMatch);
}

TEST(RegexLimits, NestingDepth) {
  RegexLimits limits;
  limits.max_pattern_length = 1'000'000;
  const std::string deep_ok = std::string(256, '(') + "a" + std::string(256, ')');
  EXPECT_EQ(SearchWith(deep_ok, "a", limits), MatchStatus::kMatch);
  EXPECT_TRUE(IsEcmaScriptRegex(deep_ok));
  const std::string too_deep = std::string(257, '(') + "a" + std::string(257, ')');
  EXPECT_NE(CompileError(too_deep, limits).find("nested too deeply"), std::string::npos);
  // Hostile input gets an error, not a stack overflow.
  const std::string hostile(100000, '(');
  EXPECT_NE(CompileError(hostile, limits).find("nested too deeply"), std::string::npos);
  EXPECT_FALSE(IsEcmaScriptRegex(hostile));
  EXPECT_FALSE(IsEcmaScriptRegex(std::string(100000, '[')));
  EXPECT_TRUE(IsEcmaScriptRegex(std::string(100000, 'a')));
}

TEST(RegexLimits, StepBudget) {
  RegexLimits limits;
  limits.max_steps = 1000;
  EXPECT_EQ(SearchWith("a*b", std::string(10000, 'a'), limits), MatchStatus::kBudgetExceeded);
  EXPECT_EQ(SearchWith("(?=a)b", std::string(10000, 'a'), limits), MatchStatus::kBudgetExceeded);
  EXPECT_EQ(SearchWith("a*b", "aab", limits), MatchStatus::kMatch);
  // An anchored pattern stops early, well within the budget.
  EXPECT_EQ(SearchWith("^b", std::string(10000, 'a'), limits), MatchStatus::kNoMatch);
  // With the default budget, a large program on a large subject gives up
  // instead of running for seconds.
  EXPECT_EQ(SearchWith("a{0,5000}x", std::string(100000, 'a')), MatchStatus::kBudgetExceeded);
}

}  // namespace
}  // namespace yaosu::regex

// `yaosu cases --check`: the built-in case types pass, and one seeded fault of
// each kind the check looks for is caught and named (code, file, where).
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "core/cases/case_type_check.h"
#include "core/cases/source_files.h"

namespace yaosu::cases {
namespace {

// Seeded: the built-in sources with each `from` replaced by its `to` in `path` (which must contain it).
SourceFiles Seeded(const std::string& path, const std::vector<std::pair<std::string, std::string>>& edits) {
  SourceFiles files = EmbeddedSources();
  std::size_t replaced = 0;
  for (SourceFile& file : files) {
    if (file.path != path) continue;
    for (const auto& [from, to] : edits) {
      const std::size_t at = file.text.find(from);
      EXPECT_NE(at, std::string::npos) << path << " has no " << from;
      if (at == std::string::npos) continue;
      file.text.replace(at, from.size(), to);
      ++replaced;
    }
  }
  EXPECT_EQ(replaced, edits.size()) << path;
  return files;
}

SourceFiles Seeded(const std::string& path, const std::string& from, const std::string& to) {
  return Seeded(path, {{from, to}});
}

const Diagnostic* Find(const Diagnostics& problems, const std::string& code) {
  for (const Diagnostic& problem : problems) {
    if (problem.code == code) return &problem;
  }
  return nullptr;
}

TEST(CaseTypeCheck, TheBuiltInCaseTypesPass) {
  const Diagnostics problems = CheckCaseTypes(EmbeddedSources());
  EXPECT_TRUE(problems.empty()) << ToJson(problems).dump();
}

TEST(CaseTypeCheck, ARuleReadingAnUndeclaredElementIsNamed) {
  const Diagnostics problems = CheckCaseTypes(Seeded("cases/private-lending/complaint.rules.json",
                                                     R"({"<": [{"var": "facts.term.end"}, {"var": "facts.term.start"}]})",
                                                     R"({"<": [{"var": "facts.term.end"}, {"var": "facts.term.strat"}]})"));
  const Diagnostic* found = Find(problems, "case.check.var_unknown");
  ASSERT_NE(found, nullptr) << ToJson(problems).dump();
  EXPECT_EQ(found->params["pointer"], "/facts/term/strat");
  EXPECT_EQ(found->params["where"], "rule private-lending.term_end_before_start");
  EXPECT_EQ(found->params["file"], "cases/private-lending/complaint.json");
}

TEST(CaseTypeCheck, AFieldWithoutWordsIsNamed) {
  const Diagnostics problems = CheckCaseTypes(Seeded("cases/private-lending/complaint.json",
                                                     R"(, "borrower": {"zh": "借款人", "en": "Borrower"})", ""));
  const Diagnostic* found = Find(problems, "case.check.words_missing");
  ASSERT_NE(found, nullptr) << ToJson(problems).dump();
  EXPECT_EQ(found->params["row"], "facts.parties");
  EXPECT_EQ(found->params["field"], "borrower");
}

TEST(CaseTypeCheck, AChoiceWithoutWordsIsNamed) {
  const Diagnostics problems = CheckCaseTypes(Seeded("cases/private-lending/complaint.json",
                                                     R"("per_quarter": {"zh": "季", "en": "Per quarter"}, )", ""));
  const Diagnostic* found = Find(problems, "case.check.choice_words_missing");
  ASSERT_NE(found, nullptr) << ToJson(problems).dump();
  EXPECT_EQ(found->params["row"], "facts.rate");
  EXPECT_EQ(found->params["value"], "per_quarter");
}

TEST(CaseTypeCheck, ATitleRepeatingARowNumberIsNamed) {
  const Diagnostics problems = CheckCaseTypes(Seeded("cases/private-lending/complaint.json",
                                                     R"("required": ["actual"],)", R"("title": "3. 借款金额", "required": ["actual"],)"));
  const Diagnostic* found = Find(problems, "case.check.title_numbered");
  ASSERT_NE(found, nullptr) << ToJson(problems).dump();
  EXPECT_EQ(found->params["pointer"], "/properties/facts/properties/amount/title");
}

TEST(CaseTypeCheck, AnAnswerRowAnsweringNoComplaintRowIsNamed) {
  const Diagnostics problems = CheckCaseTypes(Seeded("cases/private-lending/answer.json", R"({"use": "answer.basis"})",
                                                     R"({"use": "answer.basis", "answers_row": "facts.no_such_row"})"));
  const Diagnostic* found = Find(problems, "case.check.mirror_stray");
  ASSERT_NE(found, nullptr) << ToJson(problems).dump();
  EXPECT_EQ(found->params["answers"], "facts.no_such_row");
}

TEST(CaseTypeCheck, AComplaintRowTheAnswerDoesNotAnswerIsNamed) {
  // Seeded: 答辩事项 written by hand, answering 利息 only — 本金 and the other claims go unanswered.
  const Diagnostics problems = CheckCaseTypes(Seeded("cases/private-lending/answer.json", {
      {R"("mirror": "claims",)", R"("id": "claims", "rows": [{"use": "answer.claim_objection", "id": "interest", "answers_row": "claims.interest"}],)"},
      {R"("row": {"use": "answer.claim_objection"})", R"("numbered": true)"}}));
  const Diagnostic* found = Find(problems, "case.check.mirror_unanswered");
  ASSERT_NE(found, nullptr) << ToJson(problems).dump();
  EXPECT_EQ(found->params["row"], "claims.principal");
}

TEST(CaseTypeCheck, AnIncludeThatDoesNotResolveIsNamed) {
  const Diagnostics problems = CheckCaseTypes(Seeded("cases/private-lending/complaint.json", R"({"use": "guarantee.registration"})",
                                                     R"({"use": "guarantee.registraton"})"));
  const Diagnostic* found = Find(problems, "case.include_unresolved");
  ASSERT_NE(found, nullptr) << ToJson(problems).dump();
  EXPECT_EQ(found->params["use"], "guarantee.registraton");
  EXPECT_EQ(found->params["file"], "cases/private-lending/complaint.json");
}

TEST(CaseTypeCheck, AFileBreakingItsMetaSchemaIsNamedWithThePointer) {
  const Diagnostics problems = CheckCaseTypes(Seeded("cases/private-lending/complaint.json",
                                                     R"("print": "出借人：{lender}\n借款人：{borrower}")", R"("prnt": "x")"));
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems.front().params["file"], "cases/private-lending/complaint.json");
  EXPECT_FALSE(problems.front().instance_location.empty());
}

}  // namespace
}  // namespace yaosu::cases

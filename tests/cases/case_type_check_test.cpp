// `yaosu cases --check`: the built-in case types pass, and one seeded fault of
// each kind the check looks for is caught and named (code, file, where).
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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

// SeededFault: one edit of a built-in source, and the diagnostic (code, params at least) that names it.
struct SeededFault {
  std::string what, path;
  std::vector<std::pair<std::string, std::string>> edits;  // from → to
  std::string code;
  nlohmann::json params;
};

const std::vector<SeededFault> kSeededFaults = {
    {"a rule reading an undeclared element",
     "cases/private-lending/complaint.rules.json",
     {{R"({"<": [{"var": "facts.term.end"}, {"var": "facts.term.start"}]})",
       R"({"<": [{"var": "facts.term.end"}, {"var": "facts.term.strat"}]})"}},
     "case.check.var_unknown",
     {{"pointer", "/facts/term/strat"},
      {"where", "rule private-lending.term_end_before_start"},
      {"file", "cases/private-lending/complaint.json"}}},
    {"a field without words",
     "cases/private-lending/complaint.json",
     {{R"(, "borrower": {"zh": "借款人", "en": "Borrower"})", ""}},
     "case.check.words_missing",
     {{"row", "facts.parties"}, {"field", "borrower"}}},
    {"a choice without words",
     "cases/private-lending/complaint.json",
     {{R"("per_quarter": {"zh": "季", "en": "Per quarter"}, )", ""}},
     "case.check.choice_words_missing",
     {{"row", "facts.rate"}, {"value", "per_quarter"}}},
    {"a title repeating a row number",
     "cases/private-lending/complaint.json",
     {{R"("required": ["actual"],)", R"("title": "3. 借款金额", "required": ["actual"],)"}},
     "case.check.title_numbered",
     {{"pointer", "/properties/facts/properties/amount/title"}}},
    {"an answer row answering no complaint row",
     "cases/private-lending/answer.json",
     {{R"({"use": "answer.basis"})", R"({"use": "answer.basis", "answers_row": "facts.no_such_row"})"}},
     "case.check.mirror_stray",
     {{"answers", "facts.no_such_row"}}},
    // 答辩事项 written by hand, answering 利息 only — 本金 and the other claims go unanswered.
    {"a complaint row the answer does not answer",
     "cases/private-lending/answer.json",
     {{R"("mirror": "claims",)",
       R"("id": "claims", "rows": [{"use": "answer.claim_objection", "id": "interest", "answers_row": "claims.interest"}],)"},
      {R"("row": {"use": "answer.claim_objection"})", R"("numbered": true)"}},
     "case.check.mirror_unanswered",
     {{"row", "claims.principal"}}},
    {"an include that does not resolve",
     "cases/private-lending/complaint.json",
     {{R"({"use": "guarantee.registration"})", R"({"use": "guarantee.registraton"})"}},
     "case.include_unresolved",
     {{"use", "guarantee.registraton"}, {"file", "cases/private-lending/complaint.json"}}},
};

TEST(CaseTypeCheck, EachSeededFaultIsNamed) {
  for (const SeededFault& fault : kSeededFaults) {
    SCOPED_TRACE(fault.what);
    const Diagnostics problems = CheckCaseTypes(Seeded(fault.path, fault.edits));
    const Diagnostic* found = Find(problems, fault.code);
    ASSERT_NE(found, nullptr) << ToJson(problems).dump();
    for (const auto& [name, value] : fault.params.items()) EXPECT_EQ(found->params[name], value) << name;
  }
}

TEST(CaseTypeCheck, AFileBreakingItsMetaSchemaIsNamedWithThePointer) {
  const Diagnostics problems =
      CheckCaseTypes(Seeded("cases/private-lending/complaint.json",
                            {{R"("print": "出借人：{lender}\n借款人：{borrower}")", R"("prnt": "x")"}}));
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems.front().params["file"], "cases/private-lending/complaint.json");
  EXPECT_FALSE(problems.front().instance_location.empty());
}

}  // namespace
}  // namespace yaosu::cases

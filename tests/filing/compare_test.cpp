// The dispute table: every complaint element lined up with the answer row
// that answers it — admitted, disputed with both statements, unanswered —
// plus the exemptions raised; and the refusals for filings that do not pair.
#include "core/filing/compare.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "core/filing/comparison_document.h"
#include "core/render/html_renderer.h"
#include "tests/filing/filing_test_support.h"

namespace yaosu::filing {
namespace {

using nlohmann::json;
using testing::FilingOf;

const ElementComparison* Row(const Comparison& table, std::string_view row) {
  for (const ElementComparison& entry : table.elements) {
    if (entry.row == row) return &entry;
  }
  return nullptr;
}

TEST(Compare, LinesUpEveryAnsweredElement) {
  const json complaint = FilingOf("private-lending", "complaint", "transfer-loan-overdue");
  const json answer = FilingOf("private-lending", "answer", "borrower-admits-most");
  Result<Comparison> table = Compare(complaint, answer, *cases::CaseLibrary::Builtin());
  ASSERT_TRUE(table.ok()) << ToJson(table.diagnostics()).dump();
  EXPECT_TRUE(table->complaint.ok);
  EXPECT_TRUE(table->answer.ok);

  const ElementComparison* principal = Row(*table, "claims.principal");
  ASSERT_NE(principal, nullptr);
  EXPECT_EQ(principal->status, ElementComparison::Status::kAdmitted);
  EXPECT_EQ(principal->complaint["amount"], 100000);

  const ElementComparison* interest = Row(*table, "claims.interest");
  ASSERT_NE(interest, nullptr);
  EXPECT_EQ(interest->status, ElementComparison::Status::kDisputed);
  EXPECT_NE(interest->reasons.find("4487.67"), std::string::npos);
  EXPECT_EQ(interest->complaint["amount"], 4500);
  EXPECT_EQ(interest->label["zh"], "利息");

  // The answer says nothing of the other security (row 15 of the facts): unanswered.
  const ElementComparison* other_security = Row(*table, "facts.other_security");
  ASSERT_NE(other_security, nullptr);
  EXPECT_EQ(other_security->status, ElementComparison::Status::kUnanswered);

  const json out = table->ToJson();
  EXPECT_EQ(out["counts"]["disputed"], 2);  // interest and the total
  EXPECT_EQ(out["disputed"][0]["row"], "claims.interest");
  EXPECT_EQ(out["disputed"][1]["row"], "claims.total");
  EXPECT_EQ(out["counts"]["admitted"].get<int>() + out["counts"]["disputed"].get<int>() +
                out["counts"]["unanswered"].get<int>(),
            static_cast<int>(table->elements.size()));
  EXPECT_EQ(out["exemptions"], json::array());
}

// 劳动争议 2025.2: the answer's own row 对劳动仲裁相关情况 answers the complaint's fact row 劳动仲裁相关情况.
TEST(Compare, AnAnswerRowOutsideTheMirrorLinesUpWithTheRowItAnswers) {
  const json complaint = FilingOf("labour", "complaint", "dismissed-crane-driver-unlawful-termination");
  const json answer = FilingOf("labour", "answer", "employer-disputes-overtime-and-damages");
  Result<Comparison> table = Compare(complaint, answer, *cases::CaseLibrary::Builtin());
  ASSERT_TRUE(table.ok()) << ToJson(table.diagnostics()).dump();
  const ElementComparison* arbitration = Row(*table, "facts.arbitration");
  ASSERT_NE(arbitration, nullptr);
  EXPECT_EQ(arbitration->answer_row, "claims.arbitration");
  EXPECT_EQ(arbitration->status, ElementComparison::Status::kAdmitted);
  EXPECT_TRUE(arbitration->complaint.is_object());
  // The other fact rows are not answered one by one in this template, and are not listed.
  EXPECT_EQ(Row(*table, "facts.contract"), nullptr);
}

TEST(Compare, ListsTheExemptionsTheAnswerRaises) {
  const json complaint = FilingOf("sales-contract", "complaint", "cement-acknowledged-debt");
  const json answer = FilingOf("sales-contract", "answer", "cement-limitation-defence");
  Result<Comparison> table = Compare(complaint, answer, *cases::CaseLibrary::Builtin());
  ASSERT_TRUE(table.ok()) << ToJson(table.diagnostics()).dump();
  ASSERT_EQ(table->exemptions.size(), 1u);
  EXPECT_EQ(table->exemptions[0].row, "facts.exemption");
  EXPECT_TRUE(table->exemptions[0].statement["present"].get<bool>());
  EXPECT_TRUE(std::any_of(table->elements.begin(), table->elements.end(),
                          [](const ElementComparison& e) { return e.status == ElementComparison::Status::kDisputed; }));
}

TEST(Compare, PrintsTheDisputedElementsFirstWithBothStatements) {
  const json complaint = FilingOf("private-lending", "complaint", "transfer-loan-overdue");
  const json answer = FilingOf("private-lending", "answer", "borrower-admits-most");
  const Comparison table = Compare(complaint, answer, *cases::CaseLibrary::Builtin()).value();
  const std::vector<std::string> lines = render::DocumentText(ComparisonDocument(table));
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  const std::size_t disputed = text.find("争议焦点");
  const std::size_t admitted = text.find("无争议事实");
  ASSERT_NE(disputed, std::string::npos);
  ASSERT_NE(admitted, std::string::npos);
  EXPECT_LT(disputed, admitted);
  // The plaintiff's interest claim as the complaint prints it, and the defendant's reasons, in the disputed table.
  const std::size_t interest = text.find("尚欠利息", disputed);
  EXPECT_LT(interest, admitted);
  EXPECT_LT(text.find("4487.67", disputed), admitted);
  EXPECT_NE(text.find("有异议 2 项"), std::string::npos);
  EXPECT_NE(lines.back().find(table.complaint.digest), std::string::npos);
  EXPECT_NE(render::RenderHtml(ComparisonDocument(table)).find("<table"), std::string::npos);
}

// A complaint filed with 2025.1 is answered with the current version: the rows line up by id.
TEST(Compare, AnAnswerOfALaterVersionLinesUpWithAnEarlierComplaint) {
  std::string text;
  ASSERT_TRUE(yaosu::testing::ReadFile(std::string(YAOSU_SOURCE_DIR) +
                                           "/tests/filing/published/2025.1/filings/"
                                           "private-lending.complaint.valid-transfer-loan-overdue.filing.json",
                                       text));
  const json earlier_complaint = *ParseJson(text);
  const json answer = FilingOf("private-lending", "answer", "borrower-admits-most");
  ASSERT_EQ(earlier_complaint["case"]["version"], "2025.1");
  ASSERT_NE(answer["case"]["version"], "2025.1");
  Result<Comparison> table = Compare(earlier_complaint, answer, *cases::CaseLibrary::Builtin());
  ASSERT_TRUE(table.ok()) << ToJson(table.diagnostics()).dump();
  std::size_t admitted = 0;
  bool principal_admitted = false;
  for (const ElementComparison& entry : table->elements) {
    if (entry.status != ElementComparison::Status::kAdmitted) continue;
    ++admitted;
    principal_admitted |= entry.row == "claims.principal";
  }
  EXPECT_GT(admitted, 10u);
  EXPECT_TRUE(principal_admitted);
}

TEST(Compare, RefusesFilingsThatDoNotPair) {
  const cases::CaseLibrary& library = *cases::CaseLibrary::Builtin();
  const json lending_complaint = FilingOf("private-lending", "complaint", "transfer-loan-overdue");
  const json lending_answer = FilingOf("private-lending", "answer", "borrower-admits-most");
  const json sales_answer = FilingOf("sales-contract", "answer", "steel-penalty-too-high");

  Result<Comparison> crossed = Compare(lending_complaint, sales_answer, library);
  ASSERT_FALSE(crossed.ok());
  EXPECT_EQ(crossed.diagnostics()[0].code, "filing.compare_mismatch");
  EXPECT_EQ(crossed.diagnostics()[0].params["answers"], "sales-contract.complaint");

  Result<Comparison> swapped = Compare(lending_answer, lending_complaint, library);
  ASSERT_FALSE(swapped.ok());
  EXPECT_EQ(swapped.diagnostics()[0].code, "filing.compare_not_complaint");

  json unknown = lending_complaint;
  unknown["case"]["id"] = "no-such-type.complaint";
  Result<Comparison> unknown_case = Compare(unknown, lending_answer, library);
  ASSERT_FALSE(unknown_case.ok());
  EXPECT_TRUE(std::any_of(unknown_case.diagnostics().begin(), unknown_case.diagnostics().end(),
                          [](const Diagnostic& d) { return d.code == "filing.unknown_case"; }));
}

TEST(Compare, AnAlteredFilingIsComparedButFlagged) {
  json complaint = FilingOf("private-lending", "complaint", "transfer-loan-overdue");
  complaint["instance"]["claims"]["interest"]["amount"] = 9999;
  const json answer = FilingOf("private-lending", "answer", "borrower-admits-most");
  Result<Comparison> table = Compare(complaint, answer, *cases::CaseLibrary::Builtin());
  ASSERT_TRUE(table.ok());
  EXPECT_FALSE(table->complaint.ok);
  EXPECT_FALSE(table->complaint.digest_matches);
  EXPECT_TRUE(table->answer.ok);
}

}  // namespace
}  // namespace yaosu::filing

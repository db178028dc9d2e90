// Every filled example printed: each element row of the template appears, in
// the template's order, with the answers filled in; the digest is in the
// footer; the HTML and the DOCX carry the same text.
#include "core/filing/filing_document.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "core/filing/chinese_text.h"
#include "core/render/docx_renderer.h"
#include "core/render/html_renderer.h"
#include "tests/filing/filing_test_support.h"

namespace yaosu::filing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string Joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

TEST(FilingDocument, EveryExamplePrintsEveryRowInOrderWithItsAnswers) {
  std::size_t printed = 0;
  for (const cases::CaseForm* current : cases::CaseLibrary::Builtin()->CurrentForms()) {
    const cases::CaseForm& form = *current;
    const fs::path folder =
        fs::path(YAOSU_SOURCE_DIR) / "tests/cases/examples" / form.case_type() / form.form() / "valid";
    for (const auto& entry : fs::directory_iterator(folder)) {
      const std::string name = entry.path().stem().string();
      SCOPED_TRACE(form.id() + " " + name);
      const json filing = testing::FilingOf(form.case_type(), form.form(), name);
      const render::Document document = FilingDocument(filing, form);
      const std::string text = Joined(render::DocumentText(document));
      // Row labels in the template's order (the signature is a line of its own).
      std::size_t at = 0;
      for (const json& section : form.elements()["sections"]) {
        if (section["id"] == "signature") continue;
        for (const json& row : section["rows"]) {
          const std::string label = row["label"]["zh"].get<std::string>();
          const std::size_t found = text.find(label, at);
          ASSERT_NE(found, std::string::npos) << "row " << row["id"] << " (" << label << ") missing or out of order";
          at = found + label.size();
        }
      }
      // Answers are in: the first party's name, the signature date, no template syntax left.
      const json& instance = filing["instance"];
      const json& parties = instance.contains("plaintiffs") ? instance["plaintiffs"] : instance["respondents"];
      EXPECT_NE(text.find(parties[0]["name"].get<std::string>()), std::string::npos);
      EXPECT_NE(text.find("日期：" + ChineseDate(instance["signature"]["date"].get<std::string>()).value()),
                std::string::npos);
      EXPECT_EQ(text.find("|check:"), std::string::npos);
      EXPECT_EQ(text.find("{"), std::string::npos);
      EXPECT_EQ(document.footer.find(filing["digest"]["value"].get<std::string>()) != std::string::npos, true);
      // Both renderings are deterministic.
      EXPECT_EQ(render::RenderHtml(document), render::RenderHtml(FilingDocument(filing, form)));
      EXPECT_EQ(render::RenderDocx(document), render::RenderDocx(FilingDocument(filing, form)));
      ++printed;
    }
  }
  EXPECT_GE(printed, 11u);
}

TEST(FilingDocument, MoneyInCapitalsAndTicksWhereTheTemplateHasThem) {
  const json filing = testing::FilingOf("private-lending", "complaint", "transfer-loan-overdue");
  const std::string text =
      Joined(render::DocumentText(FilingDocument(filing, testing::Form("private-lending", "complaint"))));
  EXPECT_NE(text.find("尚欠本金100000.00元（壹拾万元整）"), std::string::npos) << text;
  EXPECT_NE(text.find("104500.00元（壹拾万肆仟伍佰元整）"), std::string::npos);
  EXPECT_NE(text.find("转账☑"), std::string::npos);
  EXPECT_NE(text.find("2024年1月1日"), std::string::npos);
}

// "至今已逾期__天" left blank: the paper copy prints the days the form computed (issue #11, item 10);
// what the litigant wrote wins when there is something.
TEST(FilingDocument, TheOverdueDaysLeftBlankPrintAsComputed) {
  const cases::CaseForm& form = testing::Form("private-lending", "complaint");
  json instance = testing::Example("private-lending/complaint/valid/transfer-loan-overdue.json");
  ASSERT_EQ(instance["facts"]["overdue"]["since"], "2025-01-01");
  ASSERT_EQ(instance["signature"]["date"], "2025-10-08");
  instance["facts"]["overdue"].erase("days");
  const json filing = Produce(form, instance, testing::kCreatedAt).value();
  EXPECT_EQ(filing["computed"]["overdue_days"], 280);  // 2025-01-01 → 2025-10-08, the first day not counted
  EXPECT_NE(Joined(render::DocumentText(FilingDocument(filing, form))).find("至今已逾期280天"), std::string::npos);

  const json typed = testing::FilingOf("private-lending", "complaint", "transfer-loan-overdue");
  EXPECT_NE(Joined(render::DocumentText(FilingDocument(typed, form))).find("至今已逾期272天"), std::string::npos);
}

TEST(FilingDocument, UserTextIsEscapedInTheHtml) {
  json instance = testing::Example("private-lending/complaint/valid/transfer-loan-overdue.json");
  instance["facts"]["other"] = "</td><script>alert('x')</script>";
  const json filing = Produce(testing::Form("private-lending", "complaint"), instance, testing::kCreatedAt).value();
  const std::string html = render::RenderHtml(FilingDocument(filing, testing::Form("private-lending", "complaint")));
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
}

}  // namespace
}  // namespace yaosu::filing

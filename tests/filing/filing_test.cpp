// Producing a filing: the envelope, the digest over the canonical JSON, the
// warnings kept, and the refusals (a form with errors, a bad time).
#include "core/filing/filing.h"

#include <gtest/gtest.h>

#include "core/filing/canonical_json.h"
#include "core/filing/sha256.h"
#include "tests/filing/filing_test_support.h"

namespace yaosu::filing {
namespace {

using nlohmann::json;
using testing::Example;
using testing::FilingOf;
using testing::Form;
using testing::kCreatedAt;

// Reversed: the same value with every object's members in reverse order.
nlohmann::ordered_json Reversed(const json& value) {
  if (value.is_object()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (auto it = value.crbegin(); it != value.crend(); ++it) out[it.key()] = Reversed(it.value());
    return out;
  }
  if (value.is_array()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const json& item : value) out.push_back(Reversed(item));
    return out;
  }
  return nlohmann::ordered_json::parse(value.dump());
}

TEST(Filing, HoldsTheCaseTheDataTheFiguresAndADigestOverEverythingElse) {
  const json filing = FilingOf("private-lending", "complaint", "transfer-loan-overdue");
  EXPECT_EQ(filing["format"], "yaosu-filing/1");
  EXPECT_EQ(filing["case"]["id"], "private-lending.complaint");
  EXPECT_EQ(filing["case"]["version"], "2025.3");
  EXPECT_EQ(filing["created_at"], kCreatedAt);
  EXPECT_EQ(filing["engine"]["name"], "yaosu");
  EXPECT_EQ(filing["instance"], Example("private-lending/complaint/valid/transfer-loan-overdue.json"));
  EXPECT_EQ(filing["computed"]["total_claim"], 10450000);  // 104,500.00 yuan in fen
  EXPECT_EQ(filing["diagnostics"], json::array());
  EXPECT_EQ(filing["digest"]["algorithm"], "sha-256");
  EXPECT_EQ(filing["digest"]["canonicalization"], "rfc8785");
  // The digest is SHA-256 of the canonical JSON of the filing without its digest.
  json content = filing;
  content.erase("digest");
  EXPECT_EQ(filing["digest"]["value"], Sha256Hex(CanonicalJson(content).value()));
  EXPECT_TRUE(FilingSchema().IsValid(filing));
}

TEST(Filing, TheSameInputGivesTheSameBytesWhateverTheKeyOrderOrSpacing) {
  const json first = FilingOf("sales-contract", "complaint", "steel-unpaid-price");
  const json instance = Example("sales-contract/complaint/valid/steel-unpaid-price.json");
  // The same data as other text: members in reverse order, indented.
  const std::string text = Reversed(instance).dump(4);
  ASSERT_NE(text, instance.dump(4));
  const json reparsed = ParseJson(text).value();
  const json second = Produce(Form("sales-contract", "complaint"), reparsed, kCreatedAt).value();
  EXPECT_EQ(CanonicalJson(first).value(), CanonicalJson(second).value());
  const json later = Produce(Form("sales-contract", "complaint"), instance, "2025-10-09T09:30:00+08:00").value();
  EXPECT_NE(later["digest"], first["digest"]);
}

TEST(Filing, KeepsWarningsWithTheirMessages) {
  const json instance = Example("private-lending/complaint/invalid/limitation_expired.json");
  Result<json> filing = Produce(Form("private-lending", "complaint"), instance, kCreatedAt);
  ASSERT_TRUE(filing.ok()) << ToJson(filing.diagnostics()).dump();
  ASSERT_EQ((*filing)["diagnostics"].size(), 1u);
  const json& warning = (*filing)["diagnostics"][0];
  EXPECT_EQ(warning["code"], "private-lending.limitation_expired");
  EXPECT_EQ(warning["severity"], "warning");
  EXPECT_NE(warning["message"]["zh"].get<std::string>().find("诉讼时效"), std::string::npos);
}

TEST(Filing, AFormWithErrorsIsRefusedWithThoseErrors) {
  const json instance = Example("private-lending/complaint/invalid/repaid_exceeds_principal.json");
  Result<json> filing = Produce(Form("private-lending", "complaint"), instance, kCreatedAt);
  ASSERT_FALSE(filing.ok());
  for (const Diagnostic& d : filing.diagnostics()) EXPECT_EQ(d.severity, Severity::kError) << d.code;
  bool named = false;
  for (const Diagnostic& d : filing.diagnostics()) named |= d.code == "private-lending.repaid_exceeds_principal";
  EXPECT_TRUE(named) << ToJson(filing.diagnostics()).dump();
}

TEST(Filing, ATimeThatIsNotRfc3339IsRefused) {
  const json instance = Example("private-lending/complaint/valid/transfer-loan-overdue.json");
  for (const char* time : {"yesterday", "2025-10-08", "2025-13-01T00:00:00Z", ""}) {
    Result<json> filing = Produce(Form("private-lending", "complaint"), instance, time);
    ASSERT_FALSE(filing.ok()) << time;
    EXPECT_EQ(filing.diagnostics().front().code, "filing.bad_time") << time;
  }
}

}  // namespace
}  // namespace yaosu::filing

// Verifying filings: a fresh one passes; any change to its content — a
// figure, a rule result, one byte anywhere — is caught and said plainly.
#include "core/filing/verify.h"

#include <gtest/gtest.h>

#include "core/filing/canonical_json.h"
#include "tests/filing/filing_test_support.h"
#include "tests/support/source_tree.h"

namespace yaosu::filing {
namespace {

using yaosu::testing::BuiltinLibrary;

using nlohmann::json;
using testing::FilingOf;

bool Has(const Verification& check, std::string_view code, std::string_view pointer = "") {
  for (const Diagnostic& d : check.problems) {
    if (d.code == code && (pointer.empty() || d.instance_location == pointer)) return true;
  }
  return false;
}

TEST(Verify, AFreshFilingPasses) {
  for (const auto& [case_type, form, example] :
       {std::tuple{"private-lending", "complaint", "company-lender-monthly-rate-guarantor"},
        std::tuple{"private-lending", "answer", "borrower-and-guarantor-dispute"},
        std::tuple{"sales-contract", "complaint", "cement-acknowledged-debt"},
        std::tuple{"sales-contract", "answer", "steel-penalty-too-high"}}) {
    const Verification check = Verify(FilingOf(case_type, form, example), BuiltinLibrary());
    EXPECT_TRUE(check.ok) << example << ": " << check.ToJson().dump();
    EXPECT_TRUE(check.digest_matches);
    EXPECT_EQ(check.digest, check.recorded_digest);
    EXPECT_NE(check.form, nullptr);
  }
}

TEST(Verify, AnAlteredFigureIsCaughtByTheDigestAndByRecomputation) {
  json filing = FilingOf("private-lending", "complaint", "transfer-loan-overdue");
  filing["computed"]["court_fee"] = 1;
  const Verification check = Verify(filing, BuiltinLibrary());
  EXPECT_FALSE(check.ok);
  EXPECT_FALSE(check.digest_matches);
  EXPECT_TRUE(Has(check, "filing.digest_mismatch", "/digest/value"));
  EXPECT_TRUE(Has(check, "filing.computed_differs", "/computed/court_fee"));
  EXPECT_EQ(check.ToJson()["problems"][0]["message"]["zh"].get<std::string>().find("摘要不符"), 0u);
}

TEST(Verify, AlteredDataWithARecomputedDigestStillFailsTheRules) {
  // Someone edits the principal repaid and recomputes the digest: the rules catch it.
  json filing = FilingOf("private-lending", "complaint", "transfer-loan-overdue");
  filing["instance"]["facts"]["repayment"]["principal_repaid"] = 200000;
  filing["digest"]["value"] = Digest(filing).value();
  const Verification check = Verify(filing, BuiltinLibrary());
  EXPECT_TRUE(check.digest_matches);
  EXPECT_FALSE(check.ok);
  EXPECT_TRUE(Has(check, "private-lending.repaid_exceeds_principal", "/instance/facts/repayment/principal_repaid"));
}

TEST(Verify, UnknownCaseTypesVersionsAndBrokenEnvelopesAreNamed) {
  json filing = FilingOf("sales-contract", "answer", "refrigerators-misuse");
  json other_version = filing;
  other_version["case"]["version"] = "2024.1";
  other_version["digest"]["value"] = Digest(other_version).value();
  EXPECT_TRUE(Has(Verify(other_version, BuiltinLibrary()), "filing.version_not_installed", "/case/version"));
  json unknown = filing;
  unknown["case"]["id"] = "no-such-type.complaint";
  EXPECT_TRUE(Has(Verify(unknown, BuiltinLibrary()), "filing.unknown_case", "/case/id"));
  json no_digest = filing;
  no_digest.erase("digest");
  const Verification missing = Verify(no_digest, BuiltinLibrary());
  EXPECT_FALSE(missing.ok);
  EXPECT_TRUE(Has(missing, "schema.required"));
  for (const char* text : {"null", "[]", "\"filing\"", "{}"}) {
    EXPECT_FALSE(Verify(ParseJson(text).value(), BuiltinLibrary()).ok) << text;
  }
}

TEST(Verify, ChangingAnyByteOfAFilingIsDetected) {
  const json filing = FilingOf("private-lending", "answer", "borrower-admits-most");
  const std::string text = CanonicalJson(filing).value();
  std::size_t parsed = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string altered = text;
    altered[i] = altered[i] == '1'
                     ? '2'
                     : (altered[i] == 'x' ? 'y' : (altered[i] == ' ' ? '_' : (altered[i] == '"' ? '\'' : '1')));
    Result<json> document = ParseJson(altered);
    if (!document.ok()) continue;       // no longer JSON: caught on reading
    if (*document == filing) continue;  // the same value (an escape written another way): nothing altered
    ++parsed;
    EXPECT_FALSE(Verify(*document, BuiltinLibrary()).ok) << "byte " << i << " of " << text.size();
  }
  EXPECT_GT(parsed, text.size() / 2);
}

}  // namespace
}  // namespace yaosu::filing

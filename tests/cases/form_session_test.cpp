// A form being filled in element by element: each change answers with only
// what changed (diagnostics added and removed, computed values, element
// states) and the progress; the session always agrees with checking the
// whole form afresh.
#include "core/cases/form_session.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "core/cases/case_library.h"
#include "core/json/parse.h"
#include "tests/support/test_options.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;

const CaseForm& Complaint() { return *CaseLibrary::Builtin()->Find("private-lending", "complaint"); }

json Example() {
  std::string text;
  EXPECT_TRUE(yaosu::testing::ReadFile(std::string(YAOSU_SOURCE_DIR) +
                                           "/tests/cases/examples/private-lending/complaint/valid/transfer-loan-overdue.json",
                                       text));
  return ParseJson(text).value();
}

bool Added(const SessionUpdate& update, std::string_view code, std::string_view where) {
  return std::any_of(update.added.begin(), update.added.end(),
                     [&](const Diagnostic& d) { return d.code == code && d.instance_location == where; });
}

std::vector<std::string> Keys(const Diagnostics& diagnostics) {
  std::vector<std::string> keys;
  for (const Diagnostic& d : diagnostics) keys.push_back(DiagnosticKey(d));
  std::sort(keys.begin(), keys.end());
  return keys;
}

TEST(FormSession, AnEmptyFormStartsWithItsRequiredElementsMissing) {
  FormSession session(Complaint());
  const SessionUpdate snapshot = session.Snapshot();
  EXPECT_FALSE(snapshot.valid);
  EXPECT_TRUE(Added(snapshot, "schema.required", ""));
  EXPECT_TRUE(snapshot.removed.empty());
  EXPECT_EQ(snapshot.progress.filled, 0u);
  EXPECT_GT(snapshot.progress.total, 30u);
}

TEST(FormSession, EachChangeReportsOnlyWhatChanged) {
  FormSession session(Complaint(), Example());
  ASSERT_TRUE(session.result().valid);

  const SessionUpdate wrong = session.Set("/facts/repayment/principal_repaid", 200000);
  EXPECT_FALSE(wrong.valid);
  EXPECT_TRUE(Added(wrong, "lending.repaid_exceeds_principal", "/facts/repayment/principal_repaid"));
  EXPECT_TRUE(wrong.removed.empty());

  const SessionUpdate fixed = session.Set("/facts/repayment/principal_repaid", 0);
  EXPECT_TRUE(fixed.valid);
  EXPECT_TRUE(fixed.added.empty());
  ASSERT_FALSE(fixed.removed.empty());
  EXPECT_EQ(fixed.removed[0].rfind("lending.repaid_exceeds_principal|", 0), 0u);

  // A new total changes the court fee (a computed value) and is checked against the claims.
  const SessionUpdate total = session.Set("/claims/total", 204500);
  EXPECT_TRUE(Added(total, "case.computed_mismatch", "/claims/total"));
  EXPECT_TRUE(total.computed.contains("court_fee"));
  EXPECT_FALSE(total.computed.contains("total_claim"));  // the sum of the items did not move
}

TEST(FormSession, ElementStatesFollowTheAnswers) {
  FormSession session(Complaint(), Example());
  EXPECT_EQ(session.result().states.at("/agent/name"), ElementState::kHidden);
  const SessionUpdate with_agent = session.Set("/agent/present", true);
  EXPECT_EQ(with_agent.states["/agent/name"], "required");
  EXPECT_TRUE(Added(with_agent, "schema.required", "/agent"));
  const SessionUpdate named = session.Set("/agent/name", "陈立新");
  EXPECT_GT(named.removed.size(), 0u);
}

TEST(FormSession, AgreesWithCheckingTheWholeFormAfresh) {
  FormSession session(Complaint());
  const json example = Example();
  // Fill the example in element by element, as a person would.
  for (const auto& [key, value] : example.items()) session.Set("/" + key, value);
  session.Set("/claims/interest/amount", 4600);
  session.Set("/defendants/0/sex", "female");
  session.Set("/facts/disbursements/1", json{{"date", "2024-02-01"}, {"amount", 100}});
  EXPECT_EQ(session.instance()["facts"]["disbursements"].size(), 2u);
  EXPECT_EQ(Keys(session.result().diagnostics), Keys(Complaint().Validate(session.instance()).diagnostics));
  session.Set("/facts/disbursements/1", nullptr);
  EXPECT_EQ(session.instance()["facts"]["disbursements"].size(), 1u);
  EXPECT_EQ(Keys(session.result().diagnostics), Keys(Complaint().Validate(session.instance()).diagnostics));
}

TEST(FormSession, ProgressCountsTheRowsThatApply) {
  FormSession session(Complaint());
  const std::size_t before = session.Snapshot().progress.filled;
  const SessionUpdate update = session.Set("/claims/principal", json{{"as_of", "2025-09-30"}, {"amount", 1000}});
  EXPECT_EQ(update.progress.filled, before + 1);
  const json claims = *std::find_if(update.progress.sections.begin(), update.progress.sections.end(),
                                    [](const json& s) { return s["id"] == "claims"; });
  EXPECT_EQ(claims["filled"], 1);
}

TEST(FormSession, APointerThatNamesNoPlaceChangesNothing) {
  FormSession session(Complaint(), Example());
  const json before = session.instance();
  for (const char* pointer : {"/signature/date/x", "/plaintiffs/9/name", "not-a-pointer", "/plaintiffs/01"}) {
    const SessionUpdate update = session.Set(pointer, 1);
    EXPECT_TRUE(Added(update, "session.bad_pointer", pointer)) << pointer;
    EXPECT_EQ(session.instance(), before) << pointer;
  }
  EXPECT_TRUE(session.result().valid);
}

}  // namespace
}  // namespace yaosu::cases

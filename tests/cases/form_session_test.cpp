// A form being filled in element by element: each change answers with only
// what changed (diagnostics added and removed, computed values, element
// states) and the progress; the session always agrees with checking the
// whole form afresh.
#include "core/cases/form_session.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>

#include <gtest/gtest.h>

#include "core/cases/case_library.h"
#include "core/json/parse.h"
#include "core/json/pointer.h"
#include "tests/support/test_options.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;

const CaseForm& Complaint() { return *CaseLibrary::Builtin()->Find("private-lending", "complaint"); }

json Example() {
  std::string text;
  EXPECT_TRUE(
      yaosu::testing::ReadFile(std::string(YAOSU_SOURCE_DIR) +
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

TEST(FormSession, EveryMissingElementIsItsOwnProblem) {
  // One `required` keyword reports each missing member apart; a page keyed by
  // DiagnosticKey must see all of them, and lose only the one filled in.
  FormSession session(Complaint());
  const SessionUpdate snapshot = session.Snapshot();
  const auto missing_at_root = std::count_if(snapshot.added.begin(), snapshot.added.end(), [](const Diagnostic& d) {
    return d.code == "schema.required" && d.instance_location.empty();
  });
  EXPECT_EQ(missing_at_root, 5);  // plaintiffs, defendants, claims, facts, signature
  const SessionUpdate update = session.Set("/signature", json{{"signer", "王小明"}});
  const auto gone = std::count_if(update.removed.begin(), update.removed.end(), [](const std::string& key) {
    return key.rfind("schema.required||/required|", 0) == 0;
  });
  EXPECT_EQ(gone, 1);
}

TEST(FormSession, EachChangeReportsOnlyWhatChanged) {
  FormSession session(Complaint(), Example());
  ASSERT_TRUE(session.result().valid);

  const SessionUpdate wrong = session.Set("/facts/repayment/principal_repaid", 200000);
  EXPECT_FALSE(wrong.valid);
  EXPECT_TRUE(Added(wrong, "private-lending.repaid_exceeds_principal", "/facts/repayment/principal_repaid"));
  EXPECT_TRUE(wrong.removed.empty());

  const SessionUpdate fixed = session.Set("/facts/repayment/principal_repaid", 0);
  EXPECT_TRUE(fixed.valid);
  EXPECT_TRUE(fixed.added.empty());
  ASSERT_FALSE(fixed.removed.empty());
  EXPECT_EQ(fixed.removed[0].rfind("private-lending.repaid_exceeds_principal|", 0), 0u);

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

TEST(FormSession, ABadPointerLeavesNoTrace) {
  // The form is changed in place, so a pointer refused half-way must not have created its first parents.
  FormSession session(Complaint());
  session.Set("/facts/disbursements", json::array());
  const json before = session.instance();
  const SessionUpdate update = session.Set("/facts/disbursements/1/amount", 5);
  EXPECT_TRUE(Added(update, "session.bad_pointer", "/facts/disbursements/1/amount"));
  EXPECT_EQ(session.instance(), before);
  session.Set("/agent/name", "陈立新");
  const SessionUpdate through_text = session.Set("/agent/name/x/y", 1);
  EXPECT_TRUE(Added(through_text, "session.bad_pointer", "/agent/name/x/y"));
  EXPECT_EQ(session.instance()["agent"], json({{"name", "陈立新"}}));
}

TEST(FormSession, RemovingAnItemRechecksTheItemsAfterIt) {
  FormSession session(Complaint(), Example());
  session.Set("/defendants/1", session.instance()["defendants"][0]);
  session.Set("/defendants/1/id_number", "1");  // a bad ID on the second defendant only
  ASSERT_TRUE(std::any_of(session.result().diagnostics.begin(), session.result().diagnostics.end(),
                          [](const Diagnostic& d) { return d.instance_location.rfind("/defendants/1/", 0) == 0; }));
  const SessionUpdate removed = session.Set("/defendants/0", nullptr);  // the bad one moves up to index 0
  EXPECT_TRUE(std::any_of(removed.added.begin(), removed.added.end(),
                          [](const Diagnostic& d) { return d.instance_location.rfind("/defendants/0/", 0) == 0; }));
  EXPECT_EQ(ToJson(session.result().diagnostics), ToJson(Complaint().Validate(session.instance()).diagnostics));
}

// ---- Proof that the incremental re-check equals the whole-form check ----
//
// Every example of every form is typed in from an empty form leaf by leaf,
// then array items are removed, re-added and edited, leaves are removed, and
// the whole form is replaced. After each change the session's result must be
// exactly CaseForm::Validate's (every field of every diagnostic, in order; the
// computed values; the states; the verdict), and a page that applied every
// update since the start must show what a fresh check shows.

namespace fs = std::filesystem;

// Page: what a form page holds after applying each update in turn.
struct Page {
  std::map<std::string, Diagnostic> diagnostics;  // by DiagnosticKey
  json computed = json::object();
  json states = json::object();
  json branches = json::object();

  void Apply(const SessionUpdate& update) {
    for (const auto& [pointer, sides] : update.branches.items()) {
      if (sides.is_null()) branches.erase(pointer);
      else branches[pointer] = sides;
    }
    for (const std::string& key : update.removed) diagnostics.erase(key);
    for (const Diagnostic& d : update.added) diagnostics.insert_or_assign(DiagnosticKey(d), d);
    for (const auto& [id, value] : update.computed.items()) computed[id] = value;
    for (const auto& [pointer, state] : update.states.items()) {
      if (state.is_null()) states.erase(pointer);
      else states[pointer] = state;
    }
  }
};

json WithoutNulls(const json& object) {
  json kept = json::object();
  for (const auto& [key, value] : object.items()) {
    if (!value.is_null()) kept[key] = value;
  }
  return kept;
}

// Shown: what a page should show for `result` — per key, the first diagnostic (as SessionUpdate keys them).
std::map<std::string, const Diagnostic*> Shown(const FormResult& result) {
  std::map<std::string, const Diagnostic*> first;
  for (const Diagnostic& d : result.diagnostics) first.emplace(DiagnosticKey(d), &d);
  return first;
}

bool Same(const Diagnostic& a, const Diagnostic& b) {
  return a.code == b.code && a.severity == b.severity && a.instance_location == b.instance_location &&
         a.keyword_location == b.keyword_location && a.absolute_keyword_location == b.absolute_keyword_location &&
         a.params == b.params;
}

bool Same(const Diagnostics& a, const Diagnostics& b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](const Diagnostic& x, const Diagnostic& y) { return Same(x, y); });
}

::testing::AssertionResult AgreesWithAFreshCheck(const FormSession& session, const Page& page,
                                                 const SessionUpdate& update) {
  const FormResult fresh = session.form().Validate(session.instance());
  const FormResult& kept = session.result();
  if (!Same(kept.diagnostics, fresh.diagnostics)) {
    return ::testing::AssertionFailure() << "diagnostics\n  kept  " << ToJson(kept.diagnostics).dump() << "\n  fresh "
                                         << ToJson(fresh.diagnostics).dump();
  }
  if (kept.computed != fresh.computed) {
    return ::testing::AssertionFailure() << "computed " << kept.computed.dump() << " vs " << fresh.computed.dump();
  }
  if (kept.states != fresh.states) return ::testing::AssertionFailure() << "states";
  // The branches: as the whole schema's check records them, and as the page holds them.
  const Branches fresh_branches =
      BranchesOf(session.form().compiled_schema().Validate(session.instance(), {.record_branches = true}).branches);
  if (kept.branches != fresh_branches) return ::testing::AssertionFailure() << "branches";
  if (page.branches != json(fresh_branches))
    return ::testing::AssertionFailure() << "page branches " << page.branches.dump();
  if (kept.valid != fresh.valid || update.valid != fresh.valid) return ::testing::AssertionFailure() << "valid";
  const std::map<std::string, const Diagnostic*> shown = Shown(fresh);
  const bool page_agrees =
      page.diagnostics.size() == shown.size() && std::all_of(shown.begin(), shown.end(), [&](const auto& entry) {
        const auto on_page = page.diagnostics.find(entry.first);
        return on_page != page.diagnostics.end() && Same(on_page->second, *entry.second);
      });
  if (!page_agrees) return ::testing::AssertionFailure() << "page diagnostics " << page.diagnostics.size();
  if (WithoutNulls(page.computed) != WithoutNulls(fresh.computed)) {
    return ::testing::AssertionFailure() << "page computed " << page.computed.dump();
  }
  json fresh_states = json::object();
  for (const auto& [pointer, state] : fresh.states) fresh_states[pointer] = std::string(ElementStateName(state));
  if (page.states != fresh_states) return ::testing::AssertionFailure() << "page states " << page.states.dump();
  const FormSession reopened(session.form(), session.instance());
  if (update.progress.ToJson() != reopened.Snapshot().progress.ToJson()) {
    return ::testing::AssertionFailure() << "progress " << update.progress.ToJson().dump() << " vs "
                                         << reopened.Snapshot().progress.ToJson().dump();
  }
  return ::testing::AssertionSuccess();
}

// Typist: makes changes to a session and checks after each one; stops at the first disagreement.
class Typist {
 public:
  Typist(const CaseForm& form, std::string example) : session_(form), example_(std::move(example)) {
    page_.Apply(session_.Snapshot());
  }

  bool Set(const std::string& pointer, const json& value) {
    if (failed_) return false;
    const SessionUpdate update = session_.Set(pointer, value);
    page_.Apply(update);
    ++changes_;
    const ::testing::AssertionResult agrees = AgreesWithAFreshCheck(session_, page_, update);
    if (!agrees) {
      ADD_FAILURE() << example_ << ": after Set(\"" << pointer << "\", " << value.dump() << "): " << agrees.message();
      failed_ = true;
    }
    return !failed_;
  }

  // Type: fills `value` in at `pointer` leaf by leaf, arrays item by item.
  void Type(const std::string& pointer, const json& value) {
    if (value.is_object() && !value.empty()) {
      for (const auto& [key, member] : value.items()) Type(pointer + "/" + EscapePointerToken(key), member);
    } else if (value.is_array() && !value.empty()) {
      Set(pointer, json::array());
      for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string item = pointer + "/" + std::to_string(i);
        if (value[i].is_object() && !value[i].empty()) Set(item, json::object());
        Type(item, value[i]);
      }
    } else {
      Set(pointer, value);
    }
  }

  const FormSession& session() const { return session_; }
  std::size_t changes() const { return changes_; }

 private:
  FormSession session_;
  Page page_;
  std::string example_;
  std::size_t changes_ = 0;
  bool failed_ = false;
};

// Collect: the pointers of the leaves and of the arrays in `value`, in document order.
void Collect(const json& value, const std::string& pointer, std::vector<std::string>& leaves,
             std::vector<std::string>& arrays) {
  if (value.is_object() && !value.empty()) {
    for (const auto& [key, member] : value.items())
      Collect(member, pointer + "/" + EscapePointerToken(key), leaves, arrays);
    return;
  }
  if (value.is_array() && !value.empty()) {
    arrays.push_back(pointer);
    for (std::size_t i = 0; i < value.size(); ++i) Collect(value[i], pointer + "/" + std::to_string(i), leaves, arrays);
    return;
  }
  leaves.push_back(pointer);
}

// Examples: every example of every form; with YAOSU_TEST_SAMPLE=n (set under the sanitizers, where typing
// them all takes minutes) the first of each form's valid and invalid folders and every n-th after it.
std::vector<fs::path> Examples() {
  std::vector<fs::path> files;
  const fs::path root = fs::path(YAOSU_SOURCE_DIR) / "tests" / "cases" / "examples";
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const std::string kind = entry.path().parent_path().filename().string();
    if (entry.path().extension() == ".json" && (kind == "valid" || kind == "invalid")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  const char* sample = std::getenv("YAOSU_TEST_SAMPLE");
  const std::size_t every = sample != nullptr ? std::max<std::size_t>(1, std::strtoul(sample, nullptr, 10)) : 1;
  std::vector<fs::path> sampled;
  std::size_t in_folder = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    in_folder = i > 0 && files[i].parent_path() == files[i - 1].parent_path() ? in_folder + 1 : 0;
    if (in_folder % every == 0) sampled.push_back(files[i]);
  }
  return sampled;
}

TEST(FormSession, EveryChangeToEveryExampleAgreesWithTheWholeFormCheck) {
  std::size_t examples = 0, changes = 0;
  for (const fs::path& file : Examples()) {
    // <case_type>/<form>/<valid|invalid>/<name>.json
    const std::string form_name = file.parent_path().parent_path().filename().string();
    const std::string case_type = file.parent_path().parent_path().parent_path().filename().string();
    const CaseForm* form = CaseLibrary::Builtin()->Find(case_type, form_name);
    ASSERT_NE(form, nullptr) << file;
    std::string text;
    ASSERT_TRUE(yaosu::testing::ReadFile(file.string(), text)) << file;
    Result<json> parsed = ParseJson(text);
    ASSERT_TRUE(parsed.ok()) << file;
    const json example = file.parent_path().filename() == "invalid" ? (*parsed)["instance"] : *parsed;
    ASSERT_TRUE(example.is_object()) << file;

    Typist typist(*form, file.filename().string());
    typist.Type("", example);
    EXPECT_EQ(typist.session().instance(), example) << file;

    std::vector<std::string> leaves, arrays;
    Collect(example, "", leaves, arrays);
    // Array items: the first removed (the others move up), put back at the end, then edited.
    for (const std::string& array : arrays) {
      const json* items = ResolvePointer(typist.session().instance(), array);
      if (items == nullptr || !items->is_array() || items->empty()) continue;
      const json first = (*items)[0];
      const std::size_t size = items->size();
      typist.Set(array + "/0", nullptr);
      typist.Set(array + "/" + std::to_string(size - 1), first);
      if (first.is_object() && !first.empty())
        typist.Set(array + "/0/" + EscapePointerToken(first.begin().key()), "改");
    }
    // Every third leaf removed again, from the last.
    for (std::size_t i = leaves.size(); i-- > 0;) {
      if (i % 3 == 0) typist.Set(leaves[i], nullptr);
    }
    // The whole form at once: the example again, a form that is not an object, an empty one, an unknown member.
    typist.Set("", example);
    typist.Set("/computed", json{{"x", 1}});
    typist.Set("/item", 1);
    typist.Set("", 5);
    typist.Set("", json::object());
    typist.Set("/a~1b", json{{"c", 1}});
    ++examples;
    changes += typist.changes();
  }
  EXPECT_GT(examples, 60u);
  std::cout << "[          ] " << examples << " examples, " << changes << " changes, each checked\n";
}

}  // namespace
}  // namespace yaosu::cases

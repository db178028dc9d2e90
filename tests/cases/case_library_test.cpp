// The case-type loader and its evaluation contract (schemas/cases/README.md),
// on a case type that exists only in tests/cases/fixtures/: loading it needs
// no C++ change, which is the point of keeping case types as data.
#include "core/cases/case_library.h"

#include <gtest/gtest.h>

#include "core/json/parse.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;

json Json(std::string_view text) {
  Result<json> parsed = ParseJson(text);
  EXPECT_TRUE(parsed.ok()) << text;
  return parsed.ok() ? *parsed : json();
}

// FixtureSources: the fixture folder (cases/ only) completed with the built-in shared pieces.
SourceFiles FixtureSources() {
  Result<SourceFiles> fixture = ReadSchemaFolder(std::string(YAOSU_SOURCE_DIR) + "/tests/cases/fixtures/schemas");
  EXPECT_TRUE(fixture.ok());
  return WithBuiltinShared(fixture.ok() ? *fixture : SourceFiles{});
}

const Diagnostic* Find(const Diagnostics& diagnostics, std::string_view code) {
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.code == code) return &diagnostic;
  }
  return nullptr;
}

class FixtureCaseType : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(library_.ok());
    ASSERT_TRUE(library_.diagnostics().empty()) << ToJson(library_.diagnostics()).dump();
    form_ = library_->Find("fixture-iou", "complaint");
    ASSERT_NE(form_, nullptr);
  }
  // Instance: a correct form, changed by `patch` (a JSON merge patch).
  json Instance(std::string_view patch = "{}") const {
    json instance = Json(R"({
      "debtors": [{"kind": "natural_person", "name": "李四", "phone": "13904721234"}],
      "debt": {"amount": 1000, "repaid": 200, "written_iou": true, "iou_date": "2024-03-01"},
      "claims": {"amount": 800, "costs": 50.5, "total": 850.5}})");
    instance.merge_patch(Json(patch));
    return instance;
  }
  Result<CaseLibrary> library_ = CaseLibrary::Load(FixtureSources());
  const CaseForm* form_ = nullptr;
};

TEST_F(FixtureCaseType, LoadsFromDataAloneAndPassesACorrectForm) {
  EXPECT_EQ(form_->id(), "fixture_iou.complaint");
  EXPECT_EQ(form_->version(), "2026.1");
  const FormResult result = form_->Validate(Instance());
  EXPECT_TRUE(result.valid);
  EXPECT_TRUE(result.diagnostics.empty()) << ToJson(result.diagnostics).dump();
  EXPECT_EQ(result.computed["outstanding"], 80000);
  EXPECT_EQ(result.computed["total_claim"], 85050);
  EXPECT_EQ(result.states.at("/debt/iou_date"), ElementState::kRequired);
}

TEST_F(FixtureCaseType, AReportCarriesRuleIdPointerParamsCitationAndMessage) {
  const FormResult result = form_->Validate(Instance(R"({"debt": {"repaid": 1200}})"));
  EXPECT_FALSE(result.valid);
  const Diagnostic* report = Find(result.diagnostics, "iou.repaid_exceeds_debt");
  ASSERT_NE(report, nullptr);
  EXPECT_EQ(report->severity, Severity::kError);
  EXPECT_EQ(report->instance_location, "/debt/repaid");
  EXPECT_EQ(report->keyword_location, "/rules/0/when");
  EXPECT_EQ(report->absolute_keyword_location,
            "https://yaosu.cn/schemas/cases/fixture-iou/complaint/rules.json#/rules/0/when");
  EXPECT_EQ(report->params["repaid"], 1200);
  EXPECT_EQ(report->params["related"], Json(R"(["/debt/amount"])"));
  EXPECT_EQ(report->params["citation"]["article"], "675");
  EXPECT_EQ(form_->messages().Render(*report, "zh"), "已还1200元多于欠款1000元");
  EXPECT_EQ(form_->messages().Render(*report, "en"), "Repaid 1200 exceeds the debt 1000");
  // The same fault moves the outstanding amount, so the claim no longer matches it (a warning).
  const Diagnostic* claimed = Find(result.diagnostics, "case.computed_mismatch");
  ASSERT_NE(claimed, nullptr);
  EXPECT_EQ(claimed->instance_location, "/claims/amount");
  EXPECT_EQ(claimed->severity, Severity::kWarning);
}

TEST_F(FixtureCaseType, EachRulesRunPerElementWithRelativePointers) {
  const FormResult result =
      form_->Validate(Instance(R"({"debtors": [{"kind": "natural_person", "name": "李四", "phone": "13904721234"},
                                               {"kind": "organisation", "name": "包头某某有限公司"}]})"));
  EXPECT_TRUE(result.valid);
  ASSERT_EQ(result.diagnostics.size(), 1u) << ToJson(result.diagnostics).dump();
  EXPECT_EQ(result.diagnostics[0].code, "iou.debtor_without_phone");
  EXPECT_EQ(result.diagnostics[0].severity, Severity::kInfo);
  EXPECT_EQ(result.diagnostics[0].instance_location, "/debtors/1/phone");
  EXPECT_EQ(result.diagnostics[0].params["n"], 2);
}

TEST_F(FixtureCaseType, StateRulesMakeElementsRequiredOrNotApplicable) {
  const FormResult missing = form_->Validate(Instance(R"({"debt": {"iou_date": null}})"));
  EXPECT_FALSE(missing.valid);
  const Diagnostic* required = Find(missing.diagnostics, "case.element_required");
  ASSERT_NE(required, nullptr);
  EXPECT_EQ(required->instance_location, "/debt/iou_date");
  EXPECT_EQ(form_->messages().Render(*required, "zh"), "根据您已填写的内容，此项需要填写");

  const FormResult extra = form_->Validate(Instance(R"({"debt": {"written_iou": false}})"));
  EXPECT_TRUE(extra.valid);
  EXPECT_EQ(extra.states.at("/debt/iou_date"), ElementState::kNotApplicable);
  const Diagnostic* not_applicable = Find(extra.diagnostics, "case.element_not_applicable");
  ASSERT_NE(not_applicable, nullptr);
  EXPECT_EQ(not_applicable->severity, Severity::kWarning);
}

TEST_F(FixtureCaseType, ComputedValuesAreComparedWithTheEnteredOnes) {
  const FormResult result = form_->Validate(Instance(R"({"claims": {"total": 900}})"));
  EXPECT_FALSE(result.valid);
  const Diagnostic* total = Find(result.diagnostics, "case.computed_mismatch");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->instance_location, "/claims/total");
  EXPECT_EQ(total->severity, Severity::kError);
  EXPECT_EQ(total->params["computed"], "850.50");
  EXPECT_EQ(form_->messages().Render(*total, "zh"), "标的总额填写为 900 元，按各项计算应为 850.50 元，请核对");
}

TEST_F(FixtureCaseType, ARuleThatCannotBeEvaluatedIsReportedOnlyOnASchemaValidForm) {
  // No LPR before 2019-08-20: the lookup fails rather than guessing.
  const FormResult failed = form_->Validate(Instance(R"({"debt": {"iou_date": "2018-01-01"}})"));
  EXPECT_TRUE(failed.valid);
  const Diagnostic* failure = Find(failed.diagnostics, "case.rule_failed");
  ASSERT_NE(failure, nullptr);
  EXPECT_EQ(failure->params["rule"], "iou.late_interest_lookup");
  EXPECT_EQ(failure->params["type"], "No Legal Value");
  // On a form the schema rejects, the schema diagnostic says enough.
  const FormResult invalid = form_->Validate(Instance(R"({"debt": {"iou_date": "2018-01-01"}, "extra": 1})"));
  EXPECT_EQ(Find(invalid.diagnostics, "case.rule_failed"), nullptr);
  EXPECT_NE(Find(invalid.diagnostics, "schema.additionalProperties"), nullptr);
}

TEST_F(FixtureCaseType, HostileInstancesGiveDiagnosticsNotCrashes) {
  for (const char* text :
       {"null", "[]", "\"text\"", R"({"debt": "x", "claims": [], "debtors": {}})",
        R"({"debt": {"amount": "1000", "repaid": "abc"}, "claims": {"amount": -1, "total": 1e300}, "debtors": []})"}) {
    const FormResult result = form_->Validate(Json(text));
    EXPECT_FALSE(result.valid) << text;
    EXPECT_FALSE(result.diagnostics.empty()) << text;
  }
}

// BrokenSources: the fixture with its form's rules broken (an unknown operator), a healthy copy of the form
// under the case type fixture-iou2, and a case.json that does not parse.
SourceFiles BrokenSources() {
  SourceFiles files = FixtureSources();
  SourceFiles broken = files;
  for (SourceFile& file : broken) {
    if (file.path == "cases/fixture-iou/complaint/rules.json") {
      file.text = R"({"rules": [{"id": "iou.x", "severity": "error", "pointers": ["/a"], "when": {"no_such_op": []},
                                 "message": {"zh": "x"}}]})";
    }
  }
  for (const SourceFile& file : files) {
    if (file.path.rfind("cases/fixture-iou/", 0) != 0) continue;
    std::string text = file.text;
    if (file.path.ends_with("case.json")) {
      text.replace(text.find("\"fixture_iou.complaint\""), 23, "\"fixture_iou2.complaint\"");
      text.replace(text.find("\"fixture-iou\""), 13, "\"fixture-iou2\"");
    }
    broken.push_back({"cases/fixture-iou2/complaint/" + file.path.substr(file.path.rfind('/') + 1), text});
  }
  broken.push_back({"cases/fixture-bad/complaint/case.json", "{\"id\": "});
  return broken;
}

TEST(CaseLibraryLoading, ABrokenFormIsReportedWithItsFileAndTheOthersStillLoad) {
  const Result<CaseLibrary> library = CaseLibrary::Load(BrokenSources());
  ASSERT_TRUE(library.ok());
  EXPECT_EQ(library->Find("fixture-iou", "complaint"), nullptr);
  EXPECT_NE(library->Find("fixture-iou2", "complaint"), nullptr);
  EXPECT_EQ(library->forms().size(), 1u);
  EXPECT_EQ(library->Summaries().size(), 1u);
  const Diagnostic* unknown = Find(library.diagnostics(), "rule.unknown_operator");
  ASSERT_NE(unknown, nullptr);
  EXPECT_EQ(unknown->params["file"], "cases/fixture-iou/complaint/rules.json");
  const Diagnostic* syntax = Find(library.diagnostics(), "json.syntax");
  ASSERT_NE(syntax, nullptr);
  EXPECT_EQ(syntax->params["file"], "cases/fixture-bad/complaint/case.json");
}

// Compiled on first use (the built-in library): Load reports what it read, not what it has not compiled yet; a
// form that does not compile is not found, and one that does is compiled once.
TEST(CaseLibraryLoading, AFormCompiledOnFirstUseIsCompiledOnceAndABrokenOneIsNotFound) {
  const Result<CaseLibrary> library = CaseLibrary::Load(BrokenSources(), Compilation::kOnFirstUse);
  ASSERT_TRUE(library.ok());
  EXPECT_EQ(Find(library.diagnostics(), "rule.unknown_operator"), nullptr);
  EXPECT_NE(Find(library.diagnostics(), "json.syntax"), nullptr);
  // Listed from their files, compiled or not.
  const nlohmann::json summaries = library->Summaries();
  ASSERT_EQ(summaries.size(), 2u);
  EXPECT_EQ(summaries[0]["case_type"], "fixture-iou");
  EXPECT_EQ(summaries[1]["case_type"], "fixture-iou2");
  EXPECT_EQ(summaries[1], library->Find("fixture-iou2", "complaint")->Summary());
  EXPECT_EQ(library->Find("fixture-iou", "complaint"), nullptr);
  EXPECT_EQ(library->FindById("fixture_iou.complaint"), nullptr);
  const CaseForm* healthy = library->Find("fixture-iou2", "complaint");
  ASSERT_NE(healthy, nullptr);
  EXPECT_EQ(library->FindById("fixture_iou2.complaint"), healthy);
  EXPECT_EQ(library->Find("fixture-iou2", "complaint", healthy->version()), healthy);
  EXPECT_EQ(library->Find("fixture-iou2", "complaint", "1999.1"), nullptr);
  EXPECT_EQ(library->forms(), std::vector<const CaseForm*>{healthy});
}

// A composable case type is composed as far as the form asked for: an answer
// asked for first composes its complaint (whose sections it mirrors) too, and
// each comes out as when the whole case type is composed at load.
TEST(CaseLibraryLoading, AFormReadOnFirstUseIsTheFormComposedAtLoad) {
  const Result<CaseLibrary> lazy =
      CaseLibrary::Load(EmbeddedSources(), Compilation::kOnFirstUse, FileChecks::kCheckedBefore);
  const Result<CaseLibrary> eager = CaseLibrary::Load(EmbeddedSources());
  ASSERT_TRUE(lazy.ok() && eager.ok());
  for (const char* form : {"answer", "complaint"}) {
    const CaseForm* read_late = lazy->Find("divorce", form);
    const CaseForm* read_at_load = eager->Find("divorce", form);
    ASSERT_NE(read_late, nullptr) << form;
    ASSERT_NE(read_at_load, nullptr) << form;
    EXPECT_EQ(read_late->files().elements, read_at_load->files().elements) << form;
    EXPECT_EQ(read_late->files().schema_text, read_at_load->files().schema_text) << form;
    EXPECT_EQ(read_late->files().rules.document, read_at_load->files().rules.document) << form;
  }
}

// The web app's wasm: every case type and version listed (their case.json) without their other files,
// which its worker adds from a folder bundle when the page first names one.
TEST(CaseLibraryLoading, AFormListedWithoutItsFilesIsFoundOnceTheyAreAdded) {
  SourceFiles listed_only;
  SourceFiles form_files;
  for (SourceFile& file : EmbeddedSources()) {
    const bool listing =
        !(file.path.starts_with("cases/") || file.path.starts_with("published/")) || file.path.ends_with("/case.json");
    (listing ? listed_only : form_files).push_back(std::move(file));
  }
  ASSERT_FALSE(form_files.empty());
  const Result<CaseLibrary> library =
      CaseLibrary::Load(std::move(listed_only), Compilation::kOnFirstUse, FileChecks::kCheckedBefore);
  ASSERT_TRUE(library.ok());
  EXPECT_EQ(library->FilesToAdd("private-lending", "complaint", "2025.1"),
            "published/private-lending/2025.1/complaint");
  EXPECT_EQ(library->FilesToAdd("divorce", "answer", ""), "cases/divorce");                // the newest version
  EXPECT_EQ(library->FilesToAdd("private-lending", "complaint", "1999.1"), std::nullopt);  // not listed
  EXPECT_EQ(library->Find("private-lending", "complaint", "2025.1"), nullptr);             // asked too early
  EXPECT_EQ(library->Find("divorce", "answer"), nullptr);
  EXPECT_EQ(library->Summaries().size(), 0u);  // a list from files read: none yet

  const auto add_folder = [&](const std::string& folder) {
    SourceFiles files;
    for (const SourceFile& file : form_files) {
      if (file.path.starts_with(folder + "/")) files.push_back(file);
    }
    library->AddFiles(std::move(files));
  };
  add_folder("published/private-lending/2025.1/complaint");
  add_folder("cases/divorce");
  EXPECT_EQ(library->FilesToAdd("private-lending", "complaint", "2025.1"), std::nullopt);
  EXPECT_EQ(library->FilesToAdd("divorce", "answer", ""), std::nullopt);
  const CaseLibrary& builtin = *CaseLibrary::Builtin();
  for (const auto& [added, built_in] :
       {std::pair{library->Find("private-lending", "complaint", "2025.1"),
                  builtin.Find("private-lending", "complaint", "2025.1")},
        std::pair{library->Find("divorce", "answer"), builtin.Find("divorce", "answer")}}) {
    ASSERT_NE(added, nullptr);
    ASSERT_NE(built_in, nullptr);
    EXPECT_EQ(added->files().elements, built_in->files().elements) << added->id();
    EXPECT_EQ(added->files().schema_text, built_in->files().schema_text) << added->id();
    EXPECT_EQ(added->files().rules.document, built_in->files().rules.document) << added->id();
  }
  EXPECT_EQ(library->Find("private-lending", "answer", "2025.1"), nullptr);  // its own folder, not added
}

TEST(CaseLibraryLoading, AFolderBundleGivesItsFilesOrSaysWhatIsWrong) {
  const Result<SourceFiles> files = ReadFolderBundle(
      R"({"folder": "published/x/2025.1/complaint", "files": [{"path": "published/x/2025.1/complaint/a.json", "text": "{}"}]})");
  ASSERT_TRUE(files.ok());
  ASSERT_EQ(files->size(), 1u);
  EXPECT_EQ((*files)[0].path, "published/x/2025.1/complaint/a.json");
  EXPECT_EQ((*files)[0].text, "{}");
  const auto reason = [](std::string_view text) {
    const Result<SourceFiles> read = ReadFolderBundle(text);
    return read.ok() ? std::string("ok")
                     : read.diagnostics()[0].code + " " + read.diagnostics()[0].params.value("reason", "");
  };
  EXPECT_EQ(reason("[]"), "case.bundle_malformed /folder");
  EXPECT_EQ(reason(R"({"folder": "f"})"), "case.bundle_malformed /files");
  EXPECT_EQ(reason(R"({"folder": "f", "files": [{"path": "f/a.json"}]})"), "case.bundle_malformed /files/0");
  EXPECT_EQ(reason(R"({"folder": "f", "files": [{"path": "g/a.json", "text": ""}]})"),
            "case.bundle_malformed /files/0/path");
  EXPECT_EQ(reason(R"({"folder": "f", "files": [{"path": "f/../g.json", "text": ""}]})"),
            "case.bundle_malformed /files/0/path");
  EXPECT_EQ(reason(R"({"folder": )"), "json.syntax ");
}

TEST(CaseLibraryLoading, AFileBreakingItsMetaSchemaIsNamed) {
  SourceFiles files = FixtureSources();
  for (SourceFile& file : files) {
    if (file.path == "cases/fixture-iou/complaint/elements.json") file.text = R"({"sections": "none"})";
  }
  const Result<CaseLibrary> library = CaseLibrary::Load(files);
  EXPECT_EQ(library->Find("fixture-iou", "complaint"), nullptr);
  const Diagnostic* type = Find(library.diagnostics(), "schema.type");
  ASSERT_NE(type, nullptr);
  EXPECT_EQ(type->params["file"], "cases/fixture-iou/complaint/elements.json");
  EXPECT_EQ(type->instance_location, "/sections");
}

TEST(CaseLibraryLoading, TheBuiltInCaseTypesLoadCleanly) {
  const Result<CaseLibrary>& library = CaseLibrary::Builtin();
  ASSERT_TRUE(library.ok());
  EXPECT_TRUE(library.diagnostics().empty()) << ToJson(library.diagnostics()).dump();
  const CaseForm* complaint = library->Find("private-lending", "complaint");
  ASSERT_NE(complaint, nullptr);
  EXPECT_EQ(library->FindById("private-lending.complaint"), complaint);
  EXPECT_EQ(complaint->version(), "2025.3");
  EXPECT_NE(library->FindById("private-lending.complaint", "2025.2"), nullptr);  // published 2025-12-06
  // The published version stays installed for the filings made with it.
  const CaseForm* published = library->FindById("private_lending.complaint", "2025.1");
  ASSERT_NE(published, nullptr);
  EXPECT_EQ(library->FindById("private_lending.complaint"), published);
  EXPECT_EQ(library->FindById("private-lending.complaint", "2025.1"), nullptr);
  EXPECT_EQ(library->Versions("private_lending.complaint"), std::vector<std::string>{"2025.1"});
  const CaseForm* sales = library->Find("sales-contract", "answer");
  ASSERT_NE(sales, nullptr);
  EXPECT_EQ(sales->version(), "2025.2");
  EXPECT_EQ(sales->manifest().value("answers", ""), "sales-contract.complaint");
  EXPECT_NE(library->FindById("sales_contract.answer", "2025.1"), nullptr);
  EXPECT_EQ(library->Find("fixture-iou", "complaint"), nullptr);  // fixtures are not built in
  EXPECT_FALSE(ReadSchemaFolder("/no/such/folder").ok());
  // Compiled on first use, every built-in form compiles: as many forms as installed versions listed.
  EXPECT_EQ(library->forms().size(), library->Summaries(true).size());
  nlohmann::json current = nlohmann::json::array();
  for (const CaseForm* form : library->CurrentForms()) current.push_back(form->Summary());
  EXPECT_EQ(library->Summaries(), current);
}

}  // namespace
}  // namespace yaosu::cases

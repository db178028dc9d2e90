// Regression for issue #11 (item 1): "身份证号码校验位不正确：最后一位应为 {expected}" reached
// the page because the format checker's details never reached the diagnostic.
// Every message of every catalog is rendered here with the parameters the
// engine really gives it — each code is provoked through the public API that
// emits it — and no "{name}" may survive, in Chinese or in English.
#include <cmath>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "core/assist/deadline.h"
#include "core/batch/batch_filing.h"
#include "core/batch/batch_rows.h"
#include "core/batch/form_table.h"
#include "core/cases/case_library.h"
#include "core/cases/case_type_check.h"
#include "core/cases/form_session.h"
#include "core/diagnostics/message_catalog.h"
#include "core/embedded/embedded.h"
#include "core/filing/canonical_json.h"
#include "core/filing/compare.h"
#include "core/filing/filing.h"
#include "core/filing/verify.h"
#include "core/json/parse.h"
#include "core/law/civil_date.h"
#include "core/law/fees.h"
#include "core/law/identifiers/chinese_formats.h"
#include "core/law/interest.h"
#include "core/law/limitation.h"
#include "core/law/parameter_set.h"
#include "core/rules/rule.h"
#include "core/schema/registry.h"
#include "core/schema/schema.h"
#include "tests/support/test_options.h"

namespace yaosu {
namespace {

using nlohmann::json;

json Json(std::string_view text) { return ParseJson(text).value(); }

// Emitted: every diagnostic provoked below, with the catalog that renders it.
class Emitted {
 public:
  void Add(const Diagnostics& diagnostics, const MessageCatalog& catalog = MessageCatalog::Builtin()) {
    for (const Diagnostic& d : diagnostics) {
      seen_.insert(MessageKey(d));
      for (const char* language : {"zh", "en"}) {
        const std::string message = catalog.Render(d, language);
        EXPECT_FALSE(std::regex_search(message, kPlaceholder))
            << d.code << " (" << language << "): " << message << " — params " << d.params.dump();
      }
    }
  }
  template <typename T>
  void Add(const Result<T>& result) {
    Add(result.diagnostics());
  }
  bool Saw(const std::string& code) const { return seen_.contains(code); }

 private:
  // MessageKey: the catalog entry a diagnostic is rendered from.
  static std::string MessageKey(const Diagnostic& d) {
    if (d.code == "schema.format" && d.params.contains("reason")) {
      return "format." + d.params.value("format", "") + "." + d.params.value("reason", "");
    }
    return d.code;
  }
  inline static const std::regex kPlaceholder{R"(\{\w+(\|term)?\})"};
  std::set<std::string> seen_;
};

void ProvokeJson(Emitted& out) {
  out.Add(ParseJson("{\"a\": }"));
  out.Add(ParseJson("[1,2,3]", ParseLimits{.max_bytes = 3}));
  out.Add(ParseJson(std::string(300, '[') + std::string(300, ']')));
  out.Add(ParseJson(R"(["abc"])", ParseLimits{.max_string_bytes = 2}));
  out.Add(ParseJson("[1,2,3]", ParseLimits{.max_array_items = 2}));
  out.Add(ParseJson("[1,2,3]", ParseLimits{.max_values = 3}));
  out.Add(ParseJson(R"({"a": 1, "a": 2})"));
  out.Add(ParseJson("1e400"));
}

void Validate(Emitted& out, std::string_view schema, std::string_view instance, schema::ValidateOptions options = {},
              schema::CompileOptions compile = {}) {
  schema::SchemaRegistry registry;
  Result<schema::CompiledSchema> compiled = schema::CompiledSchema::Compile(Json(schema), registry, compile);
  out.Add(compiled.diagnostics());
  if (compiled.ok()) out.Add(compiled->Validate(Json(instance), options).diagnostics);
}

void ProvokeSchema(Emitted& out) {
  Validate(out, R"({"type": "string"})", "1");
  Validate(out, R"({"enum": [1, 2]})", "3");
  Validate(out, R"({"const": "a"})", "\"b\"");
  Validate(out, R"({"minimum": 2, "maximum": 1, "exclusiveMinimum": 5, "exclusiveMaximum": 0})", "1.5");
  Validate(out, R"({"multipleOf": 0.01})", "1.005");
  Validate(out, R"({"minLength": 3})", "\"ab\"");
  Validate(out, R"({"maxLength": 1})", "\"ab\"");
  Validate(out, R"({"minItems": 3, "maxItems": 1, "uniqueItems": true, "contains": {"const": 9}, "minContains": 1})",
           "[1, 1]");
  Validate(out, R"({"minProperties": 3, "maxProperties": 1, "required": ["x"], "dependentRequired": {"a": ["z"]}})",
           R"({"a": 1, "b": 2})");
  Validate(out, R"({"$schema": "http://json-schema.org/draft-07/schema", "dependencies": {"a": ["z"]}})",
           R"({"a": 1})");
  Validate(out, R"({"properties": {"a": true}, "additionalProperties": false})", R"({"b": 1})");
  Validate(out, R"({"unevaluatedProperties": false, "unevaluatedItems": false})", R"({"b": 1})");
  Validate(out, R"({"unevaluatedItems": false})", "[1]");
  Validate(out, R"({"$ref": "#/$defs/a", "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"type": "string"}}})", "1",
           {.max_depth = 1});
  Validate(out, R"({"items": {"type": "string"}})", "[1, 2, 3]", {.max_diagnostics = 1});
  Validate(out, R"({"minLength": "three"})", "1");
  Validate(out, R"({"pattern": "("})", "1");
  Validate(out, R"({"$ref": "https://example.org/missing.json"})", "1");
  Validate(out, R"({"$schema": "https://example.org/unknown-dialect"})", "1");
  Validate(out, R"({"properties": {"a": {}, "b": {}, "c": {}}})", "1", {}, {.max_nodes = 2});
  schema::SchemaRegistry registry;
  out.Add(registry.Add("not a uri", json::object()));
  out.Add(registry.Add(
      "https://example.org/meta",
      Json(R"({"$id": "https://example.org/meta", "$vocabulary": {"https://example.org/vocab/x": true}})")));
  out.Add(schema::CompiledSchema::Compile(Json(R"({"$schema": "https://example.org/meta"})"), registry).diagnostics());
  MessageCatalog catalog;
  out.Add(catalog.Add(json::array()));
}

void ProvokeIdentifiers(Emitted& out) {
  schema::CompileOptions options{.format_assertion = true};
  law::RegisterChineseFormats(options.formats);
  for (const char* format : {"cn-resident-id", "cn-uscc", "cn-mobile", "cn-landline", "cn-money-yuan", "ipv4"}) {
    for (const char* value :
         {"110105194912310021", "11010519491231002x", "1101051949123", "99010519491231002X", "110105194913310021",
          "91350100M000100Y4A", "91350100M000100Y43", "12345678", "013904721234", "12012345678", "0472-0123456",
          "0472-1234567-1234567", "12.345", "-1", "007"}) {
      Validate(out, json({{"format", format}}).dump(), json(value).dump(), {}, options);
    }
  }
}

void ProvokeRulesAndLaw(Emitted& out) {
  out.Add(rules::Rule::Compile(Json(R"({"no_such_operator": [1]})")).diagnostics());
  out.Add(rules::Rule::Compile(Json(R"({"a": 1, "b": 2})")).diagnostics());
  json deep = 1;
  for (int i = 0; i < 300; ++i) deep = json{{"!", json::array({deep})}};
  out.Add(rules::Rule::Compile(deep).diagnostics());
  for (const char* needs_list : {R"({"map": 1})", R"({"reduce": 1})", R"({"filter": 1})", R"({"some": 1})"}) {
    out.Add(rules::Rule::Compile(Json(needs_list)).diagnostics());
  }
  out.Add(law::ParseCivilDate("2025-02-30"));
  out.Add(law::AddMonths(*law::ParseCivilDate("2025-01-31"), 1, law::MonthEndRounding::kRefuse));
  out.Add(law::SimpleInterest({.principal_fen = 100,
                               .rate_ppm = 1,
                               .from = *law::ParseCivilDate("2025-02-01"),
                               .to = *law::ParseCivilDate("2025-01-01")}));
  const law::ParameterSet& builtin = law::ParameterSet::Builtin().value();
  out.Add(law::CourtFee(builtin, {.as_of = *law::ParseCivilDate("2025-01-01")}));
  out.Add(builtin.Lookup("rates/lpr_one_year", *law::ParseCivilDate("2001-01-01")));
  out.Add(
      law::LimitationLastDay(builtin, *law::ParseCivilDate("2026-06-01"), "general"));  // beyond the rest-day calendar
  out.Add(builtin.Lookup("rates/lpr_one_year", *law::ParseCivilDate("2999-01-01")));
  out.Add(builtin.Lookup("rates/none", *law::ParseCivilDate("2025-01-01")));
  const std::string ended = R"({"id": "x", "description": {"zh": "x", "en": "x"}, "unit": "yuan",
      "reference": {"title": "t"}, "last_verified": "2025-01-01",
      "values": {"2020-01-01": {"value": 1, "reference": "r"}, "2021-01-01": {"value": null, "reference": "r"}}})";
  Result<law::ParameterSet> set = law::ParameterSet::Load({{"a.json", ended}, {"b.json", ended}});
  out.Add(set.diagnostics());
  Result<law::ParameterSet> one = law::ParameterSet::Load({{"a.json", ended}});
  out.Add(one->Lookup("x", *law::ParseCivilDate("2022-01-01")));
  for (const char* broken : {"{", R"({"id": 1, "extra": 2, "values": {"2020-13-01": {}, "2020-01-01": {}}})",
                             R"({"id": "x", "values": {"2020-01-01": {"value": 1}, "2020-01-01": {"value": 1}}})"}) {
    out.Add(law::LoadParameter("broken.json", broken));
  }
  law::ParameterSet none = *law::ParameterSet::Load({});
  out.Add(law::CourtFee(none, {.amount_fen = 100, .as_of = *law::ParseCivilDate("2025-01-01")}));
  Result<law::ParameterSet> bad_scale =
      law::ParameterSet::Load({{"fees/property_case.json", R"({"id": "fees/property_case",
      "description": {"zh": "x", "en": "x"}, "unit": "fee_scale", "reference": {"title": "t"}, "last_verified": "2999-01-01",
      "values": {"2000-01-01": {"value": "not a scale", "reference": "r"}}})"}});
  out.Add(law::CourtFee(*bad_scale, {.amount_fen = 100, .as_of = *law::ParseCivilDate("2025-01-01")}));
}

// ProvokeCases: the case library's own checks, on a library built from the
// built-in files with one thing wrong each time.
void ProvokeCases(Emitted& out) {
  out.Add(cases::ReadSchemaFolder("/nonexistent/yaosu-schemas"));
  out.Add(cases::ReadFolderBundle(R"({"folder": "published/x", "files": [{"path": "elsewhere/x.json", "text": ""}]})"));
  const cases::SourceFiles builtin = cases::EmbeddedSources();
  const auto without = [&](std::string_view ending) {
    cases::SourceFiles files;
    for (const cases::SourceFile& file : builtin) {
      if (!file.path.ends_with(ending)) files.push_back(file);
    }
    return files;
  };
  out.Add(cases::CaseLibrary::Load(without("sales-contract/2025.1/answer/rules.json")).diagnostics());
  // A form in a folder its manifest does not name, and the same id and version twice.
  cases::SourceFiles moved = builtin, twice = builtin;
  const std::string folder = "published/sales-contract/2025.1/answer/";
  for (const cases::SourceFile& file : builtin) {
    if (file.path == folder + "case.json")
      moved.push_back({"published/sales-contract/2025.1/elsewhere/case.json", file.text});
    if (file.path.starts_with(folder))
      twice.push_back({"cases/sales-contract/answer/" + file.path.substr(folder.size()), file.text});
  }
  out.Add(cases::CaseLibrary::Load(moved).diagnostics());
  out.Add(cases::CaseLibrary::Load(twice).diagnostics());
  const cases::CaseLibrary& library = cases::CaseLibrary::Builtin().value();
  const cases::CaseForm* complaint = library.Find("private-lending", "complaint");
  ASSERT_NE(complaint, nullptr);
  cases::FormSession session(*complaint);
  (void)session.Set("/plaintiffs", json::array());
  out.Add(session.Set("/plaintiffs/7/name", "张三").added, complaint->messages());
  // Every example, valid or seeded with a fault, through its form: rule and
  // computed-value messages with the parameters the rules compute.
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(std::string(YAOSU_SOURCE_DIR) + "/tests/cases/examples")) {
    if (entry.path().extension() != ".json") continue;
    const std::filesystem::path form_folder = entry.path().parent_path().parent_path();
    const cases::CaseForm* form =
        library.Find(form_folder.parent_path().filename().string(), form_folder.filename().string());
    ASSERT_NE(form, nullptr) << entry.path();
    std::string text;
    ASSERT_TRUE(yaosu::testing::ReadFile(entry.path().string(), text));
    json example = Json(text);
    if (example.contains("expect")) example = example["instance"];
    out.Add(form->Validate(example).diagnostics, form->messages());
    // A computed value that fails and one that disagrees with what was entered.
    json broken = example;
    if (broken.contains("claims") && broken["claims"].is_object()) broken["claims"]["total"] = 1;
    out.Add(form->Validate(broken).diagnostics, form->messages());
    // Dated before the fee schedule and the LPR tables: figures and rules that cannot be worked out.
    json early = example;
    if (early.contains("signature") && early["signature"].is_object()) early["signature"]["date"] = "2001-01-01";
    out.Add(form->Validate(early).diagnostics, form->messages());
  }
  // The fixture case type (tests/cases/fixtures/): a rule whose lookup fails.
  Result<cases::SourceFiles> fixture =
      cases::ReadSchemaFolder(std::string(YAOSU_SOURCE_DIR) + "/tests/cases/fixtures/schemas");
  ASSERT_TRUE(fixture.ok());
  const Result<cases::CaseLibrary> fixtures = cases::CaseLibrary::Load(cases::WithBuiltinShared(*fixture));
  const cases::CaseForm* iou = fixtures->Find("fixture-iou", "complaint");
  ASSERT_NE(iou, nullptr);
  out.Add(iou->Validate(Json(R"({"debtors": [{"kind": "natural_person", "name": "李四", "phone": "13904721234"}],
      "debt": {"amount": 1000, "repaid": 200, "written_iou": true, "iou_date": "2018-01-01"},
      "claims": {"amount": 800, "costs": 50.5, "total": 850.5}})"))
              .diagnostics,
          iou->messages());
}

// ProvokeCaseTypes: composing a case type (format 2) and `yaosu cases --check`,
// on a probe case type beside the built-in ones, one fault at a time.
void ProvokeCaseTypes(Emitted& out) {
  const std::string manifest = R"({"format": 2, "version": "2025.2", "cause": {"zh": "探针纠纷", "en": "Probe"},
      "area": "civil", "template": {"batch": "2025", "source": "test"}, "forms": ["complaint", "answer"]})";
  const auto probe = [&](const std::string& claims_rows, const std::string& answer_claims) {
    cases::SourceFiles files = cases::EmbeddedSources();
    files.push_back({"cases/probe/case.json", manifest});
    files.push_back({"cases/probe/complaint.json", R"({"sections": [{"use": "parties"},
        {"id": "claims", "label": {"zh": "诉讼请求", "en": "Claims"}, "rows": [)" +
                                                       claims_rows + R"(]}, {"use": "signature"}]})"});
    files.push_back(
        {"cases/probe/answer.json", R"({"sections": [{"use": "respondents"}, )" + answer_claims +
                                        R"(, {"use": "signature", "rows": [{"use": "signature.respondent"}]}]})"});
    return cases::CheckCaseTypes(files);
  };
  const std::string row =
      R"({"id": "sum", "label": {"zh": "金额", "en": "Sum"}, "data": {"type": "number"}, "print": "{}"})";
  const std::string mirror = R"({"mirror": "claims", "row": {"use": "answer.claim_objection"}})";
  out.Add(probe(R"({"use": "claims.nothing"})", mirror));  // case.include_unresolved
  out.Add(probe(R"({"use": "claims.total"})", mirror));    // case.parameter_missing
  out.Add(
      probe(row, R"({"mirror": "nowhere", "row": {"use": "answer.claim_objection"}})"));  // case.mirror_unknown_section
  out.Add(probe(
      row, R"({"mirror": "claims", "row": {"use": "answer.claim_objection"}, "skip": ["nothing"]})"));  // …unknown_row
  out.Add(probe(row + ", " + row, mirror));                               // case.row_duplicate
  out.Add(probe(R"({"use": "claims.summary", "print": null})", mirror));  // case.row_incomplete
  const std::string checked = R"({"id": "sum", "label": {"zh": "金额"}, "data": {"type": "object", "title": "1. 金额",
      "properties": {"amount": {"type": "number"}, "kind": {"enum": ["a"]}}}, "print": "{amount}",
      "rules": [{"id": "probe.x", "state": "hidden", "pointers": ["${pointer}/amount"], "when": {"var": "claims.nothing"}}]})";
  const std::string other_row =
      R"({"id": "two", "label": {"zh": "其他", "en": "Two"}, "data": {"type": "number"}, "print": "{}"})";
  out.Add(probe(checked + ", " + other_row, R"({"id": "claims", "label": {"zh": "答辩事项"}, "rows": [
      {"use": "answer.claim_objection", "id": "x", "answers_row": "claims.nothing"},
      {"use": "answer.claim_objection", "id": "sum", "answers_row": "claims.sum"}]})"));
  // … var_unknown, words_missing, choice_words_missing, title_numbered, mirror_stray, mirror_unanswered
}

void ProvokeFilings(Emitted& out) {
  const cases::CaseLibrary& library = cases::CaseLibrary::Builtin().value();
  const cases::CaseForm& complaint = *library.Find("private-lending", "complaint");
  const cases::CaseForm& answer = *library.Find("private-lending", "answer");
  std::string text;
  ASSERT_TRUE(
      yaosu::testing::ReadFile(std::string(YAOSU_SOURCE_DIR) +
                                   "/tests/cases/examples/private-lending/complaint/valid/transfer-loan-overdue.json",
                               text));
  const json instance = Json(text);
  out.Add(filing::Produce(complaint, instance, "yesterday"));
  json filing = filing::Produce(complaint, instance, "2025-10-08T09:30:00+08:00").value();
  json tampered = filing;
  tampered["instance"]["claims"]["total"] = 1;
  tampered["computed"]["court_fee"] = 1;
  tampered["diagnostics"] = json::array({{{"code", "x"}, {"instanceLocation", "/x"}}});
  out.Add(filing::Verify(tampered, library).problems);
  json unknown = filing;
  unknown["case"]["id"] = "nothing.here";
  out.Add(filing::Verify(unknown, library).problems);
  json old = filing;
  old["case"]["version"] = "1999.1";
  out.Add(filing::Verify(old, library).problems);
  out.Add(filing::Compare(filing, filing, library));
  json other_answer = filing;
  other_answer["case"] = answer.Identity();
  other_answer["instance"] = {{"answers", "sales_contract.complaint"}};
  out.Add(filing::Compare(filing, other_answer, library));
  out.Add(filing::Compare(other_answer, other_answer, library));
  json sales_answer = filing;
  sales_answer["case"] = library.Find("sales-contract", "answer")->Identity();
  out.Add(filing::Compare(filing, sales_answer, library));
  json odd = {{"big", 9007199254740993LL},
              {"nan", std::nan("")},
              {"text", std::string("\xff")},
              {"bytes", json::binary({1, 2})}};
  odd[std::string("\xfe")] = 1;
  out.Add(filing::CanonicalJson(odd));
}

// Codes emitted only where the engine meets JavaScript (wasm/*.cpp) are
// provoked by tests/wasm/help.test.mjs instead.
const std::set<std::string> kEmittedByTheBindings = {"options.invalid", "case.unknown_form"};

// Batch tables (core/batch/): each table refused for one reason, and a row with every kind of unreadable cell.
void ProvokeBatch(Emitted& out) {
  const cases::CaseLibrary& library = cases::CaseLibrary::Builtin().value();
  const cases::CaseForm& form = *library.Find("credit-card", "complaint");
  const batch::FormTable table = std::move(batch::FormTable::Of(form, library.shared_schemas()).value());
  const auto file = [&](std::string_view csv, const batch::CsvLimits& limits = {}) {
    out.Add(batch::FileBatch(
                table, csv, "2025-10-08T09:30:00+08:00", [](const batch::FiledRow&) {}, limits)
                .diagnostics(),
            form.messages());
  };
  const batch::CsvLimits small{.max_bytes = 40, .max_records = 2, .max_columns = 2, .max_cell_bytes = 8};
  for (std::string_view csv : {"", "a\n\xff\n", "a\n\"x\n", "a\n\"x\"y\n"}) file(csv);
  for (std::string_view csv :
       {"a\n1\n2\n", "a,b,c\n", "abcdefghij\n", "a\n1234567890123456789012345678901234567890\n"}) {
    file(csv, small);
  }
  file("claims.nothing,defendants.0.name,signature.date,signature.date\n");
  Result<batch::CsvTable> csv = batch::ReadCsv(
      "signature.date,claims.principal.amount,defendants.1.kind,agent.present,\n2025-13-01,十元,某某,也许,多\n");
  ASSERT_TRUE(csv.ok());
  Result<batch::BatchHeader> header = batch::ReadBatchHeader(table, csv->header);
  ASSERT_TRUE(header.ok());
  ASSERT_EQ(csv->rows.size(), 1u);
  const batch::BatchRow row = batch::ReadBatchRow(*header, csv->rows[0]);
  EXPECT_EQ(row.cell_problems.size(), 5u);  // not a date, a number, a choice, yes or no; outside the table
  out.Add(row.cell_problems, form.messages());
}

// Codes no input can reach through the public API any more (a check before
// them catches the fault first); rendered with the very params their
// emission site writes, so their sentences stay complete should it ever run.
void ProvokeAssist(Emitted& out) {
  for (const char* as_of : {"2027-09-24", "2028-03-01"}) {
    if (auto notice = assist::LimitationNotice("2028-01-01", as_of)) {
      if (auto d = notice->ToDiagnostic("")) out.Add({*d});
    }
  }
}

void RenderUnreachable(Emitted& out) {
  // core/cases/form_rules.cpp: a rule without pointers, or without a severity
  // or state — the rules meta-schema rejects both first.
  out.Add({Diagnostic{.code = "case.rule_malformed",
                      .params = {{"file", "cases/x/complaint/rules.json"}, {"rule", "x.rule"}}}});
  // core/batch/: a ZIP past 4 GiB, and a form whose schema text is not JSON (the loader parsed it first).
  out.Add({Diagnostic{.code = "batch.archive_too_large", .params = {{"limit", "4 GiB / 65,535 entries"}}},
           Diagnostic{.code = "batch.form_unreadable", .params = {{"form", "credit-card.complaint"}}}});
  // core/law/parameter_set.cpp reports an unknown parameter by id; law.param.unknown_key / wrong_type
  // of core/law/parameter.cpp come from the loader above.
}

TEST(Regression, Issue11_NoMessageKeepsAnUnfilledPlaceholder) {
  Emitted out;
  ProvokeJson(out);
  ProvokeSchema(out);
  ProvokeIdentifiers(out);
  ProvokeRulesAndLaw(out);
  ProvokeCases(out);
  ProvokeCaseTypes(out);
  ProvokeFilings(out);
  ProvokeAssist(out);
  ProvokeBatch(out);
  RenderUnreachable(out);
  // Coverage: every catalog entry that has a placeholder was rendered from a real diagnostic.
  const std::regex placeholder(R"(\{\w+(\|term)?\})");
  std::size_t checked = 0;
  for (std::string_view catalog_text : embedded::MessageCatalogs()) {
    const json catalog = Json(catalog_text);
    for (const auto& [code, languages] : catalog["messages"].items()) {
      const std::string both = languages.value("zh", "") + languages.value("en", "");
      if (!std::regex_search(both, placeholder) || kEmittedByTheBindings.contains(code)) continue;
      ++checked;
      EXPECT_TRUE(out.Saw(code)) << code << " was never provoked, so its placeholders were never checked";
    }
  }
  EXPECT_GT(checked, 70u);
  // The case types' own messages (<form>.rules.json, common/rules/), rendered from the examples
  // above. A published version's were checked while it was current; its examples now are the next one's.
  std::size_t rules = 0;
  for (const cases::SourceFile& file : cases::EmbeddedSources()) {
    if (!file.path.ends_with("rules.json") && file.path.find("/rules/") == std::string::npos) continue;
    if (file.path.starts_with("published/")) continue;
    const json document = Json(file.text);
    for (const json& rule : document.value("rules", json::array())) {
      if (!rule.contains("message")) continue;
      if (!std::regex_search(rule["message"].dump(), placeholder)) continue;
      ++rules;
      EXPECT_TRUE(out.Saw(rule.value("id", ""))) << file.path << ": " << rule.value("id", "") << " was never provoked";
    }
  }
  EXPECT_GT(rules, 10u);
}

TEST(Regression, Issue11_WrongCheckCharacterNamesBothCharacters) {
  const cases::CaseForm& form = *cases::CaseLibrary::Builtin()->Find("private-lending", "complaint");
  cases::FormSession session(form);
  const cases::SessionUpdate update =
      session.Set("/plaintiffs", Json(R"([{"kind": "natural_person", "id_type": "resident_id",
                                                                          "id_number": "110105194912310021"}])"));
  bool found = false;
  for (const Diagnostic& d : update.added) {
    if (d.code != "schema.format") continue;
    found = true;
    EXPECT_EQ(form.messages().Render(d, "zh"), "身份证号码校验位不正确：最后一位应为 X，填写的是 1，请核对号码");
    EXPECT_EQ(form.messages().Render(d, "en"),
              "Wrong check character: the last character should be X, not 1; check the number");
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace yaosu

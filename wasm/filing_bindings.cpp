// File: Embind bindings for filings — produce one, verify one, compare a
// complaint with its answer. JSON text in and out; the same results as
// `yaosu file`, `yaosu verify --json` and `yaosu compare --json`.
//
//   JSON.parse(yaosu.produceFiling('private-lending', 'complaint', text, new Date().toISOString()))
//     // {ok: true, text: <canonical JSON of the filing>} or {ok: false, diagnostics}
//   JSON.parse(yaosu.verifyFiling(filingText))       // {ok, case, digest, problems} (+ inputError)
//   JSON.parse(yaosu.summarizeFiling(filingText))    // the same, plus summary: parties, figures, warnings, elements
//   JSON.parse(yaosu.renderFilingHtml(filingText))   // {ok: true, html, problems} or {ok: false, diagnostics}
//   yaosu.renderFilingDocx(filingText)                // Uint8Array of the .docx, or null
//   JSON.parse(yaosu.compareFilingsHtml(complaintText, answerText))  // {ok: true, html} — the printable dispute table
//   JSON.parse(yaosu.compareFilings(complaintText, answerText))
//     // {ok: true, complaint, answer, counts, admitted, disputed, unanswered, exemptions} or {ok: false, diagnostics}
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/cases/case_library.h"
#include "core/filing/canonical_json.h"
#include "core/filing/compare.h"
#include "core/filing/comparison_document.h"
#include "core/filing/filing.h"
#include "core/filing/filing_document.h"
#include "core/filing/filing_summary.h"
#include "core/filing/verify.h"
#include "core/json/parse.h"
#include "core/render/docx_renderer.h"
#include "core/render/html_renderer.h"
#include "wasm/dump_json.h"

namespace yaosu::wasm {
namespace {

using nlohmann::json;

const cases::CaseLibrary* Library() {
  const Result<cases::CaseLibrary>& library = cases::CaseLibrary::Builtin();
  return library.ok() ? &library.value() : nullptr;
}

std::string ProduceFiling(const std::string& case_type, const std::string& form_name, const std::string& instance_text,
                          const std::string& created_at) {
  const cases::CaseForm* form = Library() != nullptr ? Library()->Find(case_type, form_name) : nullptr;
  if (form == nullptr) {
    return Refusal(
        {Diagnostic{.code = "case.unknown_form", .params = {{"case_type", case_type}, {"form", form_name}}}});
  }
  Result<json> instance = ParseJson(instance_text);
  if (!instance.ok()) return Refusal(instance.diagnostics());
  Result<json> filing = filing::Produce(*form, *instance, created_at);
  if (!filing.ok()) return Refusal(filing.diagnostics(), form->messages());
  Result<std::string> text = filing::CanonicalJson(*filing);
  if (!text.ok()) return Refusal(text.diagnostics());
  return Dump({{"ok", true}, {"text", *text}});
}

std::string VerifyFiling(const std::string& filing_text) {
  Result<json> filing = ParseJson(filing_text);
  if (!filing.ok()) {
    return Dump({{"ok", false}, {"inputError", true}, {"problems", ToJsonWithMessages(filing.diagnostics())}});
  }
  return Dump(filing::Verify(*filing, *Library()).ToJson());
}

// SummarizeFiling: the verification and what staff read beside it (filing_summary.h).
std::string SummarizeFiling(const std::string& filing_text) {
  Result<json> filing = ParseJson(filing_text);
  if (!filing.ok()) {
    return Dump({{"ok", false}, {"inputError", true}, {"problems", ToJsonWithMessages(filing.diagnostics())}});
  }
  const filing::Verification check = filing::Verify(*filing, *Library());
  json out = check.ToJson();
  out["summary"] = filing::SummarizeFiling(*filing, check);
  return Dump(out);
}

// Printable: the document of a filing whose case type and version are installed
// (verification problems ride along: a filing that fails is still printed, as by `yaosu render`).
std::optional<render::Document> Printable(const std::string& filing_text, json& problems) {
  Result<json> filing = ParseJson(filing_text);
  if (!filing.ok()) {
    problems = ToJsonWithMessages(filing.diagnostics());
    return std::nullopt;
  }
  const filing::Verification check = filing::Verify(*filing, *Library());
  problems = check.ToJson()["problems"];
  if (check.form == nullptr) return std::nullopt;
  return filing::FilingDocument(*filing, *check.form);
}

std::string RenderFilingHtml(const std::string& filing_text) {
  json problems;
  const std::optional<render::Document> document = Printable(filing_text, problems);
  if (!document) return Dump({{"ok", false}, {"diagnostics", problems}});
  return Dump({{"ok", true}, {"html", render::RenderHtml(*document)}, {"problems", problems}});
}

emscripten::val RenderFilingDocx(const std::string& filing_text) {
  json problems;
  const std::optional<render::Document> document = Printable(filing_text, problems);
  if (!document) return emscripten::val::null();
  const std::string bytes = render::RenderDocx(*document);
  emscripten::val copy = emscripten::val::global("Uint8Array").new_(bytes.size());
  copy.call<void>("set", emscripten::val(emscripten::typed_memory_view(
                             bytes.size(), reinterpret_cast<const unsigned char*>(bytes.data()))));
  return copy;
}

// Comparison: the dispute table of two filing texts, or why there is none.
Result<filing::Comparison> Comparison(const std::string& complaint_text, const std::string& answer_text) {
  Result<json> complaint = ParseJson(complaint_text);
  if (!complaint.ok()) return complaint.diagnostics();
  Result<json> answer = ParseJson(answer_text);
  if (!answer.ok()) return answer.diagnostics();
  return filing::Compare(*complaint, *answer, *Library());
}

std::string CompareFilings(const std::string& complaint_text, const std::string& answer_text) {
  Result<filing::Comparison> table = Comparison(complaint_text, answer_text);
  if (!table.ok()) return Refusal(table.diagnostics());
  json out = table->ToJson();
  out["ok"] = true;
  return Dump(out);
}

std::string CompareFilingsHtml(const std::string& complaint_text, const std::string& answer_text) {
  Result<filing::Comparison> table = Comparison(complaint_text, answer_text);
  if (!table.ok()) return Refusal(table.diagnostics());
  return Dump({{"ok", true}, {"html", render::RenderHtml(filing::ComparisonDocument(*table))}});
}

}  // namespace
}  // namespace yaosu::wasm

EMSCRIPTEN_BINDINGS(yaosu_filings) {
  emscripten::function("produceFiling", &yaosu::wasm::ProduceFiling);
  emscripten::function("verifyFiling", &yaosu::wasm::VerifyFiling);
  emscripten::function("summarizeFiling", &yaosu::wasm::SummarizeFiling);
  emscripten::function("compareFilings", &yaosu::wasm::CompareFilings);
  emscripten::function("compareFilingsHtml", &yaosu::wasm::CompareFilingsHtml);
  emscripten::function("renderFilingHtml", &yaosu::wasm::RenderFilingHtml);
  emscripten::function("renderFilingDocx", &yaosu::wasm::RenderFilingDocx);
}

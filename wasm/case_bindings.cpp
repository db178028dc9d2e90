// File: Embind bindings for case types — list them, describe one, check a
// filled form. JSON text in and out, as in bindings.cpp; the same shapes as
// `yaosu cases --json` and `yaosu validate --case … --json`.
//
//   JSON.parse(yaosu.cases())                       // [{id, case_type, form, version, title, template, rows}]
//   JSON.parse(yaosu.caseForm('private-lending', 'complaint', ''))   // '' the newest; or '2025.2'
//     // {ok, summary, manifest, elements, schema, shared: {$id: schema}, document, computed}
//   JSON.parse(yaosu.validateForm('private-lending', 'complaint', text))
//     // {ok: true, id, case_type, form, version, valid, diagnostics, computed, states}
//     // or {ok: false, diagnostics} for an unknown case type or malformed JSON
//
//   const session = new yaosu.FormSession('private-lending', 'complaint', draftText);  // '' = empty form
//   JSON.parse(session.set('/claims/total', '104500'))   // {valid, added, removed, computed, states, progress}
//   JSON.parse(session.help('2026-03-01'))               // figures with today's date, what they wait for,
//                                                        // fee choices, limitation, progress (core/assist/form_help.h)
//   session.delete();
#include <emscripten/bind.h>

#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/assist/completeness.h"
#include "core/assist/form_help.h"
#include "core/cases/case_library.h"
#include "core/cases/form_session.h"
#include "core/json/parse.h"
#include "wasm/dump_json.h"

namespace yaosu::wasm {
namespace {

using nlohmann::json;

// FindForm: the built-in form in its newest version (or the `version` named: a filing's, kept
// in schemas/published), or the diagnostic case.unknown_form {case_type, form}.
const cases::CaseForm* FindForm(const std::string& case_type, const std::string& form, Diagnostics& problems,
                                const std::string& version = "") {
  const Result<cases::CaseLibrary>& library = cases::CaseLibrary::Builtin();
  const cases::CaseForm* found = nullptr;
  if (library.ok()) found = version.empty() ? library->Find(case_type, form) : library->Find(case_type, form, version);
  if (found == nullptr) {
    problems.push_back(Diagnostic{.code = "case.unknown_form", .params = {{"case_type", case_type}, {"form", form}}});
  }
  return found;
}

std::string Cases() {
  const Result<cases::CaseLibrary>& library = cases::CaseLibrary::Builtin();
  return Dump(library.ok() ? library->Summaries() : json::array());
}

// Splice: `object_text` (a dumped JSON object) with `"name": raw_json` added at its end.
std::string Splice(std::string object_text, const std::string& name, const std::string& raw_json) {
  object_text.pop_back();  // the closing brace
  return object_text + "," + Dump(name) + ":" + raw_json + "}";
}

// CaseForm: a form in its newest version, or in `version` ("" for the newest).
// The schema and the shared pieces go out as their source text, not
// re-serialized: a parsed json sorts keys, and the page draws fields in the
// order the schema lists them.
std::string CaseForm(const std::string& case_type, const std::string& form_name, const std::string& version) {
  Diagnostics problems;
  const cases::CaseForm* form = FindForm(case_type, form_name, problems, version);
  if (form == nullptr) return Refusal(problems);
  const cases::CaseLibrary& library = *cases::CaseLibrary::Builtin();
  std::optional<std::string> written = library.SchemaText(*form);
  const std::string schema_text = written ? std::move(*written) : Dump(form->schema());  // dumped only when needed
  std::string shared = "{";
  for (const auto& [id, text] : library.shared_schemas())
    shared += (shared.size() > 1 ? "," : "") + Dump(id) + ":" + text;
  shared += "}";
  std::string out = Dump({{"ok", true},
                          {"summary", form->Summary()},
                          {"manifest", form->manifest()},
                          {"elements", form->elements()},
                          {"document", form->document()},
                          {"words", form->words()},
                          {"computed", form->computed().Describe()}});
  return Splice(Splice(std::move(out), "schema", schema_text), "shared", shared);
}

std::string ValidateForm(const std::string& case_type, const std::string& form_name, const std::string& instance_text) {
  Diagnostics problems;
  const cases::CaseForm* form = FindForm(case_type, form_name, problems);
  if (form == nullptr) return Refusal(problems);
  Result<json> instance = ParseJson(instance_text);
  if (!instance.ok()) return Refusal(instance.diagnostics());
  json out = form->Identity();
  out["ok"] = true;
  out.update(form->Validate(*instance).ToJson(form->messages()));
  return Dump(out);
}

// Answer: an update as JSON text, each added diagnostic marked "incomplete"
// when it only means "not filled in yet" (assist::IsIncomplete).
std::string Answer(const cases::SessionUpdate& update, const MessageCatalog& messages) {
  json out = update.ToJson(messages);
  json& added = out["added"];
  for (std::size_t i = 0; i < update.added.size() && i < added.size(); ++i) {
    added[i]["incomplete"] = assist::IsIncomplete(update.added[i]);
  }
  return Dump(out);
}

}  // namespace

// FormSession: one open form (core/cases/form_session.h). A session that could
// not start (unknown case type, malformed draft) answers every call with its reason.
class FormSession {
 public:
  FormSession(const std::string& case_type, const std::string& form_name, const std::string& draft_text) {
    const cases::CaseForm* form = FindForm(case_type, form_name, problems_);
    if (form == nullptr) return;
    json draft = json::object();
    if (!draft_text.empty()) {
      Result<json> parsed = ParseJson(draft_text);
      if (!parsed.ok()) {
        problems_ = parsed.diagnostics();
        return;
      }
      draft = std::move(*parsed);
    }
    session_.emplace(*form, std::move(draft));
  }

  bool ok() const { return session_.has_value(); }

  // set: the element at `pointer` takes the JSON value `value_text` ("null" removes it).
  std::string set(const std::string& pointer, const std::string& value_text) {
    if (!session_) return Refusal(problems_);
    Result<json> value = ParseJson(value_text);
    if (!value.ok()) return Refusal(value.diagnostics());
    return Answer(session_->Set(pointer, std::move(*value)), session_->form().messages());
  }

  std::string snapshot() const {
    if (!session_) return Refusal(problems_);
    return Answer(session_->Snapshot(), session_->form().messages());
  }

  // help: assist::FormHelp on the form as it stands; `today` is the person's day, YYYY-MM-DD.
  std::string help(const std::string& today) const {
    if (!session_) return Refusal(problems_);
    return Dump(assist::FormHelp(session_->form(), session_->instance(), session_->result(), today));
  }

  std::string instance() const { return session_ ? Dump(session_->instance()) : "null"; }

 private:
  Diagnostics problems_;
  std::optional<cases::FormSession> session_;
};

}  // namespace yaosu::wasm

EMSCRIPTEN_BINDINGS(yaosu_cases) {
  emscripten::function("cases", &yaosu::wasm::Cases);
  emscripten::function("caseForm", &yaosu::wasm::CaseForm);
  emscripten::function("validateForm", &yaosu::wasm::ValidateForm);
  emscripten::class_<yaosu::wasm::FormSession>("FormSession")
      .constructor<const std::string&, const std::string&, const std::string&>()
      .function("ok", &yaosu::wasm::FormSession::ok)
      .function("set", &yaosu::wasm::FormSession::set)
      .function("snapshot", &yaosu::wasm::FormSession::snapshot)
      .function("help", &yaosu::wasm::FormSession::help)
      .function("instance", &yaosu::wasm::FormSession::instance);
}

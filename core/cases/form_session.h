// File: FormSession — one open form as the user fills it in, element by
// element. Each change answers with only what changed: diagnostics that
// appeared or went away, computed values that moved, element states that
// switched, and the completion progress — what a form page needs to update
// itself after a keystroke.
//
//   FormSession session(*form);                          // an empty form, or FormSession(*form, draft)
//   SessionUpdate update = session.Set("/claims/total", 104500);
//   for (const Diagnostic& d : update.added) show(d);    // keyed by DiagnosticKey()
//   for (const std::string& key : update.removed) hide(key);
//
// A change re-checks only what depends on the changed element: the schema
// property it lies in, the root's own keywords, and the computed values and
// rules that read it (incremental_check.h); the form is changed in place.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/cases/case_form.h"
#include "core/cases/incremental_check.h"

namespace yaosu::cases {

// Progress: how much of the form is filled, over the rows that apply (rows
// hidden or not applicable by the rules do not count).
struct Progress {
  std::size_t filled = 0;
  std::size_t total = 0;
  nlohmann::json sections = nlohmann::json::array();  // [{id, filled, total, errors}]
  nlohmann::json ToJson() const;
};

struct SessionUpdate {
  bool valid = false;
  Diagnostics added;                                   // new since the last update
  std::vector<std::string> removed;                    // DiagnosticKey()s of diagnostics gone
  nlohmann::json computed = nlohmann::json::object();  // id → new value, only those that changed
  nlohmann::json states = nlohmann::json::object();    // pointer → new state, or null when it no longer has one
  // pointer → {if location → whether `then` applied} for the elements whose branches changed, or null when
  // no `if` applies to it any more: the page draws the fields of the side that applies from this.
  nlohmann::json branches = nlohmann::json::object();
  Progress progress;

  // ToJson: the update with messages rendered by `messages`; added diagnostics carry their "key".
  nlohmann::json ToJson(const MessageCatalog& messages) const;
};

// DiagnosticKey: a diagnostic's identity across updates (code, element, keyword, params).
std::string DiagnosticKey(const Diagnostic& diagnostic);

class FormSession {
 public:
  explicit FormSession(const CaseForm& form, nlohmann::json instance = nlohmann::json::object());

  // Set: the element at `pointer` ("" = the whole form) takes `value`; a null
  // value removes it. Missing parent objects are created; a pointer that
  // cannot name a place in the form (through a text, or past an array's end)
  // changes nothing and reports session.bad_pointer.
  SessionUpdate Set(std::string_view pointer, nlohmann::json value);

  // Snapshot: everything, as an update from an empty page (for a first render or a reload).
  SessionUpdate Snapshot() const;

  const nlohmann::json& instance() const { return instance_; }
  const FormResult& result() const { return result_; }
  const CaseForm& form() const { return *form_; }

 private:
  SessionUpdate Diff(const FormResult& before, const FormResult& after) const;
  Progress Measure(const FormResult& result) const;

  const CaseForm* form_;
  nlohmann::json instance_;
  IncrementalCheck check_;
  FormResult result_;
};

}  // namespace yaosu::cases

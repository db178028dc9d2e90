#include "core/filing/filing_summary.h"

#include <string>

#include "core/diagnostics/message_catalog.h"
#include "core/law/decimal.h"

namespace yaosu::filing {
namespace {

using nlohmann::json;

json Names(const json& instance, const char* key) {
  json names = json::array();
  if (!instance.is_object() || !instance.contains(key) || !instance[key].is_array()) return names;
  for (const json& party : instance[key]) {
    if (party.is_object() && party.contains("name") && party["name"].is_string()) names.push_back(party["name"]);
  }
  return names;
}

// Element: the form row a pointer into the filing lies in ("/instance/claims/total"), or null.
json Element(const cases::CaseForm& form, const std::string& pointer) {
  if (pointer.rfind("/instance", 0) != 0) return nullptr;
  const std::string inside = pointer.substr(9);
  json best = nullptr;
  std::size_t best_length = 0;
  for (const json& section : form.elements().value("sections", json::array())) {
    for (const json& row : section.value("rows", json::array())) {
      const std::string row_pointer = row.value("pointer", "");
      const bool within = inside == row_pointer || inside.rfind(row_pointer + "/", 0) == 0;
      if (!within || row_pointer.size() < best_length) continue;
      best_length = row_pointer.size();
      best = {{"row", row.value("id", "")},
              {"label", row.value("label", json())},
              {"section", section.value("label", json())}};
      if (row.contains("number")) best["number"] = row["number"];
    }
  }
  return best;
}

// ComputedElement: for filing.computed_differs, the computed value's own label.
json ComputedElement(const cases::CaseForm& form, const std::string& id) {
  for (const json& value : form.computed().Describe()) {
    if (value.value("id", "") == id) return {{"computed", id}, {"label", value.value("label", json())}};
  }
  return nullptr;
}

Diagnostic FromRecorded(const json& recorded) {
  Diagnostic d;
  d.code = recorded.value("code", "");
  const std::string severity = recorded.value("severity", "warning");
  d.severity = severity == "info" ? Severity::kInfo : severity == "error" ? Severity::kError : Severity::kWarning;
  d.instance_location = recorded.value("instanceLocation", "");
  d.params = recorded.value("params", json::object());
  return d;
}

json Fen(const json& value, bool yuan) {
  if (!value.is_number()) return nullptr;
  if (!yuan) return value.is_number_integer() ? value : json();
  const std::optional<int64_t> fen = law::JsonScaled(value, 2);
  return fen ? json(*fen) : json();
}

}  // namespace

json SummarizeFiling(const json& filing, const Verification& check) {
  const json instance = filing.is_object() ? filing.value("instance", json::object()) : json::object();
  const json computed = filing.is_object() ? filing.value("computed", json::object()) : json::object();
  const json claims = instance.is_object() ? instance.value("claims", json::object()) : json::object();
  json out = {
      {"parties", {{"plaintiffs", Names(instance, "plaintiffs")}, {"defendants", Names(instance, "defendants")}}},
      {"claim_total_fen", Fen(claims.is_object() ? claims.value("total", json()) : json(), true)},
      {"court_fee_fen", Fen(computed.is_object() ? computed.value("court_fee", json()) : json(), false)},
      {"warnings", json::array()},
      {"problems", json::array()}};
  json problems = check.ToJson()["problems"];
  if (check.form == nullptr) {  // no form to place them in: the problems as verification gives them
    for (json& problem : problems) problem["element"] = nullptr;
    out["problems"] = std::move(problems);
    return out;
  }
  const cases::CaseForm& form = *check.form;
  const json recorded = filing.value("diagnostics", json::array());
  for (const json& entry : recorded.is_array() ? recorded : json::array()) {
    if (!entry.is_object()) continue;
    json warning = ToJsonWithMessages({FromRecorded(entry)}, form.messages())[0];
    warning["element"] = Element(form, "/instance" + warning.value("instanceLocation", ""));
    out["warnings"].push_back(std::move(warning));
  }
  for (json& problem : problems) {
    const std::string code = problem.value("code", "");
    problem["element"] = code == "filing.computed_differs" ? ComputedElement(form, problem["params"].value("id", ""))
                                                           : Element(form, problem.value("instanceLocation", ""));
    out["problems"].push_back(std::move(problem));
  }
  return out;
}

}  // namespace yaosu::filing

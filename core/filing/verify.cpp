#include "core/filing/verify.h"

#include <utility>

#include "core/filing/filing.h"
#include "core/json/members.h"
#include "core/json/pointer.h"

namespace yaosu::filing {
namespace {

using nlohmann::json;

// Findings: the (code, location) pairs of a list of warnings, for comparing what was filed with what is found now.
json Findings(const json& diagnostics) {
  json findings = json::array();
  if (!diagnostics.is_array()) return findings;
  for (const json& d : diagnostics) {
    if (d.is_object()) findings.push_back(StringMember(d, "code") + " " + StringMember(d, "instanceLocation"));
  }
  return findings;
}

json Findings(const Diagnostics& diagnostics) {
  json findings = json::array();
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::kError) findings.push_back(d.code + " " + d.instance_location);
  }
  return findings;
}

void CheckDigest(const json& filing, Verification& check) {
  check.recorded_digest =
      filing.is_object() && filing.contains("digest") ? StringMember(filing["digest"], "value") : "";
  Result<std::string> digest = Digest(filing);
  if (!digest.ok()) {
    for (const Diagnostic& problem : digest.diagnostics()) check.problems.push_back(problem);
    return;
  }
  check.digest = *digest;
  check.digest_matches = check.digest == check.recorded_digest;
  if (!check.digest_matches) {
    check.problems.push_back(Diagnostic{.code = "filing.digest_mismatch",
                                        .instance_location = "/digest/value",
                                        .params = {{"recorded", check.recorded_digest}, {"computed", check.digest}}});
  }
}

// FindForm: the installed form the filing names, in the version it names —
// every published version stays installed, so an earlier filing is checked
// against the very form it was made with, never a newer one.
void FindForm(const json& filing, const cases::CaseLibrary& library, Verification& check) {
  const std::string id = StringMember(check.case_identity, "id");
  const std::string version = StringMember(check.case_identity, "version");
  const cases::CaseForm* form = library.FindById(id, version);
  if (form == nullptr) {
    const std::vector<std::string> installed = library.Versions(id);
    if (installed.empty()) {
      check.problems.push_back(
          Diagnostic{.code = "filing.unknown_case", .instance_location = "/case/id", .params = {{"id", id}}});
    } else {
      check.problems.push_back(Diagnostic{.code = "filing.version_not_installed",
                                          .instance_location = "/case/version",
                                          .params = {{"id", id}, {"recorded", version}, {"installed", installed}}});
    }
    return;
  }
  if (!filing.contains("instance")) return;  // the envelope check already says so
  check.form = form;
}

// Recheck: the form data against every rule again, and the figures against the recorded ones.
void Recheck(const json& filing, Verification& check) {
  const cases::FormResult now = check.form->Validate(filing["instance"]);
  for (Diagnostic diagnostic : now.diagnostics) {
    if (diagnostic.severity != Severity::kError) continue;
    diagnostic.instance_location = "/instance" + diagnostic.instance_location;
    check.problems.push_back(std::move(diagnostic));
  }
  const json recorded_findings = Findings(filing.value("diagnostics", json()));
  const json findings = Findings(now.diagnostics);
  if (recorded_findings != findings) {
    check.problems.push_back(Diagnostic{.code = "filing.diagnostics_differ",
                                        .instance_location = "/diagnostics",
                                        .params = {{"recorded", recorded_findings}, {"now", findings}}});
  }
  const json recorded = filing.value("computed", json::object());
  json ids = json::array();
  for (const auto& [id, value] : now.computed.items()) ids.push_back(id);
  if (recorded.is_object()) {
    for (const auto& [id, value] : recorded.items()) {
      if (!now.computed.contains(id)) ids.push_back(id);
    }
  }
  const json labels = check.form->computed().Describe();
  for (const json& id_json : ids) {
    const std::string id = id_json.get<std::string>();
    const json recorded_value = recorded.is_object() ? recorded.value(id, json()) : json();
    const json recomputed = now.computed.value(id, json());
    if (recorded_value != recomputed) {
      json params = {
          {"id", id}, {"recorded", recorded_value}, {"recomputed", recomputed}, {"label", id}, {"label_en", id}};
      for (const json& value : labels) {  // which figure, in words
        if (value.value("id", "") != id || !value.contains("label") || !value["label"].is_object()) continue;
        params["label"] = value["label"].value("zh", id);
        params["label_en"] = value["label"].value("en", id);
      }
      check.problems.push_back(Diagnostic{.code = "filing.computed_differs",
                                          .instance_location = "/computed/" + EscapePointerToken(id),
                                          .params = std::move(params)});
    }
  }
}

}  // namespace

Verification Verify(const json& filing, const cases::CaseLibrary& library) {
  Verification check;
  const schema::ValidationResult envelope = FilingSchema().Validate(filing);
  check.problems = envelope.diagnostics;
  check.case_identity = filing.is_object() ? filing.value("case", json()) : json();
  if (filing.is_object()) {
    CheckDigest(filing, check);
    FindForm(filing, library, check);
    if (check.form != nullptr) Recheck(filing, check);
  }
  check.ok = !HasErrors(check.problems);
  return check;
}

json Verification::ToJson() const {
  const MessageCatalog& messages = form != nullptr ? form->messages() : MessageCatalog::Builtin();
  return {{"ok", ok},
          {"case", case_identity},
          {"digest", {{"recorded", recorded_digest}, {"computed", digest}, {"matches", digest_matches}}},
          {"problems", ToJsonWithMessages(problems, messages)}};
}

}  // namespace yaosu::filing

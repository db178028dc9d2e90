#include "core/filing/compare.h"

#include <utility>

#include "core/json/members.h"
#include "core/json/pointer.h"

namespace yaosu::filing {
namespace {

using nlohmann::json;

const json& Instance(const json& filing) {
  static const json kNone;
  return filing.is_object() && filing.contains("instance") ? filing["instance"] : kNone;
}

json At(const json& document, const std::string& pointer) {
  const json* found = ResolvePointer(document, pointer);
  return found == nullptr ? json() : *found;
}

std::string_view StatusName(ElementComparison::Status status) {
  switch (status) {
    case ElementComparison::Status::kAdmitted: return "admitted";
    case ElementComparison::Status::kDisputed: return "disputed";
    case ElementComparison::Status::kUnanswered: return "unanswered";
  }
  return "unanswered";
}

// Judge: what one answer row says of its complaint row.
void Judge(const json& answer_value, ElementComparison& entry) {
  if (!answer_value.is_object() || !answer_value.contains("objection") || !answer_value["objection"].is_boolean()) {
    entry.status = ElementComparison::Status::kUnanswered;
  } else if (!answer_value["objection"].get<bool>()) {
    entry.status = ElementComparison::Status::kAdmitted;
  } else {
    entry.status = ElementComparison::Status::kDisputed;
    entry.reasons = StringMember(answer_value, "reasons");
  }
}

Diagnostic Refusal(std::string code, json params) {
  return Diagnostic{.code = std::move(code), .params = std::move(params)};
}

// LineUp: every complaint row with the answer rows that answer it, and the exemptions.
void LineUp(const cases::CaseForm& complaint_form, const cases::CaseForm& answer_form, const json& complaint,
            const json& answer, Comparison& table) {
  const json& answer_sections = answer_form.elements()["sections"];
  for (const json& section : complaint_form.elements()["sections"]) {
    for (const json& row : section["rows"]) {
      for (const json& answer_section : answer_sections) {
        for (const json& answer_row : answer_section["rows"]) {
          if (answer_row.value("answers_row", "") != row.value("id", "")) continue;
          ElementComparison entry{.section_label = section["label"],
                                  .row = row["id"].get<std::string>(),
                                  .label = row["label"],
                                  .pointer = row["pointer"].get<std::string>(),
                                  .complaint = At(Instance(complaint), row["pointer"].get<std::string>()),
                                  .answer_row = answer_row["id"].get<std::string>(),
                                  .answer_label = answer_row["label"]};
          Judge(At(Instance(answer), answer_row["pointer"].get<std::string>()), entry);
          table.elements.push_back(std::move(entry));
        }
      }
    }
  }
  for (const json& answer_section : answer_sections) {
    for (const json& answer_row : answer_section["rows"]) {
      if (answer_row.value("role", "") != "exemption") continue;
      const json statement = At(Instance(answer), answer_row["pointer"].get<std::string>());
      if (statement.is_object() && statement.value("present", false)) {
        table.exemptions.push_back({answer_row["id"].get<std::string>(), answer_row["label"], statement});
      }
    }
  }
}

}  // namespace

Result<Comparison> Compare(const json& complaint, const json& answer, const cases::CaseLibrary& library) {
  Comparison table{.complaint = Verify(complaint, library), .answer = Verify(answer, library)};
  if (complaint.is_object()) table.complaint_computed = complaint.value("computed", nlohmann::json());
  const cases::CaseForm* complaint_form = table.complaint.form;
  const cases::CaseForm* answer_form = table.answer.form;
  const std::string complaint_id = StringMember(table.complaint.case_identity, "id");
  const std::string answer_id = StringMember(table.answer.case_identity, "id");
  // A filing naming no installed form: its verification says why (unknown case type, other version).
  if (complaint_form == nullptr) return table.complaint.problems;
  if (answer_form == nullptr) return table.answer.problems;
  if (complaint_form->form() != "complaint") return Refusal("filing.compare_not_complaint", {{"id", complaint_id}});
  if (answer_form->form() != "answer") return Refusal("filing.compare_not_answer", {{"id", answer_id}});
  // An answer made with a later version of the case type than its complaint
  // (or an earlier one) still lines up: rows are matched by their stable ids.
  if (answer_form->case_type() != complaint_form->case_type()) {
    return Refusal("filing.compare_mismatch", {{"complaint", complaint_form->id()},
                                               {"answer", answer_form->id()},
                                               {"answers", answer_form->manifest().value("answers", "")}});
  }
  LineUp(*complaint_form, *answer_form, complaint, answer, table);
  return table;
}

json Comparison::ToJson() const {
  json lists = {{"admitted", json::array()}, {"disputed", json::array()}, {"unanswered", json::array()}};
  for (const ElementComparison& entry : elements) {
    json item = {{"section", entry.section_label},
                 {"row", entry.row},
                 {"label", entry.label},
                 {"pointer", entry.pointer},
                 {"complaint", entry.complaint},
                 {"answer_row", entry.answer_row},
                 {"answer_label", entry.answer_label}};
    if (entry.status == ElementComparison::Status::kDisputed) item["reasons"] = entry.reasons;
    lists[std::string(StatusName(entry.status))].push_back(std::move(item));
  }
  json exemption_list = json::array();
  for (const Exemption& exemption : exemptions) {
    exemption_list.push_back({{"row", exemption.row}, {"label", exemption.label}, {"statement", exemption.statement}});
  }
  return {{"complaint", complaint.ToJson()},
          {"answer", answer.ToJson()},
          {"counts",
           {{"admitted", lists["admitted"].size()},
            {"disputed", lists["disputed"].size()},
            {"unanswered", lists["unanswered"].size()},
            {"exemptions", exemption_list.size()}}},
          {"admitted", lists["admitted"]},
          {"disputed", lists["disputed"]},
          {"unanswered", lists["unanswered"]},
          {"exemptions", std::move(exemption_list)}};
}

}  // namespace yaosu::filing

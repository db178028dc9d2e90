// File: FormComposer — one form of a composable case type (format 2,
// schemas/cases/README.md) written out as the files the loader compiles: the
// data schema, the element rows (numbered from their order), the print
// templates, the words, the rules and the computed values — each gathered from
// the rows that carry them, so a row's schema, label, wording, print template
// and checks are written once, in one place.
//
//   FormComposer composer(identity, template_info);
//   for (const ordered_json& section : resolved_sections) composer.AddSection(section);
//   composer.AddLogic(rules_file_document);  // cases/private-lending/complaint.rules.json
//   Result<FormFiles> files = std::move(composer).Finish();
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/cases/case_form.h"
#include "core/diagnostics/result.h"

namespace yaosu::cases {

// FormIdentity: what the case type's case.json says of one of its forms.
struct FormIdentity {
  std::string case_type;            // the folder name: "private-lending"
  std::string form;                 // "complaint" | "answer"
  std::string version;              // "2025.2"
  nlohmann::ordered_json manifest;  // the case type's case.json
  std::string source;               // "cases/private-lending/complaint.json", for diagnostics
};

// ComposedFormId: the id a composed form goes by ("private-lending.complaint").
std::string ComposedFormId(const std::string& case_type, const std::string& form);

class FormComposer {
 public:
  // FormComposer: `base_words` are the words every form has (SharedPieces::BaseWords).
  FormComposer(FormIdentity identity, const nlohmann::ordered_json& base_words);

  // AddSection: a section whose rows (and the section itself) are resolved —
  // no "use" or "mirror" left. Rows are numbered in order unless the section or
  // the row says "numbered": false.
  void AddSection(const nlohmann::ordered_json& section);

  // AddLogic: the form's own rules and computed values ({"rules": [...],
  // "computed": [...]}), after those the rows brought.
  void AddLogic(const nlohmann::ordered_json& logic);

  // Finish: the form's files; problems name the source file and the row.
  Result<FormFiles> Finish() &&;

 private:
  void AddRow(const nlohmann::ordered_json& section, const nlohmann::ordered_json& row, int number);
  void Problem(const std::string& code, nlohmann::json params);
  void AddGenericWords(const nlohmann::ordered_json& words);
  void IncludeRules(const nlohmann::ordered_json& section_or_row);

  FormIdentity identity_;
  nlohmann::ordered_json schema_, elements_, document_, words_;
  nlohmann::ordered_json rules_ = nlohmann::ordered_json::array();
  nlohmann::ordered_json computed_ = nlohmann::ordered_json::array();
  std::vector<std::string> include_rules_;
  std::set<std::string> row_ids_;
  Diagnostics problems_;
};

}  // namespace yaosu::cases

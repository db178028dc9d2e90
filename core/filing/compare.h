// File: comparing a complaint with its answer, element by element, for
// element-based trial (要素式审判): what the defendant admits (undisputed
// facts), what is disputed (争议焦点) with both sides' statements, what the
// answer left unanswered, and the 免责/减责事由 it raises.
//
//   Result<Comparison> table = Compare(complaint_filing, answer_filing, *cases::CaseLibrary::Builtin());
//   if (!table.ok()) show(table.diagnostics());   // not a complaint and its answer
//   std::cout << table->ToJson().dump();
//
// Complaint rows and answer rows are lined up through elements.json
// (`answers_row` of each answer row); an answer row with role "exemption"
// is listed apart. Both filings are verified too, and the result says so.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/cases/case_library.h"
#include "core/diagnostics/result.h"
#include "core/filing/verify.h"

namespace yaosu::filing {

// ElementComparison: one complaint row and one answer row that answers it.
struct ElementComparison {
  enum class Status { kAdmitted, kDisputed, kUnanswered };
  nlohmann::json section_label;  // {zh, en} of the complaint section
  std::string row;               // complaint row id
  nlohmann::json label;          // complaint row label {zh, en}
  std::string pointer;           // complaint element, JSON Pointer into its form data
  nlohmann::json complaint;      // the plaintiff's statement (null when empty)
  std::string answer_row;
  nlohmann::json answer_label;
  Status status = Status::kUnanswered;
  std::string reasons;  // the defendant's facts and reasons, when disputed
};

// Exemption: a 免责/减责事由 the answer raises.
struct Exemption {
  std::string row;
  nlohmann::json label;
  nlohmann::json statement;  // the answer element as filed
};

struct Comparison {
  Verification complaint;
  Verification answer;
  std::vector<ElementComparison> elements;  // in the complaint's row order
  std::vector<Exemption> exemptions;
  nlohmann::json complaint_computed;  // the complaint's computed values, which its print templates may read

  // ToJson: {"complaint", "answer" (verifications), "counts", "admitted", "disputed", "unanswered", "exemptions"}.
  nlohmann::json ToJson() const;
};

// Compare: the table, or filing.compare_not_complaint / filing.compare_not_answer /
// filing.compare_mismatch (an answer to another case type or version).
Result<Comparison> Compare(const nlohmann::json& complaint, const nlohmann::json& answer,
                           const cases::CaseLibrary& library);

}  // namespace yaosu::filing

// File: FormRules — the checks and conditional elements of one form
// (rules.json plus the shared files it includes), compiled once.
//
//   Result<FormRules> rules = FormRules::Compile({{"cases/x/complaint/rules.json", doc}, ...}, operators);
//   rules->Evaluate(data, instance, schema_valid, diagnostics, states);
//
// The evaluation contract (data, `each`, reports, states, failures) is
// specified in schemas/cases/README.md; this file implements it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/cases/element_state.h"
#include "core/cases/recorded_report.h"
#include "core/cases/rule_dependencies.h"
#include "core/diagnostics/result.h"
#include "core/rules/operator_registry.h"
#include "core/rules/rule.h"

namespace yaosu::cases {

// RuleFile: a rules document and the path it was read from (relative to schemas/).
struct RuleFile {
  std::string path;
  nlohmann::json document;
};

class FormRules {
 public:
  // Compile: every rule of `files`, in order. A rule whose JsonLogic does not
  // compile is a diagnostic naming the file and rule.
  static Result<FormRules> Compile(const std::vector<RuleFile>& files, const rules::OperatorRegistry& operators);

  // Evaluate: appends the reports to `diagnostics` and the states to `states`.
  // `data` is the instance with the reserved keys added (it is modified while
  // `each` rules run, and restored). Rule failures are reported only when
  // `schema_valid`.
  void Evaluate(nlohmann::json& data, const nlohmann::json& instance, bool schema_valid, Diagnostics& diagnostics,
                ElementStates& states) const;

  // RuleOutput: what one rule gave on its last run (over every `each` element).
  struct RuleOutput {
    std::vector<RecordedReport> reports;
    std::vector<std::pair<std::string, ElementState>> states;
  };
  // Update: Evaluate for a caller that keeps `outputs` (one per rule) between
  // calls and re-runs only the rules `stale` marks; the others' outputs are
  // reused. Reports and states come out as Evaluate gives them.
  void Update(nlohmann::json& data, const nlohmann::json& instance, bool schema_valid, const std::vector<bool>& stale,
              std::vector<RuleOutput>& outputs, Diagnostics& diagnostics, ElementStates& states) const;

  // size / reads: the rules, and what rule `n` reads (its `each` arrays included).
  std::size_t size() const { return rules_.size(); }
  const DataReads& reads(std::size_t n) const { return rules_[n].reads; }
  // PointsIntoReservedKeys: whether a rule's `each` or `pointers` name an
  // element under `computed`, `item` or `index`, which the data shadows.
  bool PointsIntoReservedKeys() const;

  // Messages: the rules' messages as a catalog document {"messages": {id: {zh, en}}}.
  nlohmann::json Messages() const;

 private:
  struct CompiledRule {
    std::string id;
    std::string location;          // "https://yaosu.cn/schemas/<file>#/rules/<n>"
    std::string keyword_location;  // "/rules/<n>/when"
    std::optional<Severity> severity;
    std::optional<ElementState> state;
    std::vector<std::string> each;      // array pointers; empty: the whole form once
    std::vector<std::string> pointers;  // relative to the `each` element
    rules::Rule when;
    std::vector<std::pair<std::string, rules::Rule>> params;
    nlohmann::json message;
    nlohmann::json citation;
    DataReads reads;
  };

  // RunRule: one rule on every subject, as Evaluate runs it.
  static void RunRule(const CompiledRule& rule, nlohmann::json& data, const nlohmann::json& instance,
                      RuleOutput& output);
  // Run: one rule on one subject (the form, or one `each` element at `base`).
  static void Run(const CompiledRule& rule, const nlohmann::json& data, const std::string& base, RuleOutput& output);

  std::vector<CompiledRule> rules_;
};

}  // namespace yaosu::cases

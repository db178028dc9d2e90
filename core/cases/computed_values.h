// File: ComputedValues — the figures a form derives from its answers (标的总额,
// court fee, interest), compiled once from computed.json.
//
//   Result<ComputedValues> computed = ComputedValues::Compile(file, operators);
//   nlohmann::json values = computed->Evaluate(data, instance, schema_valid, diagnostics);
//
// Values are evaluated in order and written into data["computed"] as they
// come, so a later expression and every rule can use `computed.<id>`.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/cases/form_rules.h"
#include "core/cases/recorded_report.h"
#include "core/cases/rule_dependencies.h"
#include "core/diagnostics/result.h"
#include "core/rules/operator_registry.h"
#include "core/rules/rule.h"

namespace yaosu::cases {

class ComputedValues {
 public:
  // Compile: the expressions of `file` (a computed.json document; an empty file has none).
  static Result<ComputedValues> Compile(const RuleFile& file, const rules::OperatorRegistry& operators);

  // Evaluate: {id: value}; also sets data["computed"]. Appends
  // case.computed_mismatch where an entered element differs, and
  // case.computed_failed (only when `schema_valid`) where an expression fails.
  nlohmann::json Evaluate(nlohmann::json& data, const nlohmann::json& instance, bool schema_valid,
                          Diagnostics& diagnostics) const;

  // ValueOutput: what one value gave on its last evaluation.
  struct ValueOutput {
    nlohmann::json value;  // null when it could not be computed
    std::vector<RecordedReport> reports;
  };
  // Update: Evaluate for a caller that keeps `outputs` (one per value) between
  // calls and re-evaluates only the values `stale` marks; values and reports
  // come out as Evaluate gives them.
  nlohmann::json Update(nlohmann::json& data, const nlohmann::json& instance, bool schema_valid,
                        const std::vector<bool>& stale, std::vector<ValueOutput>& outputs,
                        Diagnostics& diagnostics) const;

  // size / id / reads: the values in order, and what value `n` reads (its compare_with element included).
  std::size_t size() const { return values_.size(); }
  const std::string& id(std::size_t n) const { return values_[n].id; }
  const DataReads& reads(std::size_t n) const { return values_[n].reads; }
  // ComparesReservedKeys: whether a compare_with names an element under `computed`, `item` or `index`.
  bool ComparesReservedKeys() const;

  // Describe: [{id, label, unit}] in order, for forms and documents.
  nlohmann::json Describe() const;

 private:
  struct Value {
    std::string id;
    nlohmann::json label;
    std::string unit;
    rules::Rule expression;
    std::string compare_with;  // "" when none
    Severity compare_severity = Severity::kError;
    std::string location;
    DataReads reads;
  };

  // Compute: one value on the data as it stands (earlier values in data["computed"]).
  static ValueOutput Compute(const Value& entry, const nlohmann::json& data, const nlohmann::json& instance);
  // Compare: a diagnostic when the entered element differs from `value`.
  static void Compare(const Value& entry, const nlohmann::json& value, const nlohmann::json& instance,
                      std::vector<RecordedReport>& reports);

  std::vector<Value> values_;
};

}  // namespace yaosu::cases

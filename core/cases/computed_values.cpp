#include "core/cases/computed_values.h"

#include <utility>

#include "core/json/pointer.h"
#include "core/law/decimal.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;

Severity SeverityOr(const json& value, Severity fallback) {
  if (value == "warning") return Severity::kWarning;
  if (value == "info") return Severity::kInfo;
  if (value == "error") return Severity::kError;
  return fallback;
}

std::string Text(const json& label, const char* language) {
  if (label.contains(language) && label[language].is_string()) return label[language].get<std::string>();
  return label.value("zh", "");
}

// Shown: a value as a person reads it; fen become yuan with two decimals.
json Shown(const json& value, const std::string& unit) {
  if (unit == "fen" && value.is_number_integer()) return law::FormatFen(value.get<int64_t>());
  return value;
}

}  // namespace

Result<ComputedValues> ComputedValues::Compile(const RuleFile& file, const rules::OperatorRegistry& operators) {
  ComputedValues compiled;
  if (!file.document.contains("computed") || !file.document["computed"].is_array()) return compiled;
  Diagnostics problems;
  const json& list = file.document["computed"];
  for (std::size_t n = 0; n < list.size(); ++n) {
    const json& entry = list[n];
    const std::string location = "https://yaosu.cn/schemas/" + file.path + "#/computed/" + std::to_string(n);
    Result<rules::Rule> expression = rules::Rule::Compile(entry.value("expression", json()), operators);
    if (!expression.ok()) {
      for (Diagnostic cause : expression.diagnostics()) {
        cause.absolute_keyword_location = location + "/expression";
        cause.params["file"] = file.path;
        problems.push_back(std::move(cause));
      }
      continue;
    }
    DataReads reads = ExpressionReads(entry.value("expression", json()), false, operators);
    if (const std::string compared = entry.value("compare_with", ""); !compared.empty())
      reads.pointers.push_back(compared);
    compiled.values_.push_back(
        Value{.id = entry.value("id", ""),
              .label = entry.value("label", json::object()),
              .unit = entry.value("unit", ""),
              .expression = std::move(*expression),
              .compare_with = entry.value("compare_with", ""),
              .compare_severity = SeverityOr(entry.value("compare_severity", json()), Severity::kError),
              .location = location,
              .reads = std::move(reads)});
  }
  if (!problems.empty()) return problems;
  return compiled;
}

json ComputedValues::Evaluate(json& data, const json& instance, bool schema_valid, Diagnostics& diagnostics) const {
  std::vector<ValueOutput> outputs(values_.size());
  return Update(data, instance, schema_valid, std::vector<bool>(values_.size(), true), outputs, diagnostics);
}

json ComputedValues::Update(json& data, const json& instance, bool schema_valid, const std::vector<bool>& stale,
                            std::vector<ValueOutput>& outputs, Diagnostics& diagnostics) const {
  outputs.resize(values_.size());
  data["computed"] = json::object();
  for (std::size_t n = 0; n < values_.size(); ++n) {
    if (n < stale.size() && stale[n]) outputs[n] = Compute(values_[n], data, instance);
    data["computed"][values_[n].id] = outputs[n].value;
    Replay(outputs[n].reports, schema_valid, diagnostics);
  }
  return data["computed"];
}

ComputedValues::ValueOutput ComputedValues::Compute(const Value& entry, const json& data, const json& instance) {
  ValueOutput output;
  const rules::Outcome outcome = entry.expression.Evaluate(data);
  if (!outcome.ok()) {
    // Shown only on a schema-valid form; Replay decides.
    output.reports.push_back({Diagnostic{.code = "case.computed_failed",
                                         .severity = Severity::kWarning,
                                         .instance_location = entry.compare_with,
                                         .absolute_keyword_location = entry.location + "/expression",
                                         .params = {{"id", entry.id},
                                                    {"label", Text(entry.label, "zh")},
                                                    {"label_en", Text(entry.label, "en")},
                                                    {"type", outcome.error().type},
                                                    {"message", outcome.error().message}}},
                              true});
    return output;
  }
  output.value = outcome.value();
  Compare(entry, output.value, instance, output.reports);
  return output;
}

bool ComputedValues::ComparesReservedKeys() const {
  for (const Value& entry : values_) {
    const std::optional<std::vector<std::string>> tokens = ParsePointer(entry.compare_with);
    if (!tokens || tokens->empty()) continue;
    if ((*tokens)[0] == "computed" || (*tokens)[0] == "item" || (*tokens)[0] == "index") return true;
  }
  return false;
}

void ComputedValues::Compare(const Value& entry, const json& value, const json& instance,
                             std::vector<RecordedReport>& reports) {
  if (entry.compare_with.empty() || value.is_null()) return;
  const json* entered = ResolvePointer(instance, entry.compare_with);
  if (entered == nullptr || entered->is_null()) return;
  bool same = false;
  if (entry.unit == "fen") {
    const std::optional<int64_t> entered_fen = entered->is_number() ? law::JsonScaled(*entered, 2) : std::nullopt;
    if (!entered_fen) return;  // not money: the schema reports it
    same = value.is_number_integer() && value.get<int64_t>() == *entered_fen;
  } else {
    same = *entered == value;
  }
  if (same) return;
  reports.push_back({Diagnostic{.code = "case.computed_mismatch",
                                .severity = entry.compare_severity,
                                .instance_location = entry.compare_with,
                                .absolute_keyword_location = entry.location,
                                .params = {{"id", entry.id},
                                           {"label", Text(entry.label, "zh")},
                                           {"label_en", Text(entry.label, "en")},
                                           {"entered", *entered},
                                           {"computed", Shown(value, entry.unit)}}},
                     false});
}

json ComputedValues::Describe() const {
  json list = json::array();
  for (const Value& entry : values_) list.push_back({{"id", entry.id}, {"label", entry.label}, {"unit", entry.unit}});
  return list;
}

}  // namespace yaosu::cases

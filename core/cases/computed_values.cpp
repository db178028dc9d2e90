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
    compiled.values_.push_back(Value{.id = entry.value("id", ""),
                                     .label = entry.value("label", json::object()),
                                     .unit = entry.value("unit", ""),
                                     .expression = std::move(*expression),
                                     .compare_with = entry.value("compare_with", ""),
                                     .compare_severity = SeverityOr(entry.value("compare_severity", json()), Severity::kError),
                                     .location = location});
  }
  if (!problems.empty()) return problems;
  return compiled;
}

json ComputedValues::Evaluate(json& data, const json& instance, bool schema_valid, Diagnostics& diagnostics) const {
  data["computed"] = json::object();
  for (const Value& entry : values_) {
    const rules::Outcome outcome = entry.expression.Evaluate(data);
    if (!outcome.ok()) {
      data["computed"][entry.id] = nullptr;
      if (schema_valid) {
        diagnostics.push_back(Diagnostic{.code = "case.computed_failed",
                                         .severity = Severity::kWarning,
                                         .instance_location = entry.compare_with,
                                         .absolute_keyword_location = entry.location + "/expression",
                                         .params = {{"id", entry.id},
                                                    {"label", Text(entry.label, "zh")},
                                                    {"label_en", Text(entry.label, "en")},
                                                    {"type", outcome.error().type},
                                                    {"message", outcome.error().message}}});
      }
      continue;
    }
    data["computed"][entry.id] = outcome.value();
    Compare(entry, outcome.value(), instance, diagnostics);
  }
  return data["computed"];
}

void ComputedValues::Compare(const Value& entry, const json& value, const json& instance, Diagnostics& diagnostics) {
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
  diagnostics.push_back(Diagnostic{.code = "case.computed_mismatch",
                                   .severity = entry.compare_severity,
                                   .instance_location = entry.compare_with,
                                   .absolute_keyword_location = entry.location,
                                   .params = {{"id", entry.id},
                                              {"label", Text(entry.label, "zh")},
                                              {"label_en", Text(entry.label, "en")},
                                              {"entered", *entered},
                                              {"computed", Shown(value, entry.unit)}}});
}

json ComputedValues::Describe() const {
  json list = json::array();
  for (const Value& entry : values_) list.push_back({{"id", entry.id}, {"label", entry.label}, {"unit", entry.unit}});
  return list;
}

}  // namespace yaosu::cases

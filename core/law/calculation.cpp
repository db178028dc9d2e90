// File: Calculation helpers (see calculation.h).
#include "core/law/calculation.h"

#include <algorithm>
#include <utility>

#include "core/law/decimal.h"

namespace yaosu::law {

void Calculation::AddStep(std::string zh, std::string en) {
  steps.push_back(std::move(zh));
  steps_en.push_back(std::move(en));
}

void Calculation::Cite(const Parameter& parameter, CitationStyle style) {
  AddCitation(parameter.Citation(style));
  nlohmann::json source = parameter.Source();
  if (std::find(sources.begin(), sources.end(), source) == sources.end()) sources.push_back(std::move(source));
}

void Calculation::AddCitation(const std::string& citation) {
  if (std::find(citations.begin(), citations.end(), citation) == citations.end()) citations.push_back(citation);
}

void Calculation::AddWarnings(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    const bool seen = std::any_of(warnings.begin(), warnings.end(),
                                  [&d](const Diagnostic& w) { return w.code == d.code && w.params == d.params; });
    if (!seen) warnings.push_back(d);
  }
}

std::string Display(int64_t value, CalculationUnit unit) {
  return unit == CalculationUnit::kFen ? FormatFen(value) : FormatPpmAsPercent(value);
}

nlohmann::json ToJson(const Calculation& calculation) {
  nlohmann::json out = {{"value", calculation.value},
                        {"unit", calculation.unit == CalculationUnit::kFen ? "fen" : "ppm"},
                        {"display", Display(calculation.value, calculation.unit)}};
  if (calculation.value_max) {
    out["value_max"] = *calculation.value_max;
    out["display_max"] = Display(*calculation.value_max, calculation.unit);
  }
  out["steps"] = calculation.steps;
  out["citations"] = calculation.citations;
  out["warnings"] = ToJson(calculation.warnings);
  return out;
}

nlohmann::json ToJsonForPeople(const Calculation& calculation) {
  nlohmann::json out = ToJson(calculation);
  out.erase("citations");
  const bool english = calculation.steps_en.size() == calculation.steps.size();
  out["steps"] = {{"zh", calculation.steps}, {"en", english ? calculation.steps_en : calculation.steps}};
  out["sources"] = calculation.sources;
  return out;
}

}  // namespace yaosu::law

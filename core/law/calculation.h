// File: what every legal calculator returns — the figure, the steps that lead
// to it, and the citations behind it, so a clerk can check it by hand.
//
//   Result<Calculation> fee = CourtFee(params, request);
//   fee->value;          // 230000 (fen) — 2,300.00 yuan
//   fee->steps;          // {"不超过1万元的部分：每件50元", "1万元至10万元的部分 90000.00元 × 2.5% = 2250.00元", …}
//   fee->citations;      // {"诉讼费用交纳办法（国务院令第481号） 第十三条第一项 (http://…)"}
//   ToJson(*fee);        // {"value": …, "unit": "fen", "display": "2300.00", "steps": […], …}
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics/diagnostic.h"
#include "core/law/parameter.h"

namespace yaosu::law {

// CalculationUnit: what `value` counts.
enum class CalculationUnit {
  kFen,  // money, 1/100 yuan
  kPpm,  // a rate, millionths (38500 = 3.85%)
};

struct Calculation {
  int64_t value = 0;
  std::optional<int64_t> value_max;  // set when the law gives a range (a province picks the figure)
  CalculationUnit unit = CalculationUnit::kFen;
  std::vector<std::string> steps;                    // in order, in Chinese, with the numbers
  std::vector<std::string> steps_en;                 // the same in English where the calculator writes them (fees)
  std::vector<std::string> citations;                // the parameters' and articles' sources
  nlohmann::json sources = nlohmann::json::array();  // the parameters' official texts (Parameter::Source)
  Diagnostics warnings;                              // e.g. law.param.unverified

  // AddStep: one step in Chinese and in English.
  void AddStep(std::string zh, std::string en);
  // AddCitation: appends `citation` unless it is already listed.
  void AddCitation(const std::string& citation);
  // Cite: the parameter's citation (in `style`) and its official source.
  void Cite(const Parameter& parameter, CitationStyle style);
  // AddWarnings: appends the warnings of a lookup, skipping duplicates.
  void AddWarnings(const Diagnostics& diagnostics);
};

// Display: "2300.00" (yuan) or "3.85%" for a value of `unit`.
std::string Display(int64_t value, CalculationUnit unit);

// ToJson: {"value", "value_max"?, "unit": "fen"|"ppm", "display", "display_max"?, "steps",
// "citations", "warnings"} — the shape filings record (unit "calculation"); never add to it.
nlohmann::json ToJson(const Calculation& calculation);

// ToJsonForPeople: what a page shows — ToJson's figures with "steps": {"zh": […], "en": […]}
// (English falls back to Chinese where a calculator writes no English), "sources" (the
// official texts, Parameter::Source) and the warnings; no "citations".
nlohmann::json ToJsonForPeople(const Calculation& calculation);

}  // namespace yaosu::law

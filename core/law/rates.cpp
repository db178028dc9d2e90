// File: LPR and rate-cap lookups (see rates.h).
#include "core/law/rates.h"

#include "core/law/decimal.h"

namespace yaosu::law {
namespace {

// Percent: a percent-valued parameter on `date`, in ppm, with its citation recorded.
Result<int64_t> Percent(const ParameterSet& parameters, const std::string& id, const CivilDate& date, Calculation& calc,
                        CivilDate* start = nullptr) {
  Result<DatedValue> dated = parameters.Lookup(id, date);
  if (!dated.ok()) return dated.diagnostics();
  calc.AddWarnings(dated.diagnostics());
  const auto ppm = JsonScaled(dated->value, 4);
  if (!ppm) return Diagnostic{.code = "law.param.bad_value", .params = {{"parameter", id}}};
  if (const Parameter* p = parameters.Find(id)) calc.Cite(*p, CitationStyle::kOfficial);
  if (!dated->reference.empty()) calc.AddCitation(dated->reference);
  if (start) *start = dated->start;
  return *ppm;
}

}  // namespace

std::optional<LprTerm> ParseLprTerm(std::string_view text) {
  if (text == "1y") return LprTerm::kOneYear;
  if (text == "5y") return LprTerm::kFiveYear;
  return std::nullopt;
}

Result<Calculation> LprOn(const ParameterSet& parameters, const CivilDate& date, LprTerm term) {
  Calculation calc;
  calc.unit = CalculationUnit::kPpm;
  const bool one = term == LprTerm::kOneYear;
  CivilDate start;
  Result<int64_t> ppm = Percent(parameters, one ? "rates/lpr_one_year" : "rates/lpr_five_year", date, calc, &start);
  if (!ppm.ok()) return ppm.diagnostics();
  calc.value = *ppm;
  calc.steps.push_back(ToString(date) + "适用的" + (one ? "一年期" : "五年期以上") + "LPR为" +
                       FormatPpmAsPercent(calc.value) + "（自" + ToString(start) + "起）");
  return calc;
}

Result<Calculation> RateCap(const ParameterSet& parameters, const CivilDate& contract_date) {
  const std::string id = "rates/private_lending_cap";
  Calculation calc;
  calc.unit = CalculationUnit::kPpm;
  Result<DatedValue> dated = parameters.Lookup(id, contract_date);
  if (!dated.ok()) return dated.diagnostics();
  calc.AddWarnings(dated.diagnostics());
  if (const Parameter* p = parameters.Find(id)) calc.Cite(*p, CitationStyle::kOfficial);
  calc.AddCitation(dated->reference);
  const nlohmann::json& v = dated->value;
  const Diagnostic bad{.code = "law.param.bad_value", .params = {{"parameter", id}}};
  if (!v.is_object()) return bad;
  calc.steps.push_back("合同成立日：" + ToString(contract_date) + "，适用自" + ToString(dated->start) + "起的标准");
  if (v.contains("protected_rate")) {
    const auto low = JsonScaled(v["protected_rate"], 4);
    const auto high = v.contains("void_above_rate") ? JsonScaled(v["void_above_rate"], 4) : std::nullopt;
    if (!low || !high) return bad;
    calc.value = *low;
    calc.value_max = *high;
    calc.steps.push_back("年利率" + FormatPpmAsPercent(*low) + "以内予以支持；超过" + FormatPpmAsPercent(*high) +
                         "的部分无效；其间部分已支付的不得请求返还");
    calc.steps.push_back(
        "注意：2020年8月20日以后受理的案件，自2020年8月20日起的利息按起诉时一年期LPR的四倍计算（第三十一条）");
    return calc;
  }
  const auto multiple = v.contains("lpr_multiple") ? JsonScaled(v["lpr_multiple"], 4) : std::nullopt;
  if (!multiple || !v.contains("lpr_parameter") || !v["lpr_parameter"].is_string()) return bad;
  CivilDate start;
  Result<int64_t> lpr = Percent(parameters, v["lpr_parameter"].get<std::string>(), contract_date, calc, &start);
  if (!lpr.ok()) return lpr.diagnostics();
  // multiple is scaled by 10^4 (4 → 40000), the LPR is in ppm.
  calc.value = DivideRoundHalfUp(static_cast<Int128>(*lpr) * *multiple, 10000);
  calc.steps.push_back("合同成立时一年期LPR：" + FormatPpmAsPercent(*lpr) + "（自" + ToString(start) + "起）");
  std::string times = FormatPpmAsPercent(*multiple);  // 4 is held as 40000: "4%" without the sign
  times.pop_back();
  calc.steps.push_back(FormatPpmAsPercent(*lpr) + " × " + times + " = " + FormatPpmAsPercent(calc.value) +
                       "：超过部分不予支持（第二十五条）");
  return calc;
}

}  // namespace yaosu::law

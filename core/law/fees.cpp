// File: the court-fee calculators (see fees.h).
#include "core/law/fees.h"

#include "core/law/decimal.h"
#include "core/law/internal/fee_scale.h"

namespace yaosu::law {
namespace {

struct KindInfo {
  FeeKind kind;
  const char* name;
  const char* parameter;
};

constexpr KindInfo kKinds[] = {
    {FeeKind::kProperty, "property", "fees/property_case"},
    {FeeKind::kDivorce, "divorce", "fees/divorce"},
    {FeeKind::kPersonalityRights, "personality", "fees/personality_rights"},
    {FeeKind::kOtherNonProperty, "non-property", "fees/other_non_property"},
    {FeeKind::kIntellectualProperty, "ip", "fees/ip_without_amount"},
    {FeeKind::kLabour, "labour", "fees/labour"},
    {FeeKind::kAdministrativeIpMaritime, "administrative-ip", "fees/administrative_ip_maritime"},
    {FeeKind::kAdministrativeOther, "administrative", "fees/administrative_other"},
    {FeeKind::kJurisdictionObjection, "jurisdiction-objection", "fees/jurisdiction_objection"},
};

// LoadScale: looks up a fee_scale parameter, recording its citation and warnings.
Result<internal::FeeScale> LoadScale(const ParameterSet& parameters, const std::string& id, const CivilDate& as_of,
                                     CitationStyle citations, Calculation& calc) {
  Result<DatedValue> dated = parameters.Lookup(id, as_of);
  if (!dated.ok()) return dated.diagnostics();
  calc.AddWarnings(dated.diagnostics());
  if (const Parameter* p = parameters.Find(id)) {
    calc.Cite(*p, citations);
    calc.AddStep("依据：" + p->description_zh + "（自" + ToString(dated->start) + "起施行）",
                 "Basis: " + p->description_en + " (in force from " + ToString(dated->start) + ")");
  }
  return internal::ReadFeeScale(*dated, id);
}

// Halve: applies art. 15 or 16 to the fee (and its upper bound).
Result<bool> Halve(const ParameterSet& parameters, Procedure procedure, const CivilDate& as_of, CitationStyle citations,
                   Calculation& calc) {
  if (procedure == Procedure::kOrdinary) return true;
  const std::string id =
      procedure == Procedure::kSimplified ? "fees/halving_simplified_procedure" : "fees/halving_mediation_withdrawal";
  Result<DatedValue> dated = parameters.Lookup(id, as_of);
  if (!dated.ok()) return dated.diagnostics();
  calc.AddWarnings(dated.diagnostics());
  const auto payable = JsonScaled(dated->value, 4);  // percent payable, in ppm of the whole
  if (!payable) return Diagnostic{.code = "law.param.bad_value", .params = {{"parameter", id}}};
  const Parameter* p = parameters.Find(id);
  const auto scaled = [&](int64_t fen) { return DivideRoundHalfUp(static_cast<Int128>(fen) * *payable, 1000000); };
  const int64_t before = calc.value;
  calc.value = scaled(calc.value);
  std::string step = (p ? p->description_zh : id) + "：" + FormatFen(before) + "元 × " + FormatPpmAsPercent(*payable) +
                     " = " + FormatFen(calc.value) + "元";
  std::string step_en = (p ? p->description_en : id) + ": " + FormatFen(before) + " yuan × " +
                        FormatPpmAsPercent(*payable) + " = " + FormatFen(calc.value) + " yuan";
  if (calc.value_max) {
    calc.value_max = scaled(*calc.value_max);
    step += "（上限 " + FormatFen(*calc.value_max) + "元）";
    step_en += " (at most " + FormatFen(*calc.value_max) + " yuan)";
  }
  calc.AddStep(step + "（四舍五入到分）", step_en + " (rounded half up to the fen)");
  if (p) calc.Cite(*p, citations);
  return true;
}

}  // namespace

std::optional<FeeKind> ParseFeeKind(std::string_view name) {
  for (const KindInfo& k : kKinds) {
    if (name == k.name) return k.kind;
  }
  return std::nullopt;
}

std::string_view FeeParameterId(FeeKind kind) {
  for (const KindInfo& k : kKinds) {
    if (kind == k.kind) return k.parameter;
  }
  return "";
}

Result<Calculation> CourtFee(const ParameterSet& parameters, const FeeRequest& request) {
  Calculation calc;
  std::string id;
  for (const KindInfo& k : kKinds) {
    if (k.kind == request.kind) id = k.parameter;
  }
  // Art. 13(3): an IP case with a disputed amount pays on the property scale.
  if (request.kind == FeeKind::kIntellectualProperty && request.amount_fen) {
    id = "fees/property_case";
    calc.AddStep("知识产权民事案件有争议金额或者价额，按照财产案件的标准交纳（第十三条第三项）",
                 "An IP civil case with a disputed amount pays on the property-case scale (art. 13(3))");
  }
  const bool property = id == "fees/property_case";
  if (property && !request.amount_fen) {
    return Diagnostic{.code = "law.fee.amount_required", .params = {{"kind", "property"}}};
  }
  Result<internal::FeeScale> scale = LoadScale(parameters, id, request.as_of, request.citations, calc);
  if (!scale.ok()) return scale.diagnostics();
  if (request.amount_fen) {
    calc.AddStep("金额：" + FormatFen(*request.amount_fen) + "元",
                 "Amount: " + FormatFen(*request.amount_fen) + " yuan");
  }
  if (scale->min_fen == scale->max_fen) {
    calc.AddStep((property ? "不超过" + FormatFen(scale->brackets.front().above_fen) + "元的，每件交纳"
                           : std::string("每件交纳")) +
                     FormatFen(scale->min_fen) + "元",
                 (property ? "Up to " + FormatFen(scale->brackets.front().above_fen) + " yuan: " : std::string()) +
                     FormatFen(scale->min_fen) + " yuan per case");
  } else {
    calc.AddStep("每件交纳" + FormatFen(scale->min_fen) + "元至" + FormatFen(scale->max_fen) +
                     "元（具体标准由省级人民政府确定）",
                 FormatFen(scale->min_fen) + " to " + FormatFen(scale->max_fen) +
                     " yuan per case (the province fixes the figure)");
  }
  const int64_t bands = request.amount_fen ? internal::BandsFen(*scale, *request.amount_fen, calc) : 0;
  calc.value = scale->min_fen + bands;
  if (scale->min_fen != scale->max_fen) calc.value_max = scale->max_fen + bands;
  if (bands > 0 || scale->brackets.size() > 0) {
    calc.AddStep(
        "合计：" + FormatFen(calc.value) + "元" +
            (calc.value_max ? "至" + FormatFen(*calc.value_max) + "元" : std::string()) + "（分段累计，四舍五入到分）",
        "Total: " + FormatFen(calc.value) + (calc.value_max ? " to " + FormatFen(*calc.value_max) : std::string()) +
            " yuan (the bands added up, rounded half up to the fen)");
  }
  Result<bool> halved = Halve(parameters, request.procedure, request.as_of, request.citations, calc);
  if (!halved.ok()) return halved.diagnostics();
  return calc;
}

Result<Calculation> PreservationFee(const ParameterSet& parameters, std::optional<int64_t> amount_fen,
                                    const CivilDate& as_of) {
  Calculation calc;
  Result<internal::FeeScale> scale = LoadScale(parameters, "fees/preservation", as_of, CitationStyle::kOfficial, calc);
  if (!scale.ok()) return scale.diagnostics();
  calc.AddStep(amount_fen ? "保全财产数额：" + FormatFen(*amount_fen) + "元" : "不涉及财产数额",
               amount_fen ? "Value preserved: " + FormatFen(*amount_fen) + " yuan" : "No value of property involved");
  const std::string first_band = FormatFen(scale->brackets.empty() ? 0 : scale->brackets.front().above_fen);
  calc.AddStep("不超过" + first_band + "元或者不涉及财产数额的，每件交纳" + FormatFen(scale->min_fen) + "元",
               "Up to " + first_band + " yuan, or with no value: " + FormatFen(scale->min_fen) + " yuan per case");
  calc.value = scale->min_fen + (amount_fen ? internal::BandsFen(*scale, *amount_fen, calc) : 0);
  const std::string cap = scale->cap_fen ? FormatFen(*scale->cap_fen) : std::string("—");
  if (scale->cap_fen && calc.value > *scale->cap_fen) {
    calc.AddStep("合计" + FormatFen(calc.value) + "元，超过最高限额，按" + cap + "元交纳",
                 "Total " + FormatFen(calc.value) + " yuan, above the ceiling: " + cap + " yuan is paid");
    calc.value = *scale->cap_fen;
  } else {
    calc.AddStep("合计：" + FormatFen(calc.value) + "元（最多不超过" + cap + "元）",
                 "Total: " + FormatFen(calc.value) + " yuan (at most " + cap + " yuan)");
  }
  return calc;
}

}  // namespace yaosu::law

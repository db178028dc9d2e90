#include "core/law/legal_operators.h"

#include <string>
#include <vector>

#include "core/law/civil_date.h"
#include "core/law/decimal.h"
#include "core/law/fees.h"
#include "core/law/identifiers/resident_id.h"
#include "core/law/interest.h"
#include "core/law/internal/operator_support.h"
#include "core/law/rates.h"
#include "core/rules/coercion.h"

namespace yaosu::law {
namespace {

using internal::Arguments;
using internal::BadDate;
using internal::DateArgument;
using internal::FromCalculation;
using nlohmann::json;
using rules::ArgScope;
using rules::CallContext;
using rules::MakeError;
using rules::Outcome;

// FeeArguments: the arguments of court_fee and court_fee_calculation,
// [yuan, date] or [yuan, date, kind] (then optionally "official"), as a
// FeeRequest (ordinary procedure).
//
// Two arguments: a property case (art. 13(1)), exactly as the 2025.1 forms
// have always called it — the amount must be a number. The third argument
// names the kind (ParseFeeKind), and says what the amount means:
//   "property"                the amount claimed; a number, as with two arguments
//   "divorce"                 the value of the property to be divided; null or 0: none
//   "personality"             the damages claimed; null or 0: none
//   "ip"                      the amount or value in dispute; null or 0: none (then 500-1,000 yuan,
//                             else the property scale, art. 13(3))
//   "non-property", "labour", "administrative-ip", "administrative", "jurisdiction-objection"
//                             a fee per case: the amount does not count (null or any number)
// A negative amount, or one with more than two decimals, is an invalid argument.
//
// A last argument "official" makes the steps cite the official publications;
// without it they cite as version 2025.1's filings recorded (CitationStyle::
// kAsRecorded), so those filings recompute byte for byte.
std::optional<rules::RuleError> FeeArguments(CallContext& call, FeeRequest& request) {
  std::vector<json> args;
  if (auto error = call.EvaluateArguments(args)) return error;
  const bool official = args.size() >= 3 && args.back() == "official";
  if (official) args.pop_back();
  request.citations = official ? CitationStyle::kOfficial : CitationStyle::kAsRecorded;
  if (args.size() != 2 && args.size() != 3) {
    return MakeError(rules::kErrorInvalidArguments,
                     call.Name() + " takes 2 or 3 arguments, and optionally \"official\"");
  }
  const std::string needs_amount = call.Name() + " needs an amount in yuan";
  std::optional<int64_t> fen = args[0].is_number() ? JsonScaled(args[0], 2) : std::nullopt;
  if (args.size() == 2 || args[2] == "property") {
    if (!fen) return MakeError(rules::kErrorInvalidArguments, needs_amount);
  } else {
    const std::optional<FeeKind> kind =
        args[2].is_string() ? ParseFeeKind(args[2].get_ref<const std::string&>()) : std::nullopt;
    if (!kind) {
      return MakeError(rules::kErrorInvalidArguments,
                       call.Name() +
                           " kind is property, divorce, personality, non-property, ip, labour, "
                           "administrative-ip, administrative or jurisdiction-objection");
    }
    if (!args[0].is_null() && (!fen || *fen < 0)) return MakeError(rules::kErrorInvalidArguments, needs_amount);
    const bool amount_counts =
        *kind == FeeKind::kDivorce || *kind == FeeKind::kPersonalityRights || *kind == FeeKind::kIntellectualProperty;
    if (!amount_counts || fen == 0) fen.reset();  // no property divided / no damages / no amount in dispute
    request.kind = *kind;
  }
  request.amount_fen = fen;
  const std::optional<CivilDate> as_of = DateArgument(args[1]);
  if (!as_of) return MakeError(rules::kErrorInvalidArguments, call.Name() + " needs dates written YYYY-MM-DD");
  request.as_of = *as_of;
  return std::nullopt;
}

void AddMoneyOperators(rules::OperatorRegistry& registry, const ParameterSet& parameters) {
  // round [number, decimals]: half away from zero, on the decimal digits written
  // (0.333 × 12 is 3.996, not 3.9960000000000004).
  registry.Add({.name = "round", .scope = ArgScope::kCurrent, .evaluate = [](CallContext& call) -> Outcome {
                  std::vector<json> args;
                  if (auto error = Arguments(call, 2, args)) return *error;
                  if (!args[0].is_number() || !args[1].is_number_integer() || args[1].get<int64_t>() < 0 ||
                      args[1].get<int64_t>() > 6) {
                    return MakeError(rules::kErrorInvalidArguments, "round needs a number and 0 to 6 decimals");
                  }
                  const int decimals = static_cast<int>(args[1].get<int64_t>());
                  const std::optional<int64_t> scaled = RoundScaled(args[0].get<double>(), decimals);
                  if (!scaled) return MakeError(rules::kErrorInvalidArguments, "round: the number is too large");
                  double divisor = 1;
                  for (int i = 0; i < decimals; ++i) divisor *= 10;
                  return rules::NumberValue(static_cast<double>(*scaled) / divisor);  // 6.0 reads as 6
                }});
  registry.Add({.name = "fen", .scope = ArgScope::kCurrent, .evaluate = [](CallContext& call) -> Outcome {
                  std::vector<json> args;
                  if (auto error = Arguments(call, 1, args)) return *error;
                  const std::optional<int64_t> fen = args[0].is_string()
                                                         ? ParseYuan(args[0].get_ref<const std::string&>())
                                                     : args[0].is_number() ? JsonScaled(args[0], 2)
                                                                           : std::nullopt;
                  if (!fen) return MakeError(rules::kErrorInvalidArguments, "fen needs yuan with at most two decimals");
                  return json(*fen);
                }});
  registry.Add(
      {.name = "court_fee", .scope = ArgScope::kCurrent, .evaluate = [&parameters](CallContext& call) -> Outcome {
         FeeRequest request;
         if (auto error = FeeArguments(call, request)) return *error;
         return FromCalculation(CourtFee(parameters, request), false);
       }});
  // court_fee_calculation: the same fee with its steps and citations, for a
  // filing's "how was this computed" (computed.json unit "calculation"); the
  // citations as FeeArguments says.
  registry.Add({.name = "court_fee_calculation",
                .scope = ArgScope::kCurrent,
                .evaluate = [&parameters](CallContext& call) -> Outcome {
                  FeeRequest request;
                  if (auto error = FeeArguments(call, request)) return *error;
                  Result<Calculation> fee = CourtFee(parameters, request);
                  if (!fee.ok()) return MakeError(kErrorNoLegalValue, fee.diagnostics().front().code);
                  return ToJson(*fee);
                }});
  registry.Add({.name = "preservation_fee",
                .scope = ArgScope::kCurrent,
                .evaluate = [&parameters](CallContext& call) -> Outcome {
                  std::vector<json> args;
                  if (auto error = Arguments(call, 2, args)) return *error;
                  const std::optional<int64_t> fen = args[0].is_number() ? JsonScaled(args[0], 2) : std::nullopt;
                  if (!fen) return MakeError(rules::kErrorInvalidArguments, "preservation_fee needs an amount in yuan");
                  const std::optional<CivilDate> as_of = DateArgument(args[1]);
                  if (!as_of) return BadDate(call);
                  return FromCalculation(PreservationFee(parameters, *fen, *as_of), false);
                }});
  registry.Add(
      {.name = "simple_interest", .scope = ArgScope::kCurrent, .evaluate = [](CallContext& call) -> Outcome {
         std::vector<json> args;
         if (auto error = Arguments(call, 5, args)) return *error;
         const std::optional<int64_t> principal = args[0].is_number() ? JsonScaled(args[0], 2) : std::nullopt;
         const std::optional<int64_t> rate_ppm = args[1].is_number() ? JsonScaled(args[1], 4) : std::nullopt;
         if (!principal || !rate_ppm) {
           return MakeError(rules::kErrorInvalidArguments,
                            "simple_interest needs a principal in yuan and a rate in percent");
         }
         const std::optional<CivilDate> from = DateArgument(args[2]);
         const std::optional<CivilDate> to = DateArgument(args[3]);
         if (!from || !to) return BadDate(call);
         if (args[4] != 360 && args[4] != 365)
           return MakeError(rules::kErrorInvalidArguments, "simple_interest basis is 360 or 365");
         const DayCountBasis basis = args[4] == 360 ? DayCountBasis::k360 : DayCountBasis::k365;
         return FromCalculation(
             SimpleInterest(
                 {.principal_fen = *principal, .rate_ppm = *rate_ppm, .from = *from, .to = *to, .basis = basis}),
             false);
       }});
}

void AddRateOperators(rules::OperatorRegistry& registry, const ParameterSet& parameters) {
  registry.Add({.name = "lpr", .scope = ArgScope::kCurrent, .evaluate = [&parameters](CallContext& call) -> Outcome {
                  std::vector<json> args;
                  if (auto error = Arguments(call, 2, args)) return *error;
                  const std::optional<CivilDate> date = DateArgument(args[0]);
                  if (!date) return BadDate(call);
                  const std::optional<LprTerm> term =
                      args[1].is_string() ? ParseLprTerm(args[1].get_ref<const std::string&>()) : std::nullopt;
                  if (!term) return MakeError(rules::kErrorInvalidArguments, "lpr term is \"1y\" or \"5y\"");
                  return FromCalculation(LprOn(parameters, *date, *term), true);
                }});
  registry.Add(
      {.name = "rate_cap", .scope = ArgScope::kCurrent, .evaluate = [&parameters](CallContext& call) -> Outcome {
         std::vector<json> args;
         if (auto error = Arguments(call, 1, args)) return *error;
         const std::optional<CivilDate> date = DateArgument(args[0]);
         if (!date) return BadDate(call);
         return FromCalculation(RateCap(parameters, *date), true);
       }});
}

// param [id, date]: any dated parameter whose value is a number, for the
// figures the law gives without a calculator of their own (21.75 days, an
// overtime rate, a region's average wage). The id may be built by the rule
// (a region chosen on the form picks its file). An unknown id, a day before
// the first value or after the parameter ended is "No Legal Value"; a lookup
// after last_verified answers, as lpr and rate_cap do.
void AddParameterOperator(rules::OperatorRegistry& registry, const ParameterSet& parameters) {
  registry.Add({.name = "param", .scope = ArgScope::kCurrent, .evaluate = [&parameters](CallContext& call) -> Outcome {
                  std::vector<json> args;
                  if (auto error = Arguments(call, 2, args)) return *error;
                  if (!args[0].is_string())
                    return MakeError(rules::kErrorInvalidArguments, "param needs a parameter id");
                  const std::optional<CivilDate> date = DateArgument(args[1]);
                  if (!date) return BadDate(call);
                  const std::string& id = args[0].get_ref<const std::string&>();
                  Result<DatedValue> dated = parameters.Lookup(id, *date);
                  if (!dated.ok()) return MakeError(kErrorNoLegalValue, dated.diagnostics().front().code + " " + id);
                  if (!dated->value.is_number()) return MakeError(kErrorNoLegalValue, "law.param.bad_value " + id);
                  return dated->value;
                }});
}

void AddIdentifierOperators(rules::OperatorRegistry& registry) {
  registry.Add({.name = "resident_id", .scope = ArgScope::kCurrent, .evaluate = [](CallContext& call) -> Outcome {
                  std::vector<json> args;
                  if (auto error = Arguments(call, 1, args)) return *error;
                  if (!args[0].is_string()) return json(nullptr);
                  // Judged as of a far date so that the rule, not the clock, decides about "future" births.
                  const ResidentId id = ParseResidentId(args[0].get_ref<const std::string&>(), CivilDate{2999, 12, 31});
                  json out = {{"valid", id.verdict.valid},
                              {"reason", id.verdict.reason},
                              {"sex", std::string(SexName(id.sex))},
                              {"region", id.region_code}};
                  out["birth_date"] = id.birth_date ? json(ToString(*id.birth_date)) : json(nullptr);
                  return out;
                }});
}

}  // namespace

void RegisterLegalOperators(rules::OperatorRegistry& registry, const ParameterSet& parameters) {
  internal::AddDateOperators(registry, parameters);
  AddMoneyOperators(registry, parameters);
  AddRateOperators(registry, parameters);
  AddParameterOperator(registry, parameters);
  AddIdentifierOperators(registry);
}

}  // namespace yaosu::law

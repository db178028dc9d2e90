// File: court fees under 《诉讼费用交纳办法》 — the acceptance fee (案件受理费) of
// each kind of case, its halving, and the preservation fee (申请保全费).
//
//   FeeRequest r{.kind = FeeKind::kProperty, .amount_fen = 10000000,   // 100,000 yuan
//                .procedure = Procedure::kSimplified, .as_of = *ParseCivilDate("2025-06-01")};
//   Result<Calculation> fee = CourtFee(*ParameterSet::Builtin(), r);
//   fee->value;   // 115000 fen: 50 + 90,000 × 2.5% = 2,300 yuan, halved (art. 16) = 1,150 yuan
//
// Rounding: band fees are summed exactly and rounded half up to the fen once;
// a halved fee is rounded half up to the fen. The schedule itself names no
// rounding, and some courts round to the yuan; the steps show the exact figure.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/diagnostics/result.h"
#include "core/law/calculation.h"
#include "core/law/civil_date.h"
#include "core/law/parameter_set.h"

namespace yaosu::law {

// FeeKind: the case kinds of art. 13.
enum class FeeKind {
  kProperty,                  // 财产案件, art. 13(1)
  kDivorce,                   // 离婚, art. 13(2)1
  kPersonalityRights,         // 人格权, art. 13(2)2
  kOtherNonProperty,          // 其他非财产案件, art. 13(2)3
  kIntellectualProperty,      // 知识产权民事案件, art. 13(3): with an amount, the property scale
  kLabour,                    // 劳动争议, art. 13(4)
  kAdministrativeIpMaritime,  // 商标、专利、海事行政案件, art. 13(5)
  kAdministrativeOther,       // 其他行政案件, art. 13(5)
  kJurisdictionObjection,     // 管辖权异议不成立, art. 13(6)
};

// ParseFeeKind: "property", "divorce", "personality", "non-property", "ip", "labour",
// "administrative-ip", "administrative", "jurisdiction-objection".
std::optional<FeeKind> ParseFeeKind(std::string_view name);

// FeeParameterId: the parameter of schemas/params/fees/ holding the kind's fee ("fees/divorce").
std::string_view FeeParameterId(FeeKind kind);

// Procedure: what reduces the acceptance fee.
enum class Procedure {
  kOrdinary,               // the whole fee
  kSimplified,             // 简易程序: half (art. 16)
  kMediationOrWithdrawal,  // 调解结案或者撤诉: half (art. 15)
};

struct FeeRequest {
  FeeKind kind = FeeKind::kProperty;
  std::optional<int64_t> amount_fen;  // the amount claimed / property divided / damages / disputed
  Procedure procedure = Procedure::kOrdinary;
  CivilDate as_of;  // the day the fee is assessed: which schedule is in force
  // citations: how the steps cite the schedule — kAsRecorded only for the
  // operator whose output filings of version 2025.1 recorded (legal_operators.h).
  CitationStyle citations = CitationStyle::kOfficial;
};

// CourtFee: the acceptance fee. A range (value..value_max) where the law lets a
// province fix the figure. Diagnostics: law.fee.amount_required (property cases),
// and any parameter lookup error.
Result<Calculation> CourtFee(const ParameterSet& parameters, const FeeRequest& request);

// PreservationFee: art. 14(2), on the value actually preserved (nullopt: no value).
Result<Calculation> PreservationFee(const ParameterSet& parameters, std::optional<int64_t> amount_fen,
                                    const CivilDate& as_of);

}  // namespace yaosu::law

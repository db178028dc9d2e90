// File: what court staff read of a filing at a glance, beside its verdict —
// who sues whom, the amount claimed and the court fee as filed, the warnings
// the filing carries (listed apart from errors), and, for each problem of the
// verification, the element of the form it concerns where that can be told.
//
//   const Verification check = Verify(filing, library);
//   nlohmann::json summary = SummarizeFiling(filing, check);
//   summary["warnings"]   // [{code, message: {zh, en}, element: {row, number, label, section}?}]
//
// Warnings are the filing's recorded diagnostics re-rendered by its form's
// catalog (verification has already compared them with those found now:
// filing.diagnostics_differ). Nothing here decides a verdict.
#pragma once

#include <nlohmann/json.hpp>

#include "core/filing/verify.h"

namespace yaosu::filing {

// SummarizeFiling: {"parties": {"plaintiffs": [names], "defendants": [names]},
// "claim_total_fen": fen | null (/claims/total as filed), "court_fee_fen": fen | null
// (computed.court_fee as filed), "warnings": [...], "problems": [... each with
// "element" when it names one]}. Without an installed form: no warnings, and problems without elements.
nlohmann::json SummarizeFiling(const nlohmann::json& filing, const Verification& check);

}  // namespace yaosu::filing

// File: the answer derived from its complaint. An answer (民事答辩状) answers
// the complaint row by row — "对本金有无异议" for 本金 — so an answer's
// 答辩事项 and 事实与理由 are written as a mirror of the complaint's sections
// instead of row by row again:
//
//   {"mirror": "claims", "label": {"zh": "答辩事项"}, "subtitle": {"zh": "（对原告诉讼请求的确认或者异议）"},
//    "row": {"use": "answer.claim_objection"},            // the cell every mirrored row has
//    "labels": {"litigation_costs": {"zh": "对诉讼费负担有无异议"}},   // where the template words it otherwise
//    "skip": ["summary"], "split": {"guarantee_contract": [{"id": "guarantee_mode", "label": {...}}]},
//    "then": [{"use": "answer.exemption"}, ...],           // the answer's own rows, after the mirrored ones
//    "before": [{"use": "answer.claims_summary"}],         // … and before them (a lead text row)
//    "order": ["price", "late_payment", "performance_or_termination", ...]}  // where the template answers
//                                                          // in another order than the complaint asks
//
// Each mirrored row keeps the complaint row's id and data key (so
// /claims/principal in the answer answers /claims/principal in the complaint),
// is required where the complaint row is, and names the row it answers
// (`answers_row`, the one direction of the link).
// Its label is, in order: the answer's `labels`, the complaint row's
// `answer.label`, or "对<label>有无异议".
#pragma once

#include <nlohmann/json.hpp>

#include "core/cases/shared_pieces.h"
#include "core/diagnostics/result.h"

namespace yaosu::cases {

// MirrorSection: the answer section `mirror` describes, from the complaint's
// resolved `complaint_section`. Problems: case.mirror_unknown_row {row} for a
// labels/skip/split entry naming no complaint row, and those of resolving the
// shared rows.
Result<nlohmann::ordered_json> MirrorSection(const nlohmann::ordered_json& mirror,
                                             const nlohmann::ordered_json& complaint_section,
                                             const SharedPieces& shared);

}  // namespace yaosu::cases

// File: `yaosu calc` — the legal calculators from the command line, for court
// staff and scripts. Each prints the figure, the steps behind it and the
// citations (or, with --json, one JSON object: value, unit, display, steps,
// citations, warnings).
//
//   yaosu calc fee --amount 100000 [--kind property|divorce|personality|non-property|ip|labour|
//                  administrative-ip|administrative|jurisdiction-objection]
//                  [--procedure ordinary|simplified|mediation] [--date D]
//   yaosu calc preservation-fee [--amount 500000] [--date D]
//   yaosu calc lpr --date 2020-04-20 [--term 1y|5y]
//   yaosu calc rate-cap --contract-date 2021-03-01
//   yaosu calc interest --principal 100000 --rate 15.4 --from 2024-01-01 --to 2025-01-01 [--basis 360|365]
//
// --date is the day the fee is assessed (default: today, UTC). Exit status: 0 a
// figure, 1 no figure for these facts (e.g. a date before the first LPR), 2 bad usage.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace yaosu::cli {

// RunCalc: `args` are the words after "calc".
int RunCalc(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli

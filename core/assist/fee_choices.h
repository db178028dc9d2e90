// File: the court fee a person would pay on an amount, under each procedure,
// with the steps in Chinese and English and the official texts behind them.
//
//   nlohmann::json fee = FeeChoices(*law::ParameterSet::Builtin(), law::FeeKind::kProperty, 20000000,
//                                   *law::ParseCivilDate("2026-03-01"));
//   fee["choices"][0]["fee"]["display"] == "4300.00"   // ordinary procedure, 200,000 yuan
//   fee["choices"][1]["fee"]["display"] == "2150.00"   // simplified procedure: half (art. 16)
//
// Each choice says when it applies in the words of its parameter (schemas/params/fees/):
// the ordinary fee, half under the simplified procedure (art. 16), half when the
// case ends in mediation or is withdrawn (art. 15). The figures are CourtFee's,
// so the ordinary one equals what a filing records as court_fee on the same amount and day.
#pragma once

#include <cstdint>
#include <optional>

#include <nlohmann/json.hpp>

#include "core/law/civil_date.h"
#include "core/law/fees.h"
#include "core/law/parameter_set.h"

namespace yaosu::assist {

// FeeChoices: {"amount_fen", "as_of", "choices": [{"procedure": "ordinary" | "simplified" |
// "mediation_or_withdrawal", "when": {zh, en}, "fee": law::ToJsonForPeople(...)}]} — or
// {"amount_fen", "as_of", "problems": [...]} when the schedule cannot answer (a day before 2007-04-01,
// a property case without an amount). `kind` is the case type's (case.json "fee"); a divorce,
// labour or personality-rights case may have no amount (null).
nlohmann::json FeeChoices(const law::ParameterSet& parameters, law::FeeKind kind, std::optional<int64_t> amount_fen,
                          const law::CivilDate& as_of);

}  // namespace yaosu::assist

// File: JsonLogic operators over the legal layer, for case-type rules.
//
// Rules in schemas/cases/*/rules.json are data; what they can compute comes
// from here. Money is integer fen, rates are percent numbers, dates are
// "YYYY-MM-DD" strings. A lookup the law cannot answer (an LPR before
// 2019-08-20, 31 January + 1 month) is a rule error, never a guess.
//
//   rules::OperatorRegistry registry = rules::OperatorRegistry::WithBuiltins();
//   law::RegisterLegalOperators(registry, *law::ParameterSet::Builtin());
//   auto rule = rules::Rule::Compile(
//       json::parse(R"({">": [{"var": "rate"}, {"*": [4, {"lpr": [{"var": "signed_on"}, "1y"]}]}]})"), registry);
//
//   days_between [from, to]        → to − from in days
//   months_between, years_between [from, to] → whole months / years elapsed (a month ending
//                                    on a month's last day counts: 01-31 → 02-28 is 1)
//   add_days     [date, n]         → date
//   add_months   [date, n]         → date; error "Ambiguous Date" when the day does not exist
//   limitation_ends [start, kind]  → `start` + N years (kind "general": schemas/params/limitation/general.json),
//                                    no holiday rule; kept as the 2025.1 forms use it
//   limitation_last_day [known_on, kind] → the last day of the limitation period for a right known of on
//                                    `known_on` (民法典 188, 201-203): `known_on` + N years (N in force the day
//                                    after), 02-29 → 02-28, then past the 法定休假日 of
//                                    schemas/params/calendar/rest_days.json; outside its data: "No Legal Value"
//                                    "law.calendar.not_covered <date> (<from>..<to>)"
//   round        [number, decimals] → half away from zero, on the digits as written
//   fen          [yuan]            → integer fen (number or text; more than two decimals is an error)
//   lpr          [date, "1y"|"5y"] → the LPR in force, percent
//   rate_cap     [contract date]   → the private-lending interest cap, percent per year
//   court_fee    [yuan, date]      → the property-case acceptance fee on that date, fen (ordinary procedure)
//   court_fee    [amount, date, kind] → the fee of that kind of art. 13 (fees.h ParseFeeKind: "property",
//                                    "divorce" (amount: property divided), "personality" (damages), "ip"
//                                    (amount in dispute), and per-case kinds whose amount does not count:
//                                    "non-property", "labour", "administrative-ip", "administrative",
//                                    "jurisdiction-objection"); null or 0: no amount; a range → its lower bound
//   court_fee_calculation [yuan, date] or [amount, date, kind] → {value, value_max?, unit, display, steps,
//                                    citations, warnings}, citing as version 2025.1's filings recorded;
//                                    a last argument "official" cites the official publications
//                                    (schemas/params reference.url)
//   param        [id, date]         → the number in force on that date of the parameter
//                                    schemas/params/<id>.json (the id may be built: {"cat": ["regional/",
//                                    code, "/average_monthly_wage"]}); an unknown id, a day before its first
//                                    value or after it ended, or a value that is not a number: "No Legal Value"
//                                    "<law.param.code> <id>"
//   preservation_fee [yuan, date]  → the preservation application fee (art. 14(2)), fen
//   simple_interest [principal yuan, annual %, from, to, 360|365] → simple interest, fen
//   resident_id  [text]            → {"valid", "reason", "birth_date", "sex", "region"}
#pragma once

#include "core/law/parameter_set.h"
#include "core/rules/operator_registry.h"

namespace yaosu::law {

// kErrorAmbiguousDate / kErrorNoLegalValue: the rule-error types these operators add.
inline constexpr const char* kErrorAmbiguousDate = "Ambiguous Date";
inline constexpr const char* kErrorNoLegalValue = "No Legal Value";

// RegisterLegalOperators: adds the operators above to `registry`. The
// parameters must outlive every rule compiled with the registry.
void RegisterLegalOperators(rules::OperatorRegistry& registry, const ParameterSet& parameters);

}  // namespace yaosu::law

// The date operators of case-type rules: counting days, moving a date, and
// the end of a limitation period read from schemas/params/limitation/ (and,
// for limitation_last_day, the rest days of schemas/params/calendar/).
#include <string>
#include <vector>

#include "core/calendar/gregorian.h"
#include "core/law/civil_date.h"
#include "core/law/internal/operator_support.h"
#include "core/law/legal_operators.h"
#include "core/law/limitation.h"

namespace yaosu::law::internal {
namespace {

using nlohmann::json;
using rules::ArgScope;
using rules::CallContext;
using rules::MakeError;
using rules::Outcome;

std::optional<int64_t> WholeNumber(const json& value) {
  if (value.is_number_integer()) return value.get<int64_t>();
  return std::nullopt;
}

// WholeMonthsBetween: the whole months from `from` to `to` (negative when
// `to` is earlier). A month is complete on the corresponding day, or on the
// last day of a month that has no corresponding day (民法典 art. 202):
// 01-31 → 02-28 is one month.
int64_t WholeMonthsBetween(const CivilDate& from, const CivilDate& to) {
  if (to < from) return -WholeMonthsBetween(to, from);
  int64_t months = (static_cast<int64_t>(to.year) - from.year) * 12 + (to.month - from.month);
  const bool month_end = to.day == calendar::DaysInMonth(to.year, to.month);
  if (to.day < from.day && !month_end) --months;
  return months;
}

}  // namespace

void AddDateOperators(rules::OperatorRegistry& registry, const ParameterSet& parameters) {
  registry.Add({.name = "days_between", .scope = ArgScope::kCurrent, .evaluate = [](CallContext& call) -> Outcome {
                  std::vector<json> args;
                  if (auto error = Arguments(call, 2, args)) return *error;
                  const std::optional<CivilDate> from = DateArgument(args[0]);
                  const std::optional<CivilDate> to = DateArgument(args[1]);
                  if (!from || !to) return BadDate(call);
                  return json(DaysBetween(*from, *to));
                }});
  registry.Add({.name = "months_between", .scope = ArgScope::kCurrent, .evaluate = [](CallContext& call) -> Outcome {
                  std::vector<json> args;
                  if (auto error = Arguments(call, 2, args)) return *error;
                  const std::optional<CivilDate> from = DateArgument(args[0]);
                  const std::optional<CivilDate> to = DateArgument(args[1]);
                  if (!from || !to) return BadDate(call);
                  return json(WholeMonthsBetween(*from, *to));
                }});
  registry.Add({.name = "years_between", .scope = ArgScope::kCurrent, .evaluate = [](CallContext& call) -> Outcome {
                  std::vector<json> args;
                  if (auto error = Arguments(call, 2, args)) return *error;
                  const std::optional<CivilDate> from = DateArgument(args[0]);
                  const std::optional<CivilDate> to = DateArgument(args[1]);
                  if (!from || !to) return BadDate(call);
                  return json(WholeMonthsBetween(*from, *to) / 12);
                }});
  registry.Add({.name = "add_days", .scope = ArgScope::kCurrent, .evaluate = [](CallContext& call) -> Outcome {
                  std::vector<json> args;
                  if (auto error = Arguments(call, 2, args)) return *error;
                  const std::optional<CivilDate> date = DateArgument(args[0]);
                  if (!date) return BadDate(call);
                  const std::optional<int64_t> days = WholeNumber(args[1]);
                  // ±1,000 years is far beyond any legal period and keeps the result a civil date.
                  if (!days || *days < -366000 || *days > 366000) {
                    return MakeError(rules::kErrorInvalidArguments, "add_days needs a whole number of days");
                  }
                  const CivilDate moved = AddDays(*date, *days);
                  if (!ParseCivilDate(ToString(moved)).ok()) return BadDate(call);
                  return json(ToString(moved));
                }});
  registry.Add({.name = "add_months", .scope = ArgScope::kCurrent, .evaluate = [](CallContext& call) -> Outcome {
                  std::vector<json> args;
                  if (auto error = Arguments(call, 2, args)) return *error;
                  const std::optional<CivilDate> date = DateArgument(args[0]);
                  if (!date) return BadDate(call);
                  const std::optional<int64_t> months = WholeNumber(args[1]);
                  if (!months || *months < -12000 || *months > 12000) {
                    return MakeError(rules::kErrorInvalidArguments, "add_months needs a whole number of months");
                  }
                  Result<CivilDate> moved = AddMonths(*date, static_cast<int>(*months), MonthEndRounding::kRefuse);
                  if (!moved.ok())
                    return MakeError(kErrorAmbiguousDate, ToString(*date) + " + " + args[1].dump() + " months");
                  return json(ToString(*moved));
                }});
  // limitation_ends [start, kind]: the last day of the limitation period that
  // begins to run on `start` (民法典 arts. 201-202: the start day is not
  // counted, and the period ends on the corresponding day, or the month's
  // last day when there is none). The length is limitation/<kind> on `start`.
  registry.Add(
      {.name = "limitation_ends", .scope = ArgScope::kCurrent, .evaluate = [&parameters](CallContext& call) -> Outcome {
         std::vector<json> args;
         if (auto error = Arguments(call, 2, args)) return *error;
         const std::optional<CivilDate> start = DateArgument(args[0]);
         if (!start) return BadDate(call);
         if (!args[1].is_string())
           return MakeError(rules::kErrorInvalidArguments, "limitation_ends needs a kind, e.g. \"general\"");
         Result<DatedValue> years = parameters.Lookup("limitation/" + args[1].get<std::string>(), *start);
         if (!years.ok()) return MakeError(kErrorNoLegalValue, years.diagnostics().front().code);
         const std::optional<int64_t> count = WholeNumber(years->value);
         if (!count)
           return MakeError(kErrorNoLegalValue, "limitation/" + args[1].get<std::string>() + " is not in whole years");
         Result<CivilDate> end = AddYears(*start, static_cast<int>(*count), MonthEndRounding::kDown);
         if (!end.ok()) return MakeError(kErrorNoLegalValue, end.diagnostics().front().code);
         return json(ToString(*end));
       }});
  // limitation_last_day [known_on, kind]: the last day of the limitation
  // period for a right whose holder knew of the harm and the obligor on
  // `known_on` (民法典 arts. 188, 201-203; see limitation.h): `known_on` + N
  // years, N = limitation/<kind> on the day after `known_on`, 29 February →
  // 28 February, then past the 法定休假日 (calendar/rest_days) it falls on.
  // A day the calendar does not cover is the error "No Legal Value", with the
  // message "law.calendar.not_covered <date> (<from>..<to>)".
  registry.Add(
      {.name = "limitation_last_day",
       .scope = ArgScope::kCurrent,
       .evaluate = [&parameters](CallContext& call) -> Outcome {
         std::vector<json> args;
         if (auto error = Arguments(call, 2, args)) return *error;
         const std::optional<CivilDate> known_on = DateArgument(args[0]);
         if (!known_on) return BadDate(call);
         if (!args[1].is_string()) {
           return MakeError(rules::kErrorInvalidArguments, "limitation_last_day needs a kind, e.g. \"general\"");
         }
         Result<LimitationEnd> end = LimitationLastDay(parameters, *known_on, args[1].get_ref<const std::string&>());
         if (!end.ok()) {
           const Diagnostic& d = end.diagnostics().front();
           std::string message = d.code;
           if (d.code == "law.calendar.not_covered") {
             message += " " + d.params.value("date", "") + " (" + d.params.value("from", "") + ".." +
                        d.params.value("to", "") + ")";
           }
           return MakeError(kErrorNoLegalValue, message);
         }
         return json(ToString(end->last_day));
       }});
}

}  // namespace yaosu::law::internal

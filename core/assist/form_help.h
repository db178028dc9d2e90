// File: FormHelp — what a page needs, beyond the checks, to help a person
// without a lawyer fill a form: the figures computed with today's date until
// the form is dated, what each figure still waiting is waiting for, the court
// fee on the amount the form will file under each procedure, how long the
// limitation period has left, and progress over the rows the form needs.
//
//   nlohmann::json help = FormHelp(form, session.instance(), session.result(), "2026-03-01");
//
// All of it comes from the engine's own calculators, so the page shows the
// figures the filing will record: the ordinary fee equals the filing's
// court_fee on the same amount and day.
//
// Until case types declare them, the elements involved follow the 2025.1 forms
// and may be named in the form's case.json (a later version should add them):
//   "as_of"      the form's date, "/signature/date"
//   "fee_amount" the amount the fee is paid on, "/claims/total" (else the computed "total_claim"),
//                or "$computed.ID", a value the form computes (离婚: the property to divide)
//   "fee"        the fee kind (诉讼费用交纳办法 第13条), "property"
//   and the computed value "limitation_ends" for the limitation period.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "core/cases/case_form.h"
#include "core/cases/form_result.h"

namespace yaosu::assist {

// FormHelp: {"as_of": {"pointer", "date", "given"},
//            "today_values": {id: value} (computed only thanks to today's date),
//            "needs": {id: [pointers]} (values still not computed),
//            "fee": {"amount_pointer", "amount_source": "entered"|"computed", "amount_fen", "as_of",
//                    "as_of_given", "choices": [...] (fee_choices.h), "court_fee"?} | {"needs": [pointers]},
//            "limitation": {"ends", "as_of", "days_left", "soon", "passed", "diagnostic"?} | null,
//            "progress": RowProgress(...)}
// `today` is the person's day, YYYY-MM-DD; `result` is the form's check as it stands.
nlohmann::json FormHelp(const cases::CaseForm& form, const nlohmann::json& instance, const cases::FormResult& result,
                        std::string_view today);

}  // namespace yaosu::assist

// File: how far a form is from being ready, counted over what it needs.
//
// FormSession's progress counts every row that applies, so a form ready to
// file read 29/37 because optional rows (第三人, 其他请求…) were empty. Here a
// row is needed when the form cannot be filed without it — its data schema
// requires it where it stands, or a rule makes it required — and the optional
// rows are counted apart. Rows hidden or not applicable by the rules count in neither.
//
//   nlohmann::json p = RowProgress(form, instance, result.states);
//   p["needed"]   // {"filled": 7, "total": 7}
//   p["optional"] // {"filled": 22, "total": 30}
//   p["sections"] // [{"id", "needed": {…}, "optional": {…}, "missing": [row ids needed and empty]}]
//
// "Required where it stands" is asked of the engine: the form is checked once
// with every row's element taken out (its parent objects kept), and a row is
// needed when that check says it is missing.
#pragma once

#include <nlohmann/json.hpp>

#include "core/cases/case_form.h"
#include "core/cases/element_state.h"

namespace yaosu::assist {

nlohmann::json RowProgress(const cases::CaseForm& form, const nlohmann::json& instance,
                           const cases::ElementStates& states);

// Filled: a value a person has given — not null, not an empty text, list or object.
bool Filled(const nlohmann::json* value);

}  // namespace yaosu::assist

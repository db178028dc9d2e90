// File: filling a row template of document.json — the official wording with
// the answers in it (the mini-language is specified in schemas/cases/README.md).
//
//   FillTemplate("截至{as_of|date}止，尚欠本金{amount|yuan}元（{amount|capital}）",
//                {{"as_of", "2025-09-30"}, {"amount", 100000}}, items)
//     → "截至2025年9月30日止，尚欠本金100000.00元（壹拾万元整）"
//
// A missing value prints as ____ (a blank on paper); a template never fails,
// whatever the data: bad input shows as blanks, not as errors.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/json/members.h"

namespace yaosu::filing {

// kBlank: what an unfilled element prints as.
inline constexpr const char* kBlank = "____";

// ZhText: the Chinese of a {"zh": …, "en": …} text; "" when it has none.
inline std::string ZhText(const nlohmann::json& text) { return StringMember(text, "zh"); }

// FillTemplate: `text` with every {path|filter:arg} replaced, paths read from
// `value`; `items` are the templates `list:ITEM` uses ({name: template or
// {"by": field, <field value>: template}}). A path `$computed.ID` reads the
// filing's `computed` values, and `a??b` prints b when a is empty — so a
// blank the litigant left can show the figure the form computed.
std::string FillTemplate(std::string_view text, const nlohmann::json& value, const nlohmann::json& items,
                         const nlohmann::json& computed = nlohmann::json());

// Placeholders: the paths of `text`'s placeholders with their filters
// ([{"path", "filter", "argument"}]), for checking templates against a schema.
nlohmann::json Placeholders(std::string_view text);

}  // namespace yaosu::filing

// File: CellValue — a table cell's text read as the value its element takes,
// by the element's schema (the engine's, so the CLI and the page read alike).
//
//   Result<std::optional<json>> value = CellValue("316,674.97", *column.leaf);   // 316674.97
//
// What a spreadsheet exported from a bank's or a court's system holds:
//   numbers   1234.5, 1,234.50, ¥1,234.50, 1234.50元, full-width digits
//   dates     2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 (a time of 0:00 after it is dropped)
//   choices   the value's code (natural_person) or the form's words for it (自然人)
//   yes/no    是/否, 有/无, true/false, or the form's words for them
//   text      as written, without the spaces around it
// An empty cell is no value (std::nullopt). Diagnostics: batch.cell.not_a_number,
// batch.cell.not_a_date, batch.cell.not_a_choice {choices}, batch.cell.not_yes_no — each with {text}.
#pragma once

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/batch/form_table.h"
#include "core/diagnostics/result.h"

namespace yaosu::batch {

Result<std::optional<nlohmann::json>> CellValue(std::string_view text, const Leaf& leaf);

// TrimCell: `text` without the ASCII and ideographic (U+3000) spaces around it — what a cell or a
// header cell says; a cell that trims to nothing is empty.
std::string_view TrimCell(std::string_view text);

// CivilDate: "YYYY-MM-DD" for a date written as people do (above), or nullopt.
std::optional<std::string> CivilDate(std::string_view text);

}  // namespace yaosu::batch

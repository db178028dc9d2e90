#include "core/cases/answer_mirror.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace yaosu::cases {
namespace {

using ordered_json = nlohmann::ordered_json;

// DefaultLabel: 对<label>有无异议, as the templates word an answer row.
ordered_json DefaultLabel(const ordered_json& complaint_label) {
  ordered_json label = {{"zh", "对" + complaint_label.value("zh", "") + "有无异议"}};
  if (complaint_label.contains("en"))
    label["en"] = "Any objection to: " + complaint_label["en"].get<std::string>() + "?";
  return label;
}

// InAnswerOrder: the complaint's rows in the order the answer's template
// answers them — its "order" first, then any row it does not list, in the
// complaint's order (a row is never lost by leaving it out of "order").
std::vector<const ordered_json*> InAnswerOrder(const ordered_json& complaint_section, const ordered_json& mirror,
                                               Diagnostics& problems) {
  std::vector<const ordered_json*> rows;
  std::set<std::string> placed;
  static const ordered_json kNoRows = ordered_json::array();
  const auto found_rows = complaint_section.find("rows");
  const ordered_json& complaint_rows = found_rows != complaint_section.end() ? *found_rows : kNoRows;
  for (const ordered_json& wanted : mirror.value("order", ordered_json::array())) {
    const std::string id = wanted.get<std::string>();
    const auto found = std::find_if(complaint_rows.begin(), complaint_rows.end(),
                                    [&](const ordered_json& row) { return row.value("id", "") == id; });
    if (found == complaint_rows.end()) {
      problems.push_back(Diagnostic{.code = "case.mirror_unknown_row", .params = {{"row", id}}});
    } else if (placed.insert(id).second) {
      rows.push_back(&*found);
    }
  }
  for (const ordered_json& row : complaint_rows) {
    if (!placed.contains(row.value("id", ""))) rows.push_back(&row);
  }
  return rows;
}

}  // namespace

Result<ordered_json> MirrorSection(const ordered_json& mirror, const ordered_json& complaint_section,
                                   const SharedPieces& shared) {
  Diagnostics problems;
  Result<ordered_json> cell = shared.Resolve(mirror.value("row", ordered_json::object()), PieceKind::kRow);
  if (!cell.ok()) return cell.diagnostics();

  const std::string complaint_id = complaint_section.value("id", "");
  const std::string prefix = complaint_section.value("prefix", true) ? complaint_id + "." : "";
  std::set<std::string> complaint_rows;
  for (const ordered_json& row : complaint_section.value("rows", ordered_json::array()))
    complaint_rows.insert(row.value("id", ""));
  const ordered_json labels = mirror.value("labels", ordered_json::object());
  const ordered_json split = mirror.value("split", ordered_json::object());
  const std::set<std::string> skip = mirror.value("skip", std::set<std::string>{});
  for (const std::string& named : skip) {
    if (!complaint_rows.contains(named))
      problems.push_back(Diagnostic{.code = "case.mirror_unknown_row", .params = {{"row", named}}});
  }
  for (const ordered_json* named : {&labels, &split}) {
    for (const auto& [row, value] : named->items()) {
      if (!complaint_rows.contains(row))
        problems.push_back(Diagnostic{.code = "case.mirror_unknown_row", .params = {{"row", row}}});
    }
  }

  ordered_json section = {{"id", mirror.value("id", complaint_id)},
                          {"key", mirror.value("key", complaint_section.value("key", complaint_id))},
                          {"label", mirror.value("label", complaint_section.value("label", ordered_json::object()))}};
  if (mirror.contains("subtitle")) section["subtitle"] = mirror["subtitle"];
  if (mirror.contains("required")) section["required"] = mirror["required"];
  if (!skip.empty()) {
    section["skipped"] = ordered_json::array();
    for (const std::string& id : skip) section["skipped"].push_back(prefix + id);
  }
  section["rows"] = ordered_json::array();
  auto resolve_into_section = [&](const ordered_json& entries) {
    for (const ordered_json& entry : entries) {
      Result<ordered_json> row = shared.Resolve(entry, PieceKind::kRow);
      if (!row.ok()) {
        problems.insert(problems.end(), row.diagnostics().begin(), row.diagnostics().end());
        continue;
      }
      section["rows"].push_back(std::move(*row));
    }
  };
  resolve_into_section(mirror.value("before", ordered_json::array()));
  for (const ordered_json* complaint_row : InAnswerOrder(complaint_section, mirror, problems)) {
    const std::string id = complaint_row->value("id", "");
    const ordered_json answer = complaint_row->value("answer", ordered_json::object());
    if (skip.contains(id) || answer == false) continue;
    ordered_json row = *cell;
    row["id"] = id;
    row["key"] = complaint_row->value("key", id);
    row["label"] = labels.contains(id) ? labels[id]
                   : answer.is_object() && answer.contains("label")
                       ? answer["label"]
                       : DefaultLabel(complaint_row->value("label", ordered_json::object()));
    row["answers_row"] = prefix + id;
    // An element the complaint cannot leave out is one the answer must address.
    if (complaint_row->value("required", false)) row["required"] = true;
    if (!split.contains(id)) {
      section["rows"].push_back(std::move(row));
      continue;
    }
    // One complaint row answered by several rows (民间借贷: 签订保证合同 and 保证方式).
    section["rows"].push_back(row);
    for (const ordered_json& extra : split[id]) {
      ordered_json more = *cell;
      for (const auto& [key, value] : extra.items()) more[key] = value;
      more["answers_row"] = prefix + id;
      section["rows"].push_back(std::move(more));
    }
  }
  resolve_into_section(mirror.value("then", ordered_json::array()));
  if (!problems.empty()) return problems;
  return section;
}

}  // namespace yaosu::cases

#include "core/cases/answer_mirror.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace yaosu::cases {
namespace {

using json = nlohmann::ordered_json;

// DefaultLabel: 对<label>有无异议, as the templates word an answer row.
json DefaultLabel(const json& complaint_label) {
  json label = {{"zh", "对" + complaint_label.value("zh", "") + "有无异议"}};
  if (complaint_label.contains("en"))
    label["en"] = "Any objection to: " + complaint_label["en"].get<std::string>() + "?";
  return label;
}

// InAnswerOrder: the complaint's rows in the order the answer's template
// answers them — its "order" first, then any row it does not list, in the
// complaint's order (a row is never lost by leaving it out of "order").
std::vector<const json*> InAnswerOrder(const json& complaint_section, const json& mirror, Diagnostics& problems) {
  std::vector<const json*> rows;
  std::set<std::string> placed;
  static const json kNoRows = json::array();
  const auto found_rows = complaint_section.find("rows");
  const json& complaint_rows = found_rows != complaint_section.end() ? *found_rows : kNoRows;
  for (const json& wanted : mirror.value("order", json::array())) {
    const std::string id = wanted.get<std::string>();
    const auto found = std::find_if(complaint_rows.begin(), complaint_rows.end(),
                                    [&](const json& row) { return row.value("id", "") == id; });
    if (found == complaint_rows.end()) {
      problems.push_back(Diagnostic{.code = "case.mirror_unknown_row", .params = {{"row", id}}});
    } else if (placed.insert(id).second) {
      rows.push_back(&*found);
    }
  }
  for (const json& row : complaint_rows) {
    if (!placed.contains(row.value("id", ""))) rows.push_back(&row);
  }
  return rows;
}

}  // namespace

Result<json> MirrorSection(const json& mirror, const json& complaint_section, const SharedPieces& shared) {
  Diagnostics problems;
  Result<json> cell = shared.Resolve(mirror.value("row", json::object()), PieceKind::kRow);
  if (!cell.ok()) return cell.diagnostics();

  const std::string complaint_id = complaint_section.value("id", "");
  const std::string prefix = complaint_section.value("prefix", true) ? complaint_id + "." : "";
  std::set<std::string> complaint_rows;
  for (const json& row : complaint_section.value("rows", json::array())) complaint_rows.insert(row.value("id", ""));
  const json labels = mirror.value("labels", json::object());
  const json split = mirror.value("split", json::object());
  const std::set<std::string> skip = mirror.value("skip", std::set<std::string>{});
  for (const std::string& named : skip) {
    if (!complaint_rows.contains(named))
      problems.push_back(Diagnostic{.code = "case.mirror_unknown_row", .params = {{"row", named}}});
  }
  for (const json* named : {&labels, &split}) {
    for (const auto& [row, value] : named->items()) {
      if (!complaint_rows.contains(row))
        problems.push_back(Diagnostic{.code = "case.mirror_unknown_row", .params = {{"row", row}}});
    }
  }

  json section = {{"id", mirror.value("id", complaint_id)},
                  {"key", mirror.value("key", complaint_section.value("key", complaint_id))},
                  {"label", mirror.value("label", complaint_section.value("label", json::object()))}};
  if (mirror.contains("subtitle")) section["subtitle"] = mirror["subtitle"];
  if (mirror.contains("required")) section["required"] = mirror["required"];
  if (!skip.empty()) {
    section["skipped"] = json::array();
    for (const std::string& id : skip) section["skipped"].push_back(prefix + id);
  }
  section["rows"] = json::array();
  auto resolve_into_section = [&](const json& entries) {
    for (const json& entry : entries) {
      Result<json> row = shared.Resolve(entry, PieceKind::kRow);
      if (!row.ok()) {
        problems.insert(problems.end(), row.diagnostics().begin(), row.diagnostics().end());
        continue;
      }
      section["rows"].push_back(std::move(*row));
    }
  };
  resolve_into_section(mirror.value("before", json::array()));
  for (const json* complaint_row : InAnswerOrder(complaint_section, mirror, problems)) {
    const std::string id = complaint_row->value("id", "");
    const json answer = complaint_row->value("answer", json::object());
    if (skip.contains(id) || answer == false) continue;
    json row = *cell;
    row["id"] = id;
    row["key"] = complaint_row->value("key", id);
    row["label"] = labels.contains(id) ? labels[id]
                   : answer.is_object() && answer.contains("label")
                       ? answer["label"]
                       : DefaultLabel(complaint_row->value("label", json::object()));
    row["answers_row"] = prefix + id;
    // An element the complaint cannot leave out is one the answer must address.
    if (complaint_row->value("required", false)) row["required"] = true;
    if (!split.contains(id)) {
      section["rows"].push_back(std::move(row));
      continue;
    }
    // One complaint row answered by several rows (民间借贷: 签订保证合同 and 保证方式).
    section["rows"].push_back(row);
    for (const json& extra : split[id]) {
      json more = *cell;
      for (const auto& [key, value] : extra.items()) more[key] = value;
      more["answers_row"] = prefix + id;
      section["rows"].push_back(std::move(more));
    }
  }
  resolve_into_section(mirror.value("then", json::array()));
  if (!problems.empty()) return problems;
  return section;
}

}  // namespace yaosu::cases

#include "core/cases/answer_mirror.h"

#include <set>
#include <string>

namespace yaosu::cases {
namespace {

using json = nlohmann::ordered_json;

// DefaultLabel: 对<label>有无异议, as the templates word an answer row.
json DefaultLabel(const json& complaint_label) {
  json label = {{"zh", "对" + complaint_label.value("zh", "") + "有无异议"}};
  if (complaint_label.contains("en")) label["en"] = "Any objection to: " + complaint_label["en"].get<std::string>() + "?";
  return label;
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
    if (!complaint_rows.contains(named)) problems.push_back(Diagnostic{.code = "case.mirror_unknown_row", .params = {{"row", named}}});
  }
  for (const json* named : {&labels, &split}) {
    for (const auto& [row, value] : named->items()) {
      if (!complaint_rows.contains(row)) problems.push_back(Diagnostic{.code = "case.mirror_unknown_row", .params = {{"row", row}}});
    }
  }

  json section = {{"id", mirror.value("id", complaint_id)},
                  {"key", mirror.value("key", complaint_section.value("key", complaint_id))},
                  {"label", mirror.value("label", complaint_section.value("label", json::object()))}};
  if (mirror.contains("subtitle")) section["subtitle"] = mirror["subtitle"];
  if (mirror.contains("required")) section["required"] = mirror["required"];
  if (!skip.empty()) section["skipped"] = skip;
  section["rows"] = json::array();
  for (const json& complaint_row : complaint_section.value("rows", json::array())) {
    const std::string id = complaint_row.value("id", "");
    const json answer = complaint_row.value("answer", json::object());
    if (skip.contains(id) || answer == false) continue;
    json row = *cell;
    row["id"] = id;
    row["key"] = complaint_row.value("key", id);
    row["label"] = labels.contains(id) ? labels[id] : answer.is_object() && answer.contains("label")
                                                          ? answer["label"]
                                                          : DefaultLabel(complaint_row.value("label", json::object()));
    row["answers_row"] = prefix + id;
    // An element the complaint cannot leave out is one the answer must address.
    if (complaint_row.value("required", false)) row["required"] = true;
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
  for (const json& entry : mirror.value("then", json::array())) {
    Result<json> row = shared.Resolve(entry, PieceKind::kRow);
    if (!row.ok()) {
      problems.insert(problems.end(), row.diagnostics().begin(), row.diagnostics().end());
      continue;
    }
    section["rows"].push_back(std::move(*row));
  }
  if (!problems.empty()) return problems;
  return section;
}

}  // namespace yaosu::cases

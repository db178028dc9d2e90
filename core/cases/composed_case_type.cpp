#include "core/cases/composed_case_type.h"

#include <utility>

#include "core/cases/answer_mirror.h"
#include "core/cases/form_composer.h"

namespace yaosu::cases {
namespace {

using ordered_json = nlohmann::ordered_json;

Diagnostics InFile(Diagnostics problems, const std::string& file) {
  for (Diagnostic& problem : problems) {
    if (!problem.params.contains("file")) problem.params["file"] = file;
  }
  return problems;
}

// ResolveSection: a section entry of a form file with its "use" and its rows'
// "use"s resolved — or, for a "mirror", the answer rows derived from the
// complaint's section of that id.
Result<ordered_json> ResolveSection(const ordered_json& entry, const SharedPieces& shared,
                                    const std::vector<ordered_json>& complaint) {
  if (entry.contains("mirror")) {
    const std::string id = entry["mirror"].get<std::string>();
    for (const ordered_json& section : complaint) {
      if (section.value("id", "") == id) return MirrorSection(entry, section, shared);
    }
    return Diagnostic{.code = "case.mirror_unknown_section", .params = {{"section", id}}};
  }
  Result<ordered_json> section = shared.Resolve(entry, PieceKind::kSection);
  if (!section.ok()) return section;
  Diagnostics problems;
  ordered_json rows = ordered_json::array();
  for (const ordered_json& row_entry : section->value("rows", ordered_json::array())) {
    Result<ordered_json> row = shared.Resolve(row_entry, PieceKind::kRow);
    if (row.ok()) {
      rows.push_back(std::move(*row));
    } else {
      problems.insert(problems.end(), row.diagnostics().begin(), row.diagnostics().end());
    }
  }
  if (!problems.empty()) return problems;
  (*section)["rows"] = std::move(rows);
  return section;
}

}  // namespace

Result<std::vector<FormFiles>> ComposeCaseType(const std::string& folder, const OrderedSources& sources,
                                               const SharedPieces& shared, std::string_view until) {
  const ordered_json& manifest = sources.at(folder + "/case.json");
  const std::string case_type = folder.substr(folder.rfind('/') + 1);
  std::vector<FormFiles> forms;
  Diagnostics problems;
  std::vector<ordered_json> complaint_sections;
  bool reached_until = false;
  for (const ordered_json& form_name : manifest.value("forms", ordered_json::array())) {
    if (reached_until) break;
    const std::string form = form_name.get<std::string>();
    reached_until = form == until;
    const std::string path = folder + "/" + form + ".json";
    const auto source = sources.find(path);
    if (source == sources.end()) {
      problems.push_back(Diagnostic{.code = "case.file_missing", .params = {{"file", path}}});
      continue;
    }
    FormComposer composer(FormIdentity{.case_type = case_type,
                                       .form = form,
                                       .version = manifest.value("version", ""),
                                       .manifest = manifest,
                                       .source = path},
                          shared.BaseWords());
    std::vector<ordered_json> sections;
    Diagnostics form_problems;
    for (const ordered_json& entry : source->second.value("sections", ordered_json::array())) {
      Result<ordered_json> section = ResolveSection(entry, shared, complaint_sections);
      if (!section.ok()) {
        form_problems.insert(form_problems.end(), section.diagnostics().begin(), section.diagnostics().end());
        continue;
      }
      composer.AddSection(*section);
      sections.push_back(std::move(*section));
    }
    if (form == "complaint") complaint_sections = sections;
    const std::string logic_path = folder + "/" + form + ".rules.json";
    if (const auto logic = sources.find(logic_path); logic != sources.end()) composer.AddLogic(logic->second);
    if (!form_problems.empty()) {
      Diagnostics located = InFile(std::move(form_problems), path);
      problems.insert(problems.end(), located.begin(), located.end());
      continue;
    }
    Result<FormFiles> files = std::move(composer).Finish();
    if (!files.ok()) {
      problems.insert(problems.end(), files.diagnostics().begin(), files.diagnostics().end());
      continue;
    }
    forms.push_back(std::move(*files));
  }
  if (!problems.empty()) return problems;
  return forms;
}

}  // namespace yaosu::cases

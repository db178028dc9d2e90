// File: loading the parameter set (see parameter_set.h).
#include "core/law/parameter_set.h"

#include "core/embedded/embedded.h"
#include "core/json/parse.h"

namespace yaosu::law {
namespace {

// IsCalendar: whether the file's id names the calendar/ area (its own format).
bool IsCalendar(const nlohmann::json& document) {
  if (!document.is_object()) return false;
  const auto id = document.find("id");
  return id != document.end() && id->is_string() && id->get_ref<const std::string&>().rfind("calendar/", 0) == 0;
}

}  // namespace

Result<ParameterSet> ParameterSet::Load(const std::vector<std::pair<std::string, std::string_view>>& files) {
  ParameterSet set;
  Diagnostics diagnostics;
  for (const auto& file : files) {
    // Each file is parsed once; one that does not parse is read again by LoadParameter, which says why.
    const Result<nlohmann::json> document = ParseJson(file.second);
    if (document.ok() && IsCalendar(*document)) {
      Result<RestDayCalendar> calendar = LoadRestDayCalendarDocument(file.first, *document);
      if (!calendar.ok()) {
        diagnostics.insert(diagnostics.end(), calendar.diagnostics().begin(), calendar.diagnostics().end());
        continue;
      }
      const std::string id = calendar->id;
      if (!set.calendars_.emplace(id, std::move(calendar).value()).second) {
        diagnostics.push_back(
            Diagnostic{.code = "law.param.duplicate_id", .params = {{"id", id}, {"file", file.first}}});
      }
      continue;
    }
    Result<Parameter> parameter =
        document.ok() ? LoadParameterDocument(file.first, *document) : LoadParameter(file.first, file.second);
    if (!parameter.ok()) {
      diagnostics.insert(diagnostics.end(), parameter.diagnostics().begin(), parameter.diagnostics().end());
      continue;
    }
    const std::string id = parameter->id;
    if (!set.parameters_.emplace(id, std::move(parameter).value()).second) {
      diagnostics.push_back(Diagnostic{.code = "law.param.duplicate_id", .params = {{"id", id}, {"file", file.first}}});
    }
  }
  if (!diagnostics.empty()) return diagnostics;
  return set;
}

const Result<ParameterSet>& ParameterSet::Builtin() {
  static const Result<ParameterSet> set = [] {
    std::vector<std::pair<std::string, std::string_view>> files;
    for (const embedded::EmbeddedFile& file : embedded::LegalParameters()) {
      files.emplace_back("schemas/params/" + std::string(file.path), file.text);
    }
    return Load(files);
  }();
  return set;
}

const RestDayCalendar* ParameterSet::FindCalendar(std::string_view id) const {
  const auto it = calendars_.find(id);
  return it == calendars_.end() ? nullptr : &it->second;
}

const Parameter* ParameterSet::Find(std::string_view id) const {
  const auto it = parameters_.find(id);
  return it == parameters_.end() ? nullptr : &it->second;
}

Result<DatedValue> ParameterSet::Lookup(std::string_view id, const CivilDate& date) const {
  const Parameter* parameter = Find(id);
  if (parameter == nullptr) return Diagnostic{.code = "law.param.unknown", .params = {{"parameter", std::string(id)}}};
  return parameter->At(date);
}

}  // namespace yaosu::law

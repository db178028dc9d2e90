#include "core/assist/row_progress.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/json/pointer.h"

namespace yaosu::assist {
namespace {

using nlohmann::json;

struct Row {
  std::string id;
  std::string pointer;
};

// Without: `document` with the element at `pointer` taken out and its parent objects there.
void TakeOut(json& document, const std::string& pointer) {
  const std::optional<std::vector<std::string>> tokens = ParsePointer(pointer);
  if (!tokens || tokens->empty()) return;
  json* current = &document;
  for (std::size_t i = 0; i + 1 < tokens->size(); ++i) {
    if (!current->is_object()) return;  // an array or a value on the way: leave it as it is
    json& next = (*current)[(*tokens)[i]];
    if (!next.is_object() && !next.is_array()) next = json::object();
    current = &next;
  }
  if (current->is_object()) current->erase(tokens->back());
}

json Count(std::size_t filled, std::size_t total) { return {{"filled", filled}, {"total", total}}; }

}  // namespace

bool Filled(const json* value) {
  if (value == nullptr || value->is_null()) return false;
  if (value->is_string()) return !value->get_ref<const std::string&>().empty();
  if (value->is_array() || value->is_object()) return !value->empty();
  return true;
}

json RowProgress(const cases::CaseForm& form, const json& instance, const cases::ElementStates& states) {
  const json sections = form.elements().value("sections", json::array());
  json probe = instance.is_object() ? instance : json::object();
  for (const json& section : sections) {
    for (const json& row : section.value("rows", json::array())) TakeOut(probe, row.value("pointer", ""));
  }
  std::set<std::string> required;
  for (const Diagnostic& d : form.compiled_schema().Validate(probe).diagnostics) {
    if (d.code == "schema.required" && d.params.contains("missing") && d.params["missing"].is_string()) {
      required.insert(d.instance_location + "/" + EscapePointerToken(d.params["missing"].get<std::string>()));
    }
  }
  std::size_t needed_filled = 0, needed_total = 0, optional_filled = 0, optional_total = 0;
  json out_sections = json::array();
  for (const json& section : sections) {
    std::size_t nf = 0, nt = 0, of = 0, ot = 0;
    json missing = json::array();
    for (const json& row : section.value("rows", json::array())) {
      const std::string pointer = row.value("pointer", "");
      const auto state = states.find(pointer);
      if (state != states.end() && state->second != cases::ElementState::kRequired) continue;
      const bool needed = required.contains(pointer) || state != states.end();
      const bool filled = Filled(ResolvePointer(instance, pointer));
      (needed ? nt : ot) += 1;
      if (filled) (needed ? nf : of) += 1;
      if (needed && !filled) missing.push_back(row.value("id", ""));
    }
    needed_filled += nf, needed_total += nt, optional_filled += of, optional_total += ot;
    out_sections.push_back({{"id", section.value("id", "")},
                            {"needed", Count(nf, nt)},
                            {"optional", Count(of, ot)},
                            {"missing", missing}});
  }
  return {{"needed", Count(needed_filled, needed_total)},
          {"optional", Count(optional_filled, optional_total)},
          {"sections", out_sections}};
}

}  // namespace yaosu::assist

#include "core/cases/form_session.h"

#include <map>
#include <optional>
#include <utility>

#include "core/json/pointer.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;

bool Filled(const json* element) {
  if (element == nullptr || element->is_null()) return false;
  if (element->is_string() || element->is_array() || element->is_object()) return !element->empty();
  return true;
}

bool Under(const std::string& location, const std::string& pointer) {
  return location.rfind(pointer, 0) == 0 && (location.size() == pointer.size() || location[pointer.size()] == '/');
}

std::optional<std::size_t> Index(const std::string& token) {
  if (token.empty() || token.size() > 9 || token.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  if (token.size() > 1 && token[0] == '0') return std::nullopt;
  return static_cast<std::size_t>(std::stoul(token));
}

// Place: writes `value` at `tokens` inside `document` (null erases); false when the path cannot exist.
bool Place(json& document, const std::vector<std::string>& tokens, json value) {
  json* current = &document;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (current->is_null()) *current = json::object();
    if (current->is_object()) {
      current = &(*current)[tokens[i]];
    } else if (current->is_array()) {
      const std::optional<std::size_t> index = Index(tokens[i]);
      if (!index || *index >= current->size()) return false;
      current = &(*current)[*index];
    } else {
      return false;
    }
  }
  if (current->is_null()) *current = json::object();
  const std::string& last = tokens.back();
  if (current->is_object()) {
    if (value.is_null()) {
      current->erase(last);
    } else {
      (*current)[last] = std::move(value);
    }
    return true;
  }
  if (!current->is_array()) return false;
  const std::optional<std::size_t> index = Index(last);
  if (!index || *index > current->size()) return false;
  if (*index == current->size()) {
    if (!value.is_null()) current->push_back(std::move(value));
  } else if (value.is_null()) {
    current->erase(*index);
  } else {
    (*current)[*index] = std::move(value);
  }
  return true;
}

}  // namespace

std::string DiagnosticKey(const Diagnostic& d) { return d.code + "|" + d.instance_location + "|" + d.keyword_location; }

json Progress::ToJson() const { return {{"filled", filled}, {"total", total}, {"sections", sections}}; }

json SessionUpdate::ToJson(const MessageCatalog& messages) const {
  json added_json = ToJsonWithMessages(added, messages);
  for (std::size_t i = 0; i < added.size(); ++i) added_json[i]["key"] = DiagnosticKey(added[i]);
  return {{"valid", valid},     {"added", std::move(added_json)}, {"removed", removed},
          {"computed", computed}, {"states", states},              {"progress", progress.ToJson()}};
}

FormSession::FormSession(const CaseForm& form, json instance) : form_(&form), instance_(std::move(instance)) {
  result_ = form_->Validate(instance_);
}

SessionUpdate FormSession::Set(std::string_view pointer, json value) {
  const std::optional<std::vector<std::string>> tokens = ParsePointer(pointer);
  json changed = instance_;
  const bool placed = tokens && (tokens->empty() ? (changed = std::move(value), true) : Place(changed, *tokens, std::move(value)));
  if (!placed) {
    SessionUpdate refused = Diff(result_, result_);
    refused.added.push_back(
        Diagnostic{.code = "session.bad_pointer", .instance_location = std::string(pointer), .params = {{"pointer", pointer}}});
    return refused;
  }
  instance_ = std::move(changed);
  FormResult after = form_->Validate(instance_);
  SessionUpdate update = Diff(result_, after);
  result_ = std::move(after);
  return update;
}

SessionUpdate FormSession::Snapshot() const {
  FormResult empty;
  empty.computed = json::object();
  return Diff(empty, result_);
}

SessionUpdate FormSession::Diff(const FormResult& before, const FormResult& after) const {
  SessionUpdate update{.valid = after.valid};
  std::map<std::string, const Diagnostic*> old_ones, new_ones;
  for (const Diagnostic& d : before.diagnostics) old_ones.emplace(DiagnosticKey(d), &d);
  for (const Diagnostic& d : after.diagnostics) new_ones.emplace(DiagnosticKey(d), &d);
  for (const auto& [key, d] : old_ones) {
    const auto now = new_ones.find(key);
    if (now == new_ones.end() || now->second->params != d->params || now->second->severity != d->severity) {
      update.removed.push_back(key);
    }
  }
  for (const auto& [key, d] : new_ones) {
    const auto was = old_ones.find(key);
    if (was == old_ones.end() || was->second->params != d->params || was->second->severity != d->severity) {
      update.added.push_back(*d);
    }
  }
  for (const auto& [id, value] : after.computed.items()) {
    if (!before.computed.contains(id) || before.computed[id] != value) update.computed[id] = value;
  }
  for (const auto& [id, value] : before.computed.items()) {
    if (!after.computed.contains(id)) update.computed[id] = nullptr;
  }
  for (const auto& [pointer, state] : after.states) {
    const auto was = before.states.find(pointer);
    if (was == before.states.end() || was->second != state) update.states[pointer] = std::string(ElementStateName(state));
  }
  for (const auto& [pointer, state] : before.states) {
    if (!after.states.contains(pointer)) update.states[pointer] = nullptr;
  }
  update.progress = Measure(after);
  return update;
}

Progress FormSession::Measure(const FormResult& result) const {
  Progress progress;
  for (const json& section : form_->elements().value("sections", json::array())) {
    std::size_t filled = 0, total = 0, errors = 0;
    for (const json& row : section.value("rows", json::array())) {
      const std::string pointer = row.value("pointer", "");
      const auto state = result.states.find(pointer);
      if (state != result.states.end() && state->second != ElementState::kRequired) continue;
      ++total;
      if (Filled(ResolvePointer(instance_, pointer))) ++filled;
      for (const Diagnostic& d : result.diagnostics) {
        if (d.severity == Severity::kError && Under(d.instance_location, pointer)) ++errors;
      }
    }
    progress.filled += filled;
    progress.total += total;
    progress.sections.push_back({{"id", section.value("id", "")}, {"filled", filled}, {"total", total}, {"errors", errors}});
  }
  return progress;
}

}  // namespace yaosu::cases

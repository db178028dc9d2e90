#include "core/cases/form_session.h"

#include <map>
#include <optional>
#include <utility>

#include "core/json/pointer.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;

// RowFilled: whether a row holds an answer for the progress count (an empty text, list or group does not).
bool RowFilled(const json* element) {
  if (element == nullptr || element->is_null()) return false;
  if (element->is_string() || element->is_array() || element->is_object()) return !element->empty();
  return true;
}

const json kNoRows = json::array();

// Member: the array `object[name]`, or null when there is none.
const json* Member(const json& object, const char* name) {
  if (!object.is_object()) return nullptr;
  const auto member = object.find(name);
  return member != object.end() && member->is_array() ? &*member : nullptr;
}

bool Under(const std::string& location, const std::string& pointer) {
  return location.rfind(pointer, 0) == 0 && (location.size() == pointer.size() || location[pointer.size()] == '/');
}

std::optional<std::size_t> Index(const std::string& token) {
  if (token.empty() || token.size() > 9 || token.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  if (token.size() > 1 && token[0] == '0') return std::nullopt;
  return static_cast<std::size_t>(std::stoul(token));
}

// Reachable: whether Place can write at `tokens`: absent and null parents
// become objects, arrays take an index up to their end (only the last token
// may name the end). Checked first, so a refused change leaves the form as it was.
bool Reachable(const json& document, const std::vector<std::string>& tokens) {
  const json* current = &document;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (current == nullptr || current->is_null()) return true;  // created from here on
    if (current->is_object()) {
      const auto member = current->find(tokens[i]);
      current = member == current->end() ? nullptr : &*member;
      continue;
    }
    if (!current->is_array()) return false;
    const std::optional<std::size_t> index = Index(tokens[i]);
    const bool last = i + 1 == tokens.size();
    if (!index || *index > current->size() || (!last && *index == current->size())) return false;
    current = last ? nullptr : &(*current)[*index];
  }
  return true;
}

std::string JoinPointer(const std::vector<std::string>& tokens, std::size_t count) {
  std::string pointer;
  for (std::size_t i = 0; i < count; ++i) pointer += "/" + EscapePointerToken(tokens[i]);
  return pointer;
}

// Place: writes `value` at `tokens` inside `document` (null erases), in place.
// Returns the pointer of what changed — the whole array when an item is
// removed, since the items after it move — or nullopt when the path cannot exist.
std::optional<std::string> Place(json& document, const std::vector<std::string>& tokens, json value) {
  if (!Reachable(document, tokens)) return std::nullopt;
  json* current = &document;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (current->is_null()) *current = json::object();
    current = current->is_object() ? &(*current)[tokens[i]] : &(*current)[*Index(tokens[i])];
  }
  if (current->is_null()) *current = json::object();
  const std::string& last = tokens.back();
  if (current->is_object()) {
    if (value.is_null()) {
      current->erase(last);
    } else {
      (*current)[last] = std::move(value);
    }
    return JoinPointer(tokens, tokens.size());
  }
  const std::size_t index = *Index(last);
  if (index == current->size()) {
    if (!value.is_null()) current->push_back(std::move(value));
  } else if (value.is_null()) {
    current->erase(index);
    return JoinPointer(tokens, tokens.size() - 1);
  } else {
    (*current)[index] = std::move(value);
  }
  return JoinPointer(tokens, tokens.size());
}

}  // namespace

// The params belong to the identity: one `required` keyword reports each
// missing field apart, and the page must keep every one of them.
std::string DiagnosticKey(const Diagnostic& d) {
  return d.code + "|" + d.instance_location + "|" + d.keyword_location + "|" +
         d.params.dump(-1, ' ', false, json::error_handler_t::replace);
}

json Progress::ToJson() const { return {{"filled", filled}, {"total", total}, {"sections", sections}}; }

json SessionUpdate::ToJson(const MessageCatalog& messages) const {
  json added_json = ToJsonWithMessages(added, messages);
  for (std::size_t i = 0; i < added.size(); ++i) added_json[i]["key"] = DiagnosticKey(added[i]);
  return {{"valid", valid},   {"added", std::move(added_json)}, {"removed", removed},           {"computed", computed},
          {"states", states}, {"branches", branches},           {"progress", progress.ToJson()}};
}

FormSession::FormSession(const CaseForm& form, json instance)
    : form_(&form), instance_(std::move(instance)), check_(form) {
  result_ = check_.Recheck(instance_, "");
}

SessionUpdate FormSession::Set(std::string_view pointer, json value) {
  const std::optional<std::vector<std::string>> tokens = ParsePointer(pointer);
  std::optional<std::string> changed;
  if (tokens && tokens->empty()) {
    instance_ = std::move(value);
    changed = "";
  } else if (tokens) {
    changed = Place(instance_, *tokens, std::move(value));
  }
  if (!changed) {
    SessionUpdate refused = Diff(result_, result_);
    refused.added.push_back(Diagnostic{
        .code = "session.bad_pointer", .instance_location = std::string(pointer), .params = {{"pointer", pointer}}});
    return refused;
  }
  FormResult after = check_.Recheck(instance_, *changed);
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
    if (was == before.states.end() || was->second != state)
      update.states[pointer] = std::string(ElementStateName(state));
  }
  for (const auto& [pointer, state] : before.states) {
    if (!after.states.contains(pointer)) update.states[pointer] = nullptr;
  }
  for (const auto& [pointer, sides] : after.branches) {
    const auto was = before.branches.find(pointer);
    if (was == before.branches.end() || was->second != sides) update.branches[pointer] = sides;
  }
  for (const auto& [pointer, sides] : before.branches) {
    if (!after.branches.contains(pointer)) update.branches[pointer] = nullptr;
  }
  update.progress = Measure(after);
  return update;
}

Progress FormSession::Measure(const FormResult& result) const {
  Progress progress;
  // By reference: value("sections", …) would copy the element rows on every change.
  const json* sections = Member(form_->elements(), "sections");
  for (const json& section : sections != nullptr ? *sections : kNoRows) {
    std::size_t filled = 0, total = 0, errors = 0;
    const json* rows = Member(section, "rows");
    for (const json& row : rows != nullptr ? *rows : kNoRows) {
      const std::string pointer = row.value("pointer", "");
      const auto state = result.states.find(pointer);
      if (state != result.states.end() && state->second != ElementState::kRequired) continue;
      ++total;
      if (RowFilled(ResolvePointer(instance_, pointer))) ++filled;
      for (const Diagnostic& d : result.diagnostics) {
        if (d.severity == Severity::kError && Under(d.instance_location, pointer)) ++errors;
      }
    }
    progress.filled += filled;
    progress.total += total;
    progress.sections.push_back(
        {{"id", section.value("id", "")}, {"filled", filled}, {"total", total}, {"errors", errors}});
  }
  return progress;
}

}  // namespace yaosu::cases

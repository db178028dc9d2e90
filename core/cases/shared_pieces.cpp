#include "core/cases/shared_pieces.h"

#include <utility>

namespace yaosu::cases {
namespace {

using ordered_json = nlohmann::ordered_json;

// ParameterName: "name" for a string "$name", or "" for any other value.
std::string ParameterName(const ordered_json& value) {
  if (!value.is_string()) return "";
  const std::string& text = value.get_ref<const std::string&>();
  if (text.size() < 2 || text[0] != '$') return "";
  for (std::size_t i = 1; i < text.size(); ++i) {
    const char c = text[i];
    if (!((c >= 'a' && c <= 'z') || c == '_' || (i > 1 && c >= '0' && c <= '9'))) return "";
  }
  return text.substr(1);
}

Diagnostic Unresolved(const std::string& use) {
  return Diagnostic{.code = "case.include_unresolved", .params = {{"use", use}}};
}

}  // namespace

void SharedPieces::Add(std::string name, ordered_json document) { files_[std::move(name)] = std::move(document); }

Result<ordered_json> SharedPieces::Resolve(const ordered_json& entry, PieceKind kind) const {
  if (!entry.is_object() || !entry.contains("use")) return entry;
  const std::string use = entry["use"].is_string() ? entry["use"].get<std::string>() : entry["use"].dump();
  const std::size_t dot = use.find('.');
  const std::string file = kind == PieceKind::kRow ? use.substr(0, dot) : use;
  const auto found = files_.find(file);
  if (found == files_.end() || (kind == PieceKind::kRow && dot == std::string::npos)) return Unresolved(use);
  const ordered_json* piece = nullptr;
  const ordered_json& file_piece = found->second;
  if (kind == PieceKind::kSection) {
    if (const auto section = file_piece.find("section"); section != file_piece.end()) piece = &*section;
  } else if (const auto rows = file_piece.find("rows"); rows != file_piece.end() && rows->is_object()) {
    if (const auto row = rows->find(use.substr(dot + 1)); row != rows->end()) piece = &*row;
  }
  if (piece == nullptr || !piece->is_object()) return Unresolved(use);

  ordered_json resolved = *piece;
  if (kind == PieceKind::kRow && !resolved.contains("id")) resolved["id"] = use.substr(dot + 1);
  for (const auto& [key, value] : entry.items()) {
    if (key == "use" || key == "with") continue;
    if (value.is_null()) {
      resolved.erase(key);
    } else {
      resolved[key] = value;
    }
  }
  if (const auto words = file_piece.find("words"); words != file_piece.end()) resolved["shared_words"] = *words;
  Diagnostics missing;
  resolved = SubstituteParameters(resolved, entry.value("with", ordered_json::object()), [&](const std::string& name) {
    missing.push_back(Diagnostic{.code = "case.parameter_missing", .params = {{"use", use}, {"name", name}}});
  });
  if (!missing.empty()) return missing;
  return resolved;
}

ordered_json SharedPieces::BaseWords() const {
  const auto found = files_.find("words");
  if (found == files_.end()) return ordered_json::object();
  const auto words = found->second.find("words");
  return words != found->second.end() ? *words : ordered_json::object();
}

ordered_json SubstituteParameters(const ordered_json& value, const ordered_json& parameters,
                                  const std::function<void(const std::string&)>& missing) {
  if (const std::string name = ParameterName(value); !name.empty()) {
    if (parameters.is_object() && parameters.contains(name)) return parameters[name];
    missing(name);
    return value;
  }
  if (value.is_object()) {
    ordered_json out = ordered_json::object();
    for (const auto& [key, item] : value.items()) out[key] = SubstituteParameters(item, parameters, missing);
    return out;
  }
  if (value.is_array()) {
    ordered_json out = ordered_json::array();
    for (const ordered_json& item : value) out.push_back(SubstituteParameters(item, parameters, missing));
    return out;
  }
  return value;
}

ordered_json SubstituteText(const ordered_json& value, const std::map<std::string, std::string>& replacements) {
  if (value.is_string()) {
    std::string text = value.get<std::string>();
    for (const auto& [name, replacement] : replacements) {
      const std::string mark = "${" + name + "}";
      for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + replacement.size())) {
        text.replace(at, mark.size(), replacement);
      }
    }
    return text;
  }
  if (value.is_object()) {
    ordered_json out = ordered_json::object();
    for (const auto& [key, item] : value.items()) out[key] = SubstituteText(item, replacements);
    return out;
  }
  if (value.is_array()) {
    ordered_json out = ordered_json::array();
    for (const ordered_json& item : value) out.push_back(SubstituteText(item, replacements));
    return out;
  }
  return value;
}

}  // namespace yaosu::cases

#include "core/diagnostics/message_catalog.h"

#include "core/embedded/embedded.h"
#include "core/json/parse.h"

namespace yaosu {
namespace {

// Lists read naturally in each language: 文本、整数 / text, whole number.
std::string_view ListSeparator(std::string_view language) { return language == "zh" ? "、" : ", "; }

}  // namespace

const MessageCatalog& MessageCatalog::Builtin() {
  static const MessageCatalog catalog = [] {
    MessageCatalog built;
    for (std::string_view text : embedded::MessageCatalogs()) {
      Result<nlohmann::json> document = ParseJson(text);
      // The embedded catalogs are checked by tests/diagnostics/message_catalog_test.cpp.
      if (document.ok()) (void)built.Add(*document);
    }
    return built;
  }();
  return catalog;
}

Diagnostics MessageCatalog::Add(const nlohmann::json& catalog) {
  const auto bad = [](std::string what) {
    return Diagnostics{Diagnostic{.code = "messages.invalid_catalog", .params = {{"problem", std::move(what)}}}};
  };
  if (!catalog.is_object()) return bad("a catalog is an object");
  const auto messages = catalog.find("messages");
  if (messages == catalog.end() || !messages->is_object()) return bad("\"messages\" must be an object");
  for (const auto& [code, texts] : messages->items()) {
    if (!texts.is_object()) return bad("messages of " + code + " must be an object");
    for (const auto& [language, text] : texts.items()) {
      if (text.is_string()) messages_[code][language] = text.get<std::string>();
    }
  }
  if (const auto terms = catalog.find("terms"); terms != catalog.end() && terms->is_object()) {
    for (const auto& [language, table] : terms->items()) {
      if (!table.is_object()) continue;
      for (const auto& [term, text] : table.items()) {
        if (text.is_string()) terms_[language][term] = text.get<std::string>();
      }
    }
  }
  return {};
}

std::string MessageCatalog::Term(const nlohmann::json& value, std::string_view language, bool translate) const {
  if (value.is_array()) {
    std::string joined;
    for (const nlohmann::json& item : value) {
      if (!joined.empty()) joined += ListSeparator(language);
      joined += Term(item, language, translate);
    }
    return joined;
  }
  if (!value.is_string()) return value.dump();
  const std::string& text = value.get_ref<const std::string&>();
  if (translate) {
    if (const auto table = terms_.find(language); table != terms_.end()) {
      if (const auto term = table->second.find(text); term != table->second.end()) return term->second;
    }
  }
  return text;
}

std::string MessageCatalog::Fill(const std::string& pattern, const nlohmann::json& params,
                                 std::string_view language) const {
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t open = pattern.find('{', i);
    const std::size_t close = open == std::string::npos ? std::string::npos : pattern.find('}', open);
    if (close == std::string::npos) {
      out.append(pattern, i, std::string::npos);
      break;
    }
    out.append(pattern, i, open - i);
    std::string name = pattern.substr(open + 1, close - open - 1);
    const bool translate = name.size() > 5 && name.compare(name.size() - 5, 5, "|term") == 0;
    if (translate) name.resize(name.size() - 5);
    const auto value = params.is_object() ? params.find(name) : params.end();
    out += value != params.end() ? Term(*value, language, translate) : "{" + name + "}";
    i = close + 1;
  }
  return out;
}

namespace {

// MessageCode: the code whose sentence to use. A format problem that names its
// reason (a wrong check digit, say) has a sentence of its own,
// "format.<format>.<reason>", which says more than "not a valid …".
std::string MessageCode(const Diagnostic& diagnostic) {
  const nlohmann::json& params = diagnostic.params;
  if (diagnostic.code == "schema.format" && params.is_object() && params.contains("format") &&
      params.contains("reason") && params["format"].is_string() && params["reason"].is_string()) {
    return "format." + params["format"].get<std::string>() + "." + params["reason"].get<std::string>();
  }
  return diagnostic.code;
}

}  // namespace

std::string MessageCatalog::Render(const Diagnostic& diagnostic, std::string_view language) const {
  auto texts = messages_.find(MessageCode(diagnostic));
  if (texts == messages_.end()) texts = messages_.find(diagnostic.code);
  if (texts == messages_.end()) return diagnostic.code;
  auto text = texts->second.find(language);
  if (text == texts->second.end()) text = texts->second.find(language == "zh" ? "en" : "zh");
  if (text == texts->second.end()) return diagnostic.code;
  return Fill(text->second, diagnostic.params, text->first);
}

nlohmann::json ToJsonWithMessages(const Diagnostics& diagnostics, const MessageCatalog& catalog) {
  nlohmann::json out = nlohmann::json::array();
  for (const Diagnostic& diagnostic : diagnostics) {
    nlohmann::json entry = ToJson(diagnostic);
    entry["message"] = {{"zh", catalog.Render(diagnostic, "zh")}, {"en", catalog.Render(diagnostic, "en")}};
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace yaosu

// File: MessageCatalog — the sentence a person reads for a diagnostic.
//
// Diagnostics carry a code and parameters, never prose; the catalog turns
// them into a message in Chinese (first) or English. Catalogs are data
// (schemas/messages/*.json, compiled in): later layers add their own codes
// with Add(), and a code with no message falls back to the code itself.
//
//   const MessageCatalog& messages = MessageCatalog::Builtin();
//   messages.Render(diagnostic, "zh");  // "至少填写 2 个字（当前 1 个）"
//
// Templates use {name} for a parameter and {name|term} to translate it first
// through the language's term table (type names: "string" → "文本").
#pragma once

#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics/diagnostic.h"

namespace yaosu {

class MessageCatalog {
 public:
  // Builtin: the catalogs compiled into the library (parser and schema engine).
  static const MessageCatalog& Builtin();

  // Add: merges a catalog document {"terms": {lang: {term: text}}, "messages":
  // {code: {lang: template}}}. Returns diagnostics for a malformed document.
  Diagnostics Add(const nlohmann::json& catalog);

  // Render: the message for `diagnostic` in `language` ("zh" or "en"); falls
  // back to the other language, then to the code.
  std::string Render(const Diagnostic& diagnostic, std::string_view language) const;

 private:
  std::string Fill(const std::string& pattern, const nlohmann::json& params, std::string_view language) const;
  std::string Term(const nlohmann::json& value, std::string_view language, bool translate) const;

  std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> messages_;  // code → lang → text
  std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> terms_;  // lang → term → text
};

// ToJsonWithMessages: the diagnostics as ToJson gives them, each with a
// "message": {"zh": ..., "en": ...} rendered by `catalog`.
nlohmann::json ToJsonWithMessages(const Diagnostics& diagnostics,
                                  const MessageCatalog& catalog = MessageCatalog::Builtin());

}  // namespace yaosu

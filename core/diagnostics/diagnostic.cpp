#include "core/diagnostics/diagnostic.h"

#include <algorithm>

namespace yaosu {

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "error";
}

nlohmann::json ToJson(const Diagnostic& diagnostic) {
  nlohmann::json out = {
      {"code", diagnostic.code},
      {"severity", SeverityName(diagnostic.severity)},
      {"instanceLocation", diagnostic.instance_location},
      {"keywordLocation", diagnostic.keyword_location},
  };
  if (!diagnostic.absolute_keyword_location.empty()) {
    out["absoluteKeywordLocation"] = diagnostic.absolute_keyword_location;
  }
  out["params"] = diagnostic.params;
  return out;
}

nlohmann::json ToJson(const Diagnostics& diagnostics) {
  nlohmann::json out = nlohmann::json::array();
  for (const Diagnostic& d : diagnostics) out.push_back(ToJson(d));
  return out;
}

bool HasErrors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

}  // namespace yaosu

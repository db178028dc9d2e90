#include "cli/diagnostic_text.h"

#include "core/diagnostics/message_catalog.h"

namespace yaosu::cli {
namespace {

std::string ParamText(const nlohmann::json& params, const char* key) {
  if (!params.contains(key)) return "";
  const nlohmann::json& value = params[key];
  return value.is_string() ? value.get<std::string>() : DumpJson(value);
}

}  // namespace

std::string DumpJson(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string DescribeSchemaDiagnostic(const Diagnostic& diagnostic) {
  std::string line;
  if (diagnostic.severity != Severity::kError) line += std::string(SeverityName(diagnostic.severity)) + " ";
  // The sentence first (Chinese, as the forms are), then the stable code for scripts and searches.
  line += MessageCatalog::Builtin().Render(diagnostic, "zh") + " [" + diagnostic.code;
  if (!diagnostic.keyword_location.empty()) line += " at " + diagnostic.keyword_location;
  return line + "]";
}

std::string DescribeDiagnostic(const Diagnostic& diagnostic) {
  const std::string where =
      diagnostic.instance_location.empty() ? std::string("(document)") : diagnostic.instance_location;
  return where + ": " + DescribeSchemaDiagnostic(diagnostic);
}

std::string DescribeInputProblem(const std::string& name, const Diagnostics& diagnostics) {
  if (diagnostics.empty()) return name + ": cannot parse JSON";
  const Diagnostic& first = diagnostics.front();
  const nlohmann::json& params = first.params;
  std::string text = name;
  if (params.contains("line") && params.contains("column")) {
    text += ":" + ParamText(params, "line") + ":" + ParamText(params, "column");
  }
  if (first.code == "json.syntax") return text + ": malformed JSON: " + ParamText(params, "message");
  if (first.code == "json.duplicate_key") return text + ": duplicate object key \"" + ParamText(params, "key") + "\"";
  if (first.code == "json.too_deep") return text + ": nested deeper than " + ParamText(params, "limit") + " levels";
  if (first.code == "json.too_large") return text + ": larger than " + ParamText(params, "limit") + " bytes";
  if (first.code == "json.string_too_long")
    return text + ": a string longer than " + ParamText(params, "limit") + " bytes";
  if (first.code == "json.array_too_long")
    return text + ": an array of more than " + ParamText(params, "limit") + " items";
  if (first.code == "json.too_many_values") return text + ": more than " + ParamText(params, "limit") + " values";
  return text + ": " + first.code + " " + DumpJson(params);
}

}  // namespace yaosu::cli

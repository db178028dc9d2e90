#include "cli/form_validate_command.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "cli/case_library_input.h"
#include "cli/diagnostic_text.h"
#include "cli/exit_codes.h"
#include "cli/json_input.h"
#include "core/law/decimal.h"

namespace yaosu::cli {
namespace {

using nlohmann::json;

std::string Label(const json& label, const std::string& language) {
  return label.contains(language) ? label[language].get<std::string>() : label.value("zh", "");
}

// ComputedText: a computed value as a clerk reads it (fen as yuan).
std::string ComputedText(const json& value, const std::string& unit) {
  if (value.is_null()) return "—";
  if (unit == "fen" && value.is_number_integer()) return law::FormatFen(value.get<int64_t>());
  if (unit == "calculation" && value.is_object()) {
    std::string text = value.value("display", "");
    for (const json& step : value.value("steps", json::array()))
      text += "\n      " + (step.is_string() ? step.get<std::string>() : DumpJson(step));
    return text;
  }
  return value.is_string() ? value.get<std::string>() : DumpJson(value);
}

void PrintHuman(const std::string& name, const cases::CaseForm& form, const cases::FormResult& result,
                const std::string& language, std::ostream& out) {
  const auto count = [&](Severity severity) {
    return std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                         [&](const Diagnostic& d) { return d.severity == severity; });
  };
  out << name << ": " << (result.valid ? "valid" : "invalid") << " (" << count(Severity::kError) << " errors, "
      << count(Severity::kWarning) << " warnings, " << count(Severity::kInfo) << " notes)\n";
  for (const Diagnostic& diagnostic : result.diagnostics) {
    const std::string where = diagnostic.instance_location.empty() ? "/" : diagnostic.instance_location;
    out << "  " << SeverityName(diagnostic.severity) << "  " << where << "  " << diagnostic.code << "  "
        << form.messages().Render(diagnostic, language) << "\n";
  }
  for (const json& entry : form.computed().Describe()) {
    const std::string id = entry["id"].get<std::string>();
    out << "  = " << Label(entry["label"], language) << ": "
        << ComputedText(result.computed.value(id, json()), entry["unit"].get<std::string>()) << "\n";
  }
}

int ValidateOne(const std::string& path, const cases::CaseForm& form, const ValidateArguments& args, std::ostream& out,
                std::ostream& err) {
  const std::string name = DisplayName(path);
  json instance;
  std::string error;
  if (!LoadJsonInput(path, instance, error)) {
    err << "yaosu: " << error << "\n";
    if (args.json_output) out << DumpJson({{"file", name}, {"inputError", error}}) << "\n";
    return kExitUsage;
  }
  const cases::FormResult result = form.Validate(instance);
  if (args.json_output) {
    json output = form.Identity();
    output["file"] = name;
    output.update(result.ToJson(form.messages()));
    out << DumpJson(output) << "\n";
  } else {
    PrintHuman(name, form, result, args.language, out);
  }
  return result.valid ? kExitValid : kExitInvalid;
}

}  // namespace

int ValidateForms(const ValidateArguments& args, std::ostream& out, std::ostream& err) {
  const cases::CaseLibrary* library = LoadCaseLibrary(args.schemas_folder, err);
  if (library == nullptr) return kExitUsage;
  const cases::CaseForm* form = FindCaseForm(*library, args.case_type, args.form, err);
  if (form == nullptr) return kExitUsage;
  int status = kExitValid;  // the worst of all files: 2 over 1 over 0
  for (const std::string& path : args.instance_paths) {
    status = std::max(status, ValidateOne(path, *form, args, out, err));
  }
  out.flush();
  return status;
}

}  // namespace yaosu::cli

#include "cli/file_command.h"

#include <chrono>
#include <ctime>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli/case_library_input.h"
#include "cli/diagnostic_text.h"
#include "cli/exit_codes.h"
#include "cli/json_input.h"
#include "cli/option_words.h"
#include "core/filing/canonical_json.h"
#include "core/filing/filing.h"

namespace yaosu::cli {
namespace {

constexpr const char* kFileUsage =
    "usage: yaosu file --case CASE_TYPE --form complaint|answer [--created-at TIME] [-o OUT] [--json] FILE\n"
    "  Checks FILE (form data, - for stdin) against its case type and, when it has no error,\n"
    "  writes the filing: canonical JSON (RFC 8785) with a SHA-256 digest, to OUT or stdout.\n"
    "  --created-at TIME   RFC 3339 date-time recorded in the filing (default: now, UTC);\n"
    "                      give it to get the same bytes from the same input\n"
    "  --schemas DIR       case types from DIR instead of the built-in ones\n"
    "  --json              when refused, print {\"ok\": false, \"diagnostics\": [...]} instead of lines\n"
    "Exit status: 0 filing written, 1 the form has errors (listed), 2 usage error or unreadable input.\n";

struct FileArguments {
  std::string case_type, form, created_at, output, schemas_folder, input;
  bool json_output = false;
};

std::string UtcNow() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

bool Parse(const std::vector<std::string>& args, FileArguments& parsed, std::string& error) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    std::string* field = IsOption(word, "--case")         ? &parsed.case_type
                         : IsOption(word, "--form")       ? &parsed.form
                         : IsOption(word, "--created-at") ? &parsed.created_at
                         : IsOption(word, "--schemas")    ? &parsed.schemas_folder
                         : IsOption(word, "-o")           ? &parsed.output
                                                          : nullptr;
    if (field != nullptr) {
      const std::string name = word.substr(0, word.find('='));
      if (!OptionValue(args, i, name, *field) || field->empty()) {
        error = name + " needs a value";
        return false;
      }
    } else if (word == "--json") {
      parsed.json_output = true;
    } else if (word == "-" || word.empty() || word[0] != '-') {
      if (!parsed.input.empty()) {
        error = "one form at a time";
        return false;
      }
      parsed.input = word;
    } else {
      error = "unknown option " + word;
      return false;
    }
  }
  if (parsed.case_type.empty() || parsed.form.empty() || parsed.input.empty()) {
    error = "--case, --form and a FILE are required";
    return false;
  }
  return true;
}

}  // namespace

int RunFile(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
    out << kFileUsage;
    return kExitValid;
  }
  FileArguments parsed;
  std::string error;
  if (!Parse(args, parsed, error)) {
    err << "yaosu file: " << error << "\n\n" << kFileUsage;
    return kExitUsage;
  }
  const cases::CaseLibrary* library = LoadCaseLibrary(parsed.schemas_folder, err);
  if (library == nullptr) return kExitUsage;
  const cases::CaseForm* form = FindCaseForm(*library, parsed.case_type, parsed.form, err);
  if (form == nullptr) return kExitUsage;
  nlohmann::json instance;
  if (!LoadJsonInput(parsed.input, instance, error)) {
    err << "yaosu: " << error << "\n";
    return kExitUsage;
  }
  Result<nlohmann::json> filing =
      filing::Produce(*form, instance, parsed.created_at.empty() ? UtcNow() : parsed.created_at);
  Result<std::string> text = filing.ok() ? filing::CanonicalJson(*filing) : Result<std::string>(filing.diagnostics());
  if (!text.ok()) {
    if (parsed.json_output) {
      out << DumpJson({{"ok", false}, {"diagnostics", ToJsonWithMessages(text.diagnostics(), form->messages())}}) << "\n";
    } else {
      err << DisplayName(parsed.input) << ": refused, the form has errors:\n";
      for (const Diagnostic& d : text.diagnostics()) {
        err << "  " << (d.instance_location.empty() ? "/" : d.instance_location) << "  " << d.code << "  "
            << form->messages().Render(d, "zh") << "\n";
      }
    }
    return kExitInvalid;
  }
  if (parsed.output.empty()) {
    out << *text << "\n";
    return kExitValid;
  }
  std::ofstream file(parsed.output, std::ios::binary);
  file << *text << "\n";
  file.close();
  if (!file) {
    err << "yaosu: cannot write " << parsed.output << "\n";
    return kExitUsage;
  }
  return kExitValid;
}

}  // namespace yaosu::cli

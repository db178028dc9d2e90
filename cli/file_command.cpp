#include "cli/file_command.h"

#include <algorithm>
#include <fstream>
#include <optional>

#include <nlohmann/json.hpp>

#include "cli/case_library_input.h"
#include "cli/command_options.h"
#include "cli/diagnostic_text.h"
#include "cli/exit_codes.h"
#include "cli/file_batch_command.h"
#include "cli/json_input.h"
#include "cli/utc_now.h"
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
    "Exit status: 0 filing written, 1 the form has errors (listed), 2 usage error or unreadable input.\n"
    "A table of cases: yaosu file --batch TABLE.csv ... (yaosu file --batch --help).\n";

struct FileArguments {
  std::string case_type, form, created_at, output, schemas_folder, input;
  bool json_output = false;
};

// Help is asked for alone (RunFile); elsewhere --help is an unknown option.
const CommandSyntax kFileSyntax{.options = {{"--case", OptionKind::kValue},
                                            {"--form", OptionKind::kValue},
                                            {"--created-at", OptionKind::kValue},
                                            {"--schemas", OptionKind::kValue},
                                            {"-o", OptionKind::kValue},
                                            {"--json"}},
                                .max_operands = 1,
                                .help_words = false,
                                .empty_is_missing = true};

bool Parse(const std::vector<std::string>& args, FileArguments& parsed, std::string& error) {
  ParsedOptions options;
  if (const std::optional<OptionProblem> problem = ParseOptions(args, kFileSyntax, options)) {
    switch (problem->kind) {
      case OptionProblem::Kind::kMissingValue: error = problem->name + " needs a value"; break;
      case OptionProblem::Kind::kExtraOperand: error = "one form at a time"; break;
      default: error = "unknown option " + problem->word;
    }
    return false;
  }
  parsed.case_type = options.Value("--case");
  parsed.form = options.Value("--form");
  parsed.created_at = options.Value("--created-at");
  parsed.schemas_folder = options.Value("--schemas");
  parsed.output = options.Value("-o");
  parsed.json_output = options.Has("--json");
  if (!options.operands.empty()) parsed.input = options.operands[0];
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
  if (std::any_of(args.begin(), args.end(), [](const std::string& arg) { return arg.starts_with("--batch"); })) {
    return RunFileBatch(args, out, err);
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
      out << DumpJson({{"ok", false}, {"diagnostics", ToJsonWithMessages(text.diagnostics(), form->messages())}})
          << "\n";
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

#include "cli/cases_command.h"

#include <nlohmann/json.hpp>

#include "cli/case_library_input.h"
#include "cli/case_type_tools.h"
#include "cli/command_options.h"
#include "cli/diagnostic_text.h"
#include "cli/exit_codes.h"

namespace yaosu::cli {
namespace {

using nlohmann::json;

constexpr const char* kCasesUsage =
    "usage: yaosu cases [--json] [--all] [--schemas DIR]\n"
    "       yaosu cases --check [DIR] [--json]\n"
    "       yaosu cases --expand OUT [--schemas DIR]\n"
    "       yaosu cases --table CASE_TYPE.FORM [--entries N] [--json] [--schemas DIR]\n"
    "  Lists the case types and forms installed, each in its newest version: case type, form, id,\n"
    "  version, title, template batch.\n"
    "  --all           also the published earlier versions, kept so earlier filings still verify\n"
    "  --json          one JSON array\n"
    "  --schemas DIR   the case types of DIR (laid out like schemas/) instead of the built-in ones\n"
    "  --check [DIR]   an author's checks before any test (schemas/cases/README.md): every file follows\n"
    "                  its meta-schema and every include resolves, every var a rule reads is declared,\n"
    "                  every row, field and choice has words, titles carry no numbers, numbering and\n"
    "                  the answer's mirror of its complaint are consistent; exit 1 on any problem\n"
    "  --expand OUT    write every composed form out as a published version: OUT/<type>/<version>/<form>/\n"
    "  --table CASE_TYPE.FORM   the header of a blank batch table for `yaosu file --batch` (CSV, UTF-8 with\n"
    "                  BOM): one column per element, `label [key]`, each list to N entries (--entries, default 2;\n"
    "                  more columns of the same kind may be added, numbered on); --json: the columns with their\n"
    "                  keys, words, types and choices\n"
    "Exit status: 0, 1 for --check problems, or 2 for a usage error or a folder that cannot be read.\n";

const CommandSyntax kCasesSyntax{.options = {{"--json"},
                                             {"--all"},
                                             {"--check", OptionKind::kOptionalValue},
                                             {"--expand", OptionKind::kValue},
                                             {"--table", OptionKind::kValue},
                                             {"--entries", OptionKind::kValue},
                                             {"--schemas", OptionKind::kValue}},
                                 .max_operands = 0,
                                 .empty_is_missing = true};

}  // namespace

int RunCases(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ParsedOptions options;
  if (const std::optional<OptionProblem> problem = ParseOptions(args, kCasesSyntax, options)) {
    err << "yaosu cases: unexpected " << problem->word << "\n\n" << kCasesUsage;
    return kExitUsage;
  }
  if (options.help) {
    out << kCasesUsage;
    return kExitValid;
  }
  const bool json_output = options.Has("--json");
  const bool all_versions = options.Has("--all");
  const bool check = options.Has("--check");
  const std::string expand_folder = options.Value("--expand");
  std::string schemas_folder;  // --check DIR and --schemas DIR name the same folder: the last one given counts
  for (const auto& [name, value] : options.given) {
    if (name == "--schemas" || (name == "--check" && !value.empty())) schemas_folder = value;
  }
  if (check) return CheckCaseTypes(schemas_folder, json_output, out, err);
  if (!expand_folder.empty()) return ExpandCaseTypes(schemas_folder, expand_folder, out, err);
  if (options.Has("--table")) {
    return PrintBatchTable(schemas_folder, options.Value("--table"), options.Value("--entries"), json_output, out, err);
  }
  const cases::CaseLibrary* library = LoadCaseLibrary(schemas_folder, err);
  if (library == nullptr) return kExitUsage;
  const json list = library->Summaries(all_versions);
  if (json_output) {
    out << DumpJson(list) << "\n";
    return kExitValid;
  }
  for (const json& entry : list) {
    out << entry["case_type"].get<std::string>() << "  " << entry["form"].get<std::string>() << "  "
        << entry["version"].get<std::string>() << "  " << entry["title"]["zh"].get<std::string>() << "  ("
        << entry["rows"].get<std::size_t>() << " rows, " << entry["template"]["batch"].get<std::string>()
        << " template)\n";
  }
  return kExitValid;
}

}  // namespace yaosu::cli

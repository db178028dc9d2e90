#include "cli/validate_arguments.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "cli/command_options.h"
#include "cli/json_input.h"

namespace yaosu::cli {
namespace {

// SplitReference: "URI=FILE" at the last '=', since URIs (queries) may
// contain '=' more often than file names do.
bool SplitReference(const std::string& text, SchemaReference& reference) {
  const std::size_t equals = text.rfind('=');
  if (equals == std::string::npos || equals == 0 || equals + 1 == text.size()) return false;
  reference.uri = text.substr(0, equals);
  reference.path = text.substr(equals + 1);
  return true;
}

const CommandSyntax kValidateSyntax{.options = {{"--format-assertion"},
                                                {"--json"},
                                                {"--schema", OptionKind::kValue},
                                                {"--ref", OptionKind::kValue},
                                                {"--case", OptionKind::kValue},
                                                {"--form", OptionKind::kValue},
                                                {"--lang", OptionKind::kValue},
                                                {"--schemas", OptionKind::kValue}},
                                    .double_dash_ends = true,
                                    .empty_is_missing = true};

// ProblemText: what a word the options reader could not read means here.
std::string ProblemText(const OptionProblem& problem) {
  if (problem.kind != OptionProblem::Kind::kMissingValue) return "unknown option " + problem.word;
  if (problem.name == "--schema") return "--schema needs a file";
  if (problem.name == "--ref") return "--ref needs URI=FILE";
  return problem.name + " needs a value";
}

}  // namespace

const char* const kValidateUsage =
    "usage: yaosu validate --case CASE_TYPE --form complaint|answer [--lang zh|en] [--schemas DIR] [--json] FILE...\n"
    "       yaosu validate --schema SCHEMA.json [--ref URI=FILE]... [--format-assertion] [--json] INSTANCE...\n"
    "\n"
    "With --case: checks each filled form (a JSON file, or - for stdin) against its case type — the\n"
    "data schema, every rule and computed value — and prints each problem with its element (JSON\n"
    "Pointer), code, severity and message. `yaosu cases` lists the case types.\n"
    "  --case CASE_TYPE      e.g. private-lending, sales-contract\n"
    "  --form FORM           complaint or answer\n"
    "  --lang zh|en          the language of messages (default zh)\n"
    "  --schemas DIR         load case types from DIR (laid out like schemas/: cases/, and common/ and\n"
    "                        meta/yaosu/ where they differ from the built-in ones) instead of the built-in ones\n"
    "  --json                one JSON object per file: {file, id, case_type, form, version, valid, diagnostics, "
    "computed, states}\n"
    "\n"
    "With --schema: validates each INSTANCE against SCHEMA (JSON Schema 2020-12).\n"
    "\n"
    "  --schema FILE         the schema (- reads it from stdin)\n"
    "  --ref URI=FILE        register FILE under URI so $ref can reach it (repeatable)\n"
    "  --format-assertion    check \"format\" instead of treating it as an annotation\n"
    "  --json                print JSON Schema's basic output, one JSON object per line per instance\n"
    "\n"
    "Exit status: 0 all valid, 1 some instance invalid, 2 usage error or unreadable input.\n";

bool ParseValidateArguments(const std::vector<std::string>& args, ValidateArguments& parsed, std::string& error) {
  ParsedOptions options;
  if (const std::optional<OptionProblem> problem = ParseOptions(args, kValidateSyntax, options)) {
    error = ProblemText(*problem);
    return false;
  }
  if (options.help) {
    parsed.show_help = true;
    return true;
  }
  parsed.instance_paths = options.operands;
  parsed.format_assertion = options.Has("--format-assertion");
  parsed.json_output = options.Has("--json");
  parsed.schema_path = options.Value("--schema");
  parsed.case_type = options.Value("--case");
  parsed.form = options.Value("--form");
  if (options.Has("--lang")) parsed.language = options.Value("--lang");
  parsed.schemas_folder = options.Value("--schemas");
  for (const std::string& value : options.Values("--ref")) {
    SchemaReference reference;
    if (!SplitReference(value, reference)) {
      error = "--ref needs URI=FILE";
      return false;
    }
    parsed.references.push_back(std::move(reference));
  }
  if (!parsed.case_type.empty() || !parsed.form.empty()) {
    if (parsed.case_type.empty() || parsed.form.empty()) {
      error = "--case and --form go together";
      return false;
    }
    if (!parsed.schema_path.empty() || !parsed.references.empty() || parsed.format_assertion) {
      error = "--case checks a form against its case type; --schema, --ref and --format-assertion do not apply";
      return false;
    }
  } else if (parsed.schema_path.empty()) {
    error = "--schema (or --case and --form) is required";
    return false;
  }
  if (parsed.language != "zh" && parsed.language != "en") {
    error = "--lang is zh or en";
    return false;
  }
  if (parsed.instance_paths.empty()) {
    error = "no instance to validate (name a file, or - for stdin)";
    return false;
  }
  std::size_t stdin_uses =
      static_cast<std::size_t>(std::count(parsed.instance_paths.begin(), parsed.instance_paths.end(), kStdinName));
  if (parsed.schema_path == kStdinName) ++stdin_uses;
  for (const SchemaReference& reference : parsed.references) {
    if (reference.path == kStdinName) ++stdin_uses;
  }
  if (stdin_uses > 1) {
    error = "stdin (-) can be read only once";
    return false;
  }
  return true;
}

}  // namespace yaosu::cli

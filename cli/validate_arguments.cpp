#include "cli/validate_arguments.h"

#include <algorithm>
#include <string_view>

#include "cli/json_input.h"
#include "cli/option_words.h"

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

// CaseOption: the field a form-checking option (--case, --form, --lang, --schemas) sets.
std::string* CaseOption(const std::string& word, ValidateArguments& parsed) {
  if (IsOption(word, "--case")) return &parsed.case_type;
  if (IsOption(word, "--form")) return &parsed.form;
  if (IsOption(word, "--lang")) return &parsed.language;
  if (IsOption(word, "--schemas")) return &parsed.schemas_folder;
  return nullptr;
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
    "  --json                one JSON object per file: {file, id, case_type, form, version, valid, diagnostics, computed, states}\n"
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
  bool options_ended = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (options_ended || word == kStdinName || word.empty() || word[0] != '-') {
      parsed.instance_paths.push_back(word);
    } else if (word == "--") {
      options_ended = true;
    } else if (word == "-h" || word == "--help") {
      parsed.show_help = true;
      return true;
    } else if (word == "--format-assertion") {
      parsed.format_assertion = true;
    } else if (word == "--json") {
      parsed.json_output = true;
    } else if (IsOption(word, "--schema")) {
      if (!OptionValue(args, i, "--schema", parsed.schema_path) || parsed.schema_path.empty()) {
        error = "--schema needs a file";
        return false;
      }
    } else if (std::string* field = CaseOption(word, parsed)) {
      const std::string name = word.substr(0, word.find('='));
      if (!OptionValue(args, i, name, *field) || field->empty()) {
        error = name + " needs a value";
        return false;
      }
    } else if (IsOption(word, "--ref")) {
      std::string value;
      SchemaReference reference;
      if (!OptionValue(args, i, "--ref", value) || !SplitReference(value, reference)) {
        error = "--ref needs URI=FILE";
        return false;
      }
      parsed.references.push_back(std::move(reference));
    } else {
      error = "unknown option " + word;
      return false;
    }
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
  std::size_t stdin_uses = static_cast<std::size_t>(
      std::count(parsed.instance_paths.begin(), parsed.instance_paths.end(), kStdinName));
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

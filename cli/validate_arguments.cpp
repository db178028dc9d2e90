#include "cli/validate_arguments.h"

#include <algorithm>
#include <string_view>

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

// OptionValue: the value of `--name=value` or of `--name value` (consuming the
// next word). False when the value is missing.
bool OptionValue(const std::vector<std::string>& args, std::size_t& i, std::string_view name, std::string& value) {
  const std::string& word = args[i];
  if (word.size() > name.size() && word.compare(0, name.size(), name) == 0 && word[name.size()] == '=') {
    value = word.substr(name.size() + 1);
    return true;
  }
  if (i + 1 >= args.size()) return false;
  value = args[++i];
  return true;
}

bool IsOption(const std::string& word, std::string_view name) {
  return word == name || (word.size() > name.size() && word.compare(0, name.size(), name) == 0 &&
                          word[name.size()] == '=');
}

}  // namespace

const char* const kValidateUsage =
    "usage: yaosu validate --schema SCHEMA.json [--ref URI=FILE]... [--format-assertion] [--json] INSTANCE...\n"
    "\n"
    "Validates each INSTANCE (a JSON file, or - for stdin) against SCHEMA (JSON Schema 2020-12).\n"
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
  if (parsed.schema_path.empty()) {
    error = "--schema is required";
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

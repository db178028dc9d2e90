// File: the command line of `yaosu validate`.
//
//   yaosu validate --case CASE_TYPE --form complaint|answer [--lang zh|en] [--schemas DIR] [--json] FILE...
//   yaosu validate --schema SCHEMA.json [--ref URI=FILE]... [--format-assertion] [--json] INSTANCE...
//
// "-" names stdin (for the schema or one instance, not both). `--opt=value`
// and `--opt value` are both accepted; "--" ends the options.
#pragma once

#include <string>
#include <vector>

namespace yaosu::cli {

// SchemaReference: a document `$ref`s may reach, registered under `uri`.
struct SchemaReference {
  std::string uri;
  std::string path;
};

struct ValidateArguments {
  std::string case_type;  // --case: check forms against a case type (then --form too)
  std::string form;
  std::string language = "zh";
  std::string schemas_folder;  // --schemas: case types from disk instead of the built-in ones
  std::string schema_path;
  std::vector<SchemaReference> references;
  bool format_assertion = false;
  bool json_output = false;
  bool show_help = false;
  std::vector<std::string> instance_paths;
};

// kValidateUsage: the synopsis and options, printed for --help and usage errors.
extern const char* const kValidateUsage;

// ParseValidateArguments: `args` are the words after "validate". False (with
// a message) for a usage error.
bool ParseValidateArguments(const std::vector<std::string>& args, ValidateArguments& parsed, std::string& error);

}  // namespace yaosu::cli

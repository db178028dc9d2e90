// File: reading a command's words — flags, options with a value, operands —
// the one way every `yaosu` command does it. A command declares its options
// and the few points where its syntax differs from the others; what it does
// with a problem (which sentence, whether the synopsis follows) stays its own.
//
//   const CommandSyntax syntax{.options = {{"--json"}, {"--jobs", OptionKind::kValue}}};
//   ParsedOptions parsed;
//   if (const std::optional<OptionProblem> problem = ParseOptions(args, syntax, parsed)) {
//     err << "yaosu verify: unknown option " << problem->word << "\n";
//   }
//   if (parsed.help) ...;   parsed.Has("--json");   parsed.Value("--jobs");   parsed.operands
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace yaosu::cli {

enum class OptionKind {
  kFlag,           // --json
  kValue,          // --jobs N, or --jobs=N where the command allows that form
  kOptionalValue,  // --check [DIR]: the next word, unless it is another --option
};

struct OptionSpec {
  std::string name;
  OptionKind kind = OptionKind::kFlag;
};

// CommandSyntax: a command's options and how it reads its words.
struct CommandSyntax {
  std::vector<OptionSpec> options;
  std::size_t max_operands = std::numeric_limits<std::size_t>::max();
  bool equals_form = true;          // --name=value as well as --name value
  bool help_words = true;           // -h or --help stops the reading and asks for help
  bool double_dash_ends = false;    // "--" makes every later word an operand
  bool empty_is_missing = false;    // --name= (or an empty next word) is no value
  bool refuse_repeats = false;      // a value option given twice is a problem
  std::string option_prefix = "-";  // a word longer than this that starts with it is an option
};

// ParsedOptions: what the words said.
struct ParsedOptions {
  bool help = false;
  std::vector<std::string> operands;                       // in order
  std::vector<std::pair<std::string, std::string>> given;  // (name, value) in order; "" for flags

  // Has: whether the option was given.
  bool Has(std::string_view name) const;
  // Value: its last value, or "" when not given.
  std::string Value(std::string_view name) const;
  // Values: every value it was given, in order (a repeatable option).
  std::vector<std::string> Values(std::string_view name) const;
};

// OptionProblem: the first word that could not be read.
struct OptionProblem {
  enum class Kind {
    kUnknown,       // an option the command does not have (or a form it does not accept)
    kMissingValue,  // a value option at the end, or with an empty value under empty_is_missing
    kRepeated,      // a value option given again under refuse_repeats
    kExtraOperand,  // more operands than max_operands
  };
  Kind kind;
  std::string word;  // as written
  std::string name;  // the option's name, for kMissingValue and kRepeated
};

// ParseOptions: reads `args` into `parsed`; the first problem, if any, stops it.
std::optional<OptionProblem> ParseOptions(const std::vector<std::string>& args, const CommandSyntax& syntax,
                                          ParsedOptions& parsed);

// AsksForHelp: whether any word is -h or --help (for a command that answers help before anything else).
bool AsksForHelp(const std::vector<std::string>& args);

}  // namespace yaosu::cli

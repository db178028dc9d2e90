#include "cli/command_options.h"

#include <algorithm>

namespace yaosu::cli {
namespace {

bool IsHelp(const std::string& word) { return word == "-h" || word == "--help"; }

const OptionSpec* FindOption(const CommandSyntax& syntax, std::string_view name) {
  const auto it = std::find_if(syntax.options.begin(), syntax.options.end(),
                               [&](const OptionSpec& option) { return option.name == name; });
  return it == syntax.options.end() ? nullptr : &*it;
}

OptionProblem Problem(OptionProblem::Kind kind, const std::string& word, std::string name = "") {
  return OptionProblem{.kind = kind, .word = word, .name = std::move(name)};
}

}  // namespace

bool ParsedOptions::Has(std::string_view name) const {
  return std::any_of(given.begin(), given.end(), [&](const auto& option) { return option.first == name; });
}

std::string ParsedOptions::Value(std::string_view name) const {
  const std::vector<std::string> values = Values(name);
  return values.empty() ? "" : values.back();
}

std::vector<std::string> ParsedOptions::Values(std::string_view name) const {
  std::vector<std::string> values;
  for (const auto& [option, value] : given) {
    if (option == name) values.push_back(value);
  }
  return values;
}

std::optional<OptionProblem> ParseOptions(const std::vector<std::string>& args, const CommandSyntax& syntax,
                                          ParsedOptions& parsed) {
  using Kind = OptionProblem::Kind;
  bool options_ended = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (!options_ended && syntax.help_words && IsHelp(word)) {
      parsed.help = true;
      return std::nullopt;
    }
    // "-" (stdin) and "" are operands; so is "-5" where options start with "--".
    const bool option =
        !options_ended && word.size() > syntax.option_prefix.size() && word.starts_with(syntax.option_prefix);
    if (!option) {
      if (parsed.operands.size() >= syntax.max_operands) return Problem(Kind::kExtraOperand, word);
      parsed.operands.push_back(word);
      continue;
    }
    if (syntax.double_dash_ends && word == "--") {
      options_ended = true;
      continue;
    }
    const std::size_t equals = syntax.equals_form ? word.find('=') : std::string::npos;
    const std::string name = word.substr(0, equals);
    const OptionSpec* spec = FindOption(syntax, name);
    if (spec == nullptr || (equals != std::string::npos && spec->kind != OptionKind::kValue)) {
      return Problem(Kind::kUnknown, word);
    }
    std::string value;
    if (spec->kind == OptionKind::kOptionalValue) {
      if (i + 1 < args.size() && !args[i + 1].starts_with("--")) value = args[++i];
    } else if (spec->kind == OptionKind::kValue) {
      if (equals != std::string::npos) {
        value = word.substr(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args[++i];  // whatever it looks like: `--as-of -` is a value
      } else {
        return Problem(Kind::kMissingValue, word, name);
      }
      if (value.empty() && syntax.empty_is_missing) return Problem(Kind::kMissingValue, word, name);
      if (syntax.refuse_repeats && parsed.Has(name)) return Problem(Kind::kRepeated, word, name);
    }
    parsed.given.emplace_back(name, std::move(value));
  }
  return std::nullopt;
}

bool AsksForHelp(const std::vector<std::string>& args) { return std::any_of(args.begin(), args.end(), IsHelp); }

}  // namespace yaosu::cli

#include "cli/rule_command.h"

#include <nlohmann/json.hpp>

#include "cli/command_options.h"
#include "cli/diagnostic_text.h"
#include "cli/exit_codes.h"
#include "cli/json_input.h"
#include "core/json/parse.h"
#include "core/law/legal_operators.h"
#include "core/rules/rule.h"

namespace yaosu::cli {
namespace {

constexpr const char* kRuleUsage =
    "usage: yaosu rule eval RULE [DATA] [--json]\n"
    "  RULE, DATA  JSON text, or @FILE (@- reads stdin); DATA defaults to null\n"
    "  The domain operators of case-type rules (fen, lpr, rate_cap, court_fee, days_between,\n"
    "  add_months, resident_id) are available next to standard JsonLogic.\n"
    "  --json      print {\"result\": ...} or {\"error\": {\"type\": ..., \"message\": ...}}\n"
    "Exit status: 0 a result, 1 a rule error, 2 usage error or unreadable input.\n";

// LoadArgument: JSON text, or the document in @FILE.
bool LoadArgument(const std::string& what, const std::string& arg, nlohmann::json& value, std::ostream& err) {
  std::string error;
  if (!arg.empty() && arg[0] == '@') {
    if (LoadJsonInput(arg.substr(1), value, error)) return true;
    err << "yaosu: " << error << "\n";
    return false;
  }
  Result<nlohmann::json> parsed = ParseJson(arg);
  if (parsed.ok()) {
    value = std::move(parsed).value();
    return true;
  }
  err << "yaosu: " << DescribeInputProblem(what, parsed.diagnostics()) << "\n";
  return false;
}

int Report(const rules::Outcome& outcome, bool json, std::ostream& out, std::ostream& err) {
  if (json) {
    out << DumpJson(outcome.ToJson()) << "\n";
  } else if (outcome.ok()) {
    out << DumpJson(outcome.value()) << "\n";
  } else {
    err << "yaosu: rule error: " << outcome.error().type << ": " << outcome.error().message << "\n";
  }
  return outcome.ok() ? kExitValid : kExitInvalid;
}

}  // namespace

int RunRule(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  // Options start with "--": a word with one dash is JSON text (`yaosu rule eval -5`).
  const CommandSyntax syntax{.options = {{"--json"}}, .option_prefix = "--"};
  ParsedOptions options;
  if (const std::optional<OptionProblem> problem = ParseOptions(args, syntax, options)) {
    err << "yaosu: unknown option " << problem->word << "\n" << kRuleUsage;
    return kExitUsage;
  }
  if (options.help) {
    out << kRuleUsage;
    return kExitValid;
  }
  const bool json = options.Has("--json");
  const std::vector<std::string>& positional = options.operands;
  if (positional.empty() || positional[0] != "eval" || positional.size() < 2 || positional.size() > 3) {
    err << kRuleUsage;
    return kExitUsage;
  }
  nlohmann::json rule_json, data;
  if (!LoadArgument("RULE", positional[1], rule_json, err)) return kExitUsage;
  if (positional.size() == 3 && !LoadArgument("DATA", positional[2], data, err)) return kExitUsage;

  rules::OperatorRegistry registry = rules::OperatorRegistry::WithBuiltins();
  law::RegisterLegalOperators(registry, *law::ParameterSet::Builtin());
  auto rule = rules::Rule::Compile(rule_json, registry);
  if (!rule.ok()) {
    // A rule that does not compile answers like a rule error, typed by its diagnostic.
    const Diagnostic& first = rule.diagnostics().front();
    const std::string type = first.params.contains("type") && first.params["type"].is_string()
                                 ? first.params["type"].get<std::string>()
                                 : first.code;
    const std::string where = first.keyword_location.empty() ? "the rule" : first.keyword_location;
    return Report(rules::MakeError(type, first.code + " at " + where + " " + DumpJson(first.params)), json, out, err);
  }
  return Report(rule->Evaluate(data), json, out, err);
}

}  // namespace yaosu::cli

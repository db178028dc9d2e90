// File: `yaosu calc` (see calc_command.h): parses the options, calls the
// core/law calculator, prints its figure, steps and citations.
#include "cli/calc_command.h"

#include <ctime>
#include <map>
#include <optional>
#include <set>

#include "cli/command_options.h"
#include "cli/diagnostic_text.h"
#include "cli/exit_codes.h"
#include "core/law/decimal.h"
#include "core/law/fees.h"
#include "core/law/interest.h"
#include "core/law/rates.h"

namespace yaosu::cli {
namespace {

using law::Calculation;

constexpr const char* kCalcUsage =
    "usage: yaosu calc <calculator> [options] [--json]\n"
    "  fee              --amount YUAN [--kind property|divorce|personality|non-property|ip|labour|\n"
    "                   administrative-ip|administrative|jurisdiction-objection]\n"
    "                   [--procedure ordinary|simplified|mediation] [--date YYYY-MM-DD]\n"
    "  preservation-fee [--amount YUAN] [--date YYYY-MM-DD]\n"
    "  lpr              --date YYYY-MM-DD [--term 1y|5y]\n"
    "  rate-cap         --contract-date YYYY-MM-DD\n"
    "  interest         --principal YUAN --rate ANNUAL_PERCENT --from YYYY-MM-DD --to YYYY-MM-DD [--basis 360|365]\n"
    "Exit status: 0 a figure, 1 no figure for these facts, 2 bad usage.\n";

// Options: "--name value" pairs plus the --json flag; nullopt (after a message) on a bad word.
struct Options {
  std::map<std::string, std::string> values;
  bool json = false;
};

// ReadOptions: the words after the calculator's name. Only `--name value`, each
// name once, no operands; -h and --help are no options here.
std::optional<Options> ReadOptions(const std::vector<std::string>& args, const std::set<std::string>& allowed,
                                   std::ostream& err) {
  CommandSyntax syntax{
      .options = {{"--json"}}, .max_operands = 0, .equals_form = false, .help_words = false, .refuse_repeats = true};
  for (const std::string& name : allowed) syntax.options.push_back({name, OptionKind::kValue});
  ParsedOptions parsed;
  if (const std::optional<OptionProblem> problem =
          ParseOptions(std::vector<std::string>(args.begin() + 1, args.end()), syntax, parsed)) {
    err << "yaosu calc " << args[0] << ": unexpected \"" << problem->word << "\"\n\n" << kCalcUsage;
    return std::nullopt;
  }
  Options options{.json = parsed.Has("--json")};
  for (const auto& [name, value] : parsed.given) {
    if (name != "--json") options.values[name] = value;
  }
  return options;
}

// Usage: prints why and returns kExitUsage.
int Usage(std::ostream& err, const std::string& why) {
  err << "yaosu calc: " << why << "\n\n" << kCalcUsage;
  return kExitUsage;
}

std::optional<law::CivilDate> DateOption(const Options& o, const std::string& name, bool default_today) {
  const auto it = o.values.find(name);
  if (it == o.values.end()) {
    if (!default_today) return std::nullopt;
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    return law::CivilDate{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday};
  }
  Result<law::CivilDate> d = law::ParseCivilDate(it->second);
  if (!d.ok()) return std::nullopt;
  return *d;
}

int Print(const Result<Calculation>& result, const char* title, const Options& o, std::ostream& out,
          std::ostream& err) {
  if (!result.ok()) {
    if (o.json) {
      out << DumpJson({{"error", ToJson(result.diagnostics())}}) << "\n";
    } else {
      for (const Diagnostic& d : result.diagnostics())
        err << "yaosu calc: " << d.code << " " << DumpJson(d.params) << "\n";
    }
    return kExitInvalid;
  }
  const Calculation& calc = *result;
  if (o.json) {
    out << DumpJson(law::ToJson(calc)) << "\n";
    return kExitValid;
  }
  const char* unit = calc.unit == law::CalculationUnit::kFen ? " 元" : "";
  out << title << "：" << law::Display(calc.value, calc.unit) << unit;
  if (calc.value_max) out << " 至 " << law::Display(*calc.value_max, calc.unit) << unit;
  out << "\n计算步骤:\n";
  for (std::size_t i = 0; i < calc.steps.size(); ++i) out << "  " << i + 1 << ". " << calc.steps[i] << "\n";
  if (!calc.citations.empty()) out << "依据:\n";
  for (const std::string& c : calc.citations) out << "  - " << c << "\n";
  for (const Diagnostic& d : calc.warnings) out << "警告: " << d.code << " " << DumpJson(d.params) << "\n";
  return kExitValid;
}

const law::ParameterSet* Parameters(std::ostream& err) {
  const Result<law::ParameterSet>& set = law::ParameterSet::Builtin();
  if (set.ok()) return &*set;
  for (const Diagnostic& d : set.diagnostics()) err << "yaosu calc: " << d.code << " " << DumpJson(d.params) << "\n";
  return nullptr;
}

int Fee(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, bool preservation) {
  const std::set<std::string> allowed = preservation
                                            ? std::set<std::string>{"--amount", "--date"}
                                            : std::set<std::string>{"--amount", "--kind", "--procedure", "--date"};
  const std::optional<Options> o = ReadOptions(args, allowed, err);
  if (!o) return kExitUsage;
  std::optional<int64_t> amount;
  if (const auto it = o->values.find("--amount"); it != o->values.end()) {
    amount = law::ParseYuan(it->second);
    if (!amount) return Usage(err, "--amount takes yuan with at most two decimals, e.g. 12345.67");
  }
  const std::optional<law::CivilDate> as_of = DateOption(*o, "--date", true);
  if (!as_of) return Usage(err, "--date takes YYYY-MM-DD");
  const law::ParameterSet* params = Parameters(err);
  if (!params) return kExitUsage;
  if (preservation) return Print(law::PreservationFee(*params, amount, *as_of), "申请保全费", *o, out, err);
  law::FeeRequest request{.amount_fen = amount, .as_of = *as_of};
  if (const auto it = o->values.find("--kind"); it != o->values.end()) {
    const std::optional<law::FeeKind> kind = law::ParseFeeKind(it->second);
    if (!kind) return Usage(err, "unknown --kind \"" + it->second + "\"");
    request.kind = *kind;
  }
  if (const auto it = o->values.find("--procedure"); it != o->values.end()) {
    if (it->second == "simplified") {
      request.procedure = law::Procedure::kSimplified;
    } else if (it->second == "mediation") {
      request.procedure = law::Procedure::kMediationOrWithdrawal;
    } else if (it->second != "ordinary") {
      return Usage(err, "--procedure takes ordinary, simplified or mediation");
    }
  }
  if (request.kind == law::FeeKind::kProperty && !amount) return Usage(err, "fee for a property case needs --amount");
  return Print(law::CourtFee(*params, request), "案件受理费", *o, out, err);
}

int Lpr(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const std::optional<Options> o = ReadOptions(args, {"--date", "--term"}, err);
  if (!o) return kExitUsage;
  const std::optional<law::CivilDate> date = DateOption(*o, "--date", false);
  if (!date) return Usage(err, "lpr needs --date YYYY-MM-DD");
  const auto term_it = o->values.find("--term");
  const std::optional<law::LprTerm> term = law::ParseLprTerm(term_it == o->values.end() ? "1y" : term_it->second);
  if (!term) return Usage(err, "--term takes 1y or 5y");
  const law::ParameterSet* params = Parameters(err);
  if (!params) return kExitUsage;
  return Print(law::LprOn(*params, *date, *term), "贷款市场报价利率（LPR）", *o, out, err);
}

int RateCap(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const std::optional<Options> o = ReadOptions(args, {"--contract-date"}, err);
  if (!o) return kExitUsage;
  const std::optional<law::CivilDate> date = DateOption(*o, "--contract-date", false);
  if (!date) return Usage(err, "rate-cap needs --contract-date YYYY-MM-DD");
  const law::ParameterSet* params = Parameters(err);
  if (!params) return kExitUsage;
  return Print(law::RateCap(*params, *date), "民间借贷利率保护上限（年利率）", *o, out, err);
}

int Interest(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const std::optional<Options> o = ReadOptions(args, {"--principal", "--rate", "--from", "--to", "--basis"}, err);
  if (!o) return kExitUsage;
  const auto get = [&o](const char* name) {
    const auto it = o->values.find(name);
    return it == o->values.end() ? std::string() : it->second;
  };
  const std::optional<int64_t> principal = law::ParseYuan(get("--principal"));
  if (!principal) return Usage(err, "--principal takes yuan with at most two decimals");
  const std::optional<int64_t> rate = law::ParsePercent(get("--rate"));
  if (!rate) return Usage(err, "--rate takes an annual percentage with at most four decimals, e.g. 15.4");
  const std::optional<law::CivilDate> from = DateOption(*o, "--from", false);
  const std::optional<law::CivilDate> to = DateOption(*o, "--to", false);
  if (!from || !to) return Usage(err, "interest needs --from and --to as YYYY-MM-DD");
  const std::string basis = get("--basis");
  if (!basis.empty() && basis != "360" && basis != "365") return Usage(err, "--basis takes 360 or 365");
  law::InterestRequest request{.principal_fen = *principal,
                               .rate_ppm = *rate,
                               .from = *from,
                               .to = *to,
                               .basis = basis == "360" ? law::DayCountBasis::k360 : law::DayCountBasis::k365};
  return Print(law::SimpleInterest(request), "利息", *o, out, err);
}

}  // namespace

int RunCalc(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty()) return Usage(err, "which calculator?");
  const std::string& which = args[0];
  if (which == "--help" || which == "-h" || which == "help") {
    out << kCalcUsage;
    return kExitValid;
  }
  if (which == "fee") return Fee(args, out, err, false);
  if (which == "preservation-fee") return Fee(args, out, err, true);
  if (which == "lpr") return Lpr(args, out, err);
  if (which == "rate-cap") return RateCap(args, out, err);
  if (which == "interest") return Interest(args, out, err);
  return Usage(err, "unknown calculator \"" + which + "\"");
}

}  // namespace yaosu::cli

#include "cli/check_id_command.h"

#include <iterator>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cli/command_options.h"
#include "cli/diagnostic_text.h"
#include "cli/exit_codes.h"
#include "core/diagnostics/message_catalog.h"
#include "core/law/civil_date.h"
#include "core/law/identifiers/chinese_formats.h"
#include "core/law/identifiers/identifier_report.h"

namespace yaosu::cli {
namespace {

constexpr const char* kCheckIdUsage =
    "usage: yaosu check-id VALUE [--json] [--as-of YYYY-MM-DD]\n"
    "  VALUE   a resident ID (18 or 15 digits), unified social credit code, mobile or\n"
    "          landline number; - reads it from stdin\n"
    "  --json  print {\"kind\", \"valid\", \"reason\", \"birth_date\", \"sex\", \"region\", ...}\n"
    "  --as-of judge ID birth dates against this day (default: today in China)\n"
    "Exit status: 0 valid, 1 invalid, 2 usage error.\n";

struct CheckIdArguments {
  std::string value;
  bool json = false;
  law::CivilDate as_of;
};

// ParseArguments: the arguments, or nullopt after printing why they are unusable.
std::optional<CheckIdArguments> ParseArguments(const std::vector<std::string>& args, std::istream& in,
                                               std::ostream& err) {
  // Only the spaced form `--as-of DATE`; help is answered before reading (RunCheckId).
  const CommandSyntax syntax{.options = {{"--json"}, {"--as-of", OptionKind::kValue}},
                             .max_operands = 1,
                             .equals_form = false,
                             .help_words = false};
  ParsedOptions options;
  if (const std::optional<OptionProblem> problem = ParseOptions(args, syntax, options)) {
    err << "yaosu check-id: unexpected argument \"" << problem->word << "\"\n" << kCheckIdUsage;
    return std::nullopt;
  }
  CheckIdArguments parsed{.json = options.Has("--json"), .as_of = law::ChinaToday()};
  for (const std::string& text : options.Values("--as-of")) {
    const std::optional<law::CivilDate> date = law::ParseIsoDate(text);
    if (!date) {
      err << "yaosu check-id: --as-of wants a date YYYY-MM-DD, not \"" << text << "\"\n";
      return std::nullopt;
    }
    parsed.as_of = *date;
  }
  std::optional<std::string> value;
  if (!options.operands.empty()) value = options.operands[0];
  if (value == "-") {
    // A piped value ends with a newline; surrounding blanks are not part of it.
    const std::string text(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>{});
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    value = first == std::string::npos ? "" : text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
  }
  if (!value || value->empty()) {
    err << kCheckIdUsage;
    return std::nullopt;
  }
  parsed.value = *value;
  return parsed;
}

std::string_view KindLabel(const nlohmann::json& kind) {
  if (kind == "cn-resident-id") return "居民身份证号码 resident ID";
  if (kind == "cn-uscc") return "统一社会信用代码 unified social credit code";
  if (kind == "cn-mobile") return "手机号码 mobile number";
  if (kind == "cn-landline") return "固定电话 landline number";
  return "unrecognised value";
}

// Messages: the reason as sentences, {"zh", "en"}.
nlohmann::json Messages(const nlohmann::json& report) {
  const Diagnostic diagnostic{
      .code = law::FormatReasonCode(report["kind"].get<std::string>(), report["reason"].get<std::string>()),
      .params = report["params"]};
  const MessageCatalog& catalog = MessageCatalog::Builtin();
  return {{"zh", catalog.Render(diagnostic, "zh")}, {"en", catalog.Render(diagnostic, "en")}};
}

void PrintField(std::ostream& out, std::string_view label, const nlohmann::json& report, const char* key) {
  const auto field = report.find(key);
  if (field == report.end() || field->is_null()) return;
  out << "  " << label << (field->is_string() ? field->get<std::string>() : DumpJson(*field));
  if (std::string_view(key) == "region") {
    if (const auto province = report.find("province"); province != report.end() && province->is_string()) {
      out << " " << province->get<std::string>();
    }
  }
  out << "\n";
}

void PrintHuman(const std::string& value, const nlohmann::json& report, std::ostream& out) {
  out << value << ": " << (report["valid"] == true ? "valid" : "invalid") << " " << KindLabel(report["kind"]) << " ("
      << report["kind"].get<std::string>() << ")\n";
  if (report.contains("message")) {
    out << "  " << (report["valid"] == true ? "warning:    " : "reason:     ") << report["reason"].get<std::string>()
        << " — " << report["message"]["zh"].get<std::string>() << "\n";
  }
  PrintField(out, "region:     ", report, "region");
  PrintField(out, "birth date: ", report, "birth_date");
  PrintField(out, "sex:        ", report, "sex");
  PrintField(out, "area code:  ", report, "area_code");
  PrintField(out, "number:     ", report, "number");
  PrintField(out, "extension:  ", report, "extension");
  if (const auto authority = report.find("registration_authority"); authority != report.end()) {
    out << "  authority:  " << (*authority)["code"].get<std::string>() << " " << (*authority)["name"].get<std::string>()
        << "\n  type:       " << report["organization_type"]["code"].get<std::string>() << " "
        << report["organization_type"]["name"].get<std::string>() << "\n";
  }
}

}  // namespace

int RunCheckId(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  if (AsksForHelp(args)) {
    out << kCheckIdUsage;
    return kExitValid;
  }
  const std::optional<CheckIdArguments> parsed = ParseArguments(args, in, err);
  if (!parsed) return kExitUsage;
  nlohmann::json report = law::DescribeIdentifier(parsed->value, parsed->as_of);
  if (report["reason"].is_string()) report["message"] = Messages(report);
  if (parsed->json) {
    out << DumpJson(report) << "\n";
  } else {
    PrintHuman(parsed->value, report, out);
  }
  return report["valid"] == true ? kExitValid : kExitInvalid;
}

}  // namespace yaosu::cli

#include "cli/compare_command.h"

#include <fstream>
#include <optional>

#include <nlohmann/json.hpp>

#include "cli/case_library_input.h"
#include "cli/command_options.h"
#include "cli/diagnostic_text.h"
#include "cli/exit_codes.h"
#include "cli/json_input.h"
#include "core/filing/compare.h"
#include "core/filing/comparison_document.h"
#include "core/render/html_renderer.h"

namespace yaosu::cli {
namespace {

using nlohmann::json;

constexpr const char* kCompareUsage =
    "usage: yaosu compare [--json] [--html OUT.html] [--schemas DIR] COMPLAINT_FILING ANSWER_FILING\n"
    "  Lines up every complaint element with the defendant's answer row and lists the elements\n"
    "  admitted (undisputed facts), disputed (争议焦点, with both statements), left unanswered,\n"
    "  and the 免责/减责事由 raised. Both filings are verified as well.\n"
    "  --json   one JSON object: {complaint, answer, counts, admitted, disputed, unanswered, exemptions}\n"
    "  --html OUT.html   also write the table as a page a judge can print (A4)\n"
    "Exit status: 0 compared, 1 not a complaint and its answer (or a filing failed verification),\n"
    "2 usage error or unreadable input.\n";

std::string Statement(const json& value) {
  if (value.is_null()) return "（未填写）";
  if (value.is_string()) return value.get<std::string>();
  return DumpJson(value);
}

void PrintHuman(const filing::Comparison& table, std::ostream& out) {
  const json counts = table.ToJson()["counts"];
  out << "无异议 " << counts["admitted"] << " 项，有异议 " << counts["disputed"] << " 项，未答辩 "
      << counts["unanswered"] << " 项，免责/减责事由 " << counts["exemptions"] << " 项\n";
  for (const filing::Verification* check : {&table.complaint, &table.answer}) {
    if (!check->ok)
      out << "注意：" << check->case_identity.value("id", "?") << " 未通过核验（yaosu verify 查看原因）\n";
  }
  out << "\n争议焦点（有异议）：\n";
  for (const filing::ElementComparison& entry : table.elements) {
    if (entry.status != filing::ElementComparison::Status::kDisputed) continue;
    out << "  " << entry.label.value("zh", entry.row) << "\n    原告：" << filing::PlaintiffStatement(table, entry)
        << "\n    被告：" << entry.reasons << "\n";
  }
  out << "\n未答辩：\n";
  for (const filing::ElementComparison& entry : table.elements) {
    if (entry.status == filing::ElementComparison::Status::kUnanswered)
      out << "  " << entry.label.value("zh", entry.row) << "\n";
  }
  out << "\n免责/减责事由：\n";
  for (const filing::Exemption& exemption : table.exemptions) out << "  " << Statement(exemption.statement) << "\n";
}

const CommandSyntax kCompareSyntax{
    .options = {{"--json"}, {"--schemas", OptionKind::kValue}, {"--html", OptionKind::kValue}}};

}  // namespace

int RunCompare(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ParsedOptions options;
  if (const std::optional<OptionProblem> problem = ParseOptions(args, kCompareSyntax, options)) {
    if (problem->kind == OptionProblem::Kind::kMissingValue) {
      err << "yaosu compare: " << problem->name << " needs a value\n";
    } else {
      err << "yaosu compare: unknown option " << problem->word << "\n\n" << kCompareUsage;
    }
    return kExitUsage;
  }
  if (options.help) {
    out << kCompareUsage;
    return kExitValid;
  }
  const bool json_output = options.Has("--json");
  const std::string schemas_folder = options.Value("--schemas");
  const std::string html_path = options.Value("--html");
  const std::vector<std::string>& paths = options.operands;
  if (paths.size() != 2 || (paths[0] == "-" && paths[1] == "-")) {
    err << "yaosu compare: name the complaint filing and the answer filing\n\n" << kCompareUsage;
    return kExitUsage;
  }
  json filings[2];
  for (int i = 0; i < 2; ++i) {
    std::string error;
    if (!LoadJsonInput(paths[i], filings[i], error)) {
      err << "yaosu: " << error << "\n";
      return kExitUsage;
    }
  }
  const cases::CaseLibrary* library = LoadCaseLibrary(schemas_folder, err);
  if (library == nullptr) return kExitUsage;
  Result<filing::Comparison> table = filing::Compare(filings[0], filings[1], *library);
  if (!table.ok()) {
    if (json_output) out << DumpJson({{"ok", false}, {"diagnostics", ToJsonWithMessages(table.diagnostics())}}) << "\n";
    for (const Diagnostic& d : table.diagnostics())
      err << "yaosu compare: " << MessageCatalog::Builtin().Render(d, "zh") << "\n";
    return kExitInvalid;
  }
  if (!html_path.empty()) {
    std::ofstream page(html_path, std::ios::binary);
    page << render::RenderHtml(filing::ComparisonDocument(*table));
    page.close();
    if (!page) {
      err << "yaosu: cannot write " << html_path << "\n";
      return kExitUsage;
    }
  }
  if (json_output) {
    out << DumpJson(table->ToJson()) << "\n";
  } else {
    PrintHuman(*table, out);
  }
  return table->complaint.ok && table->answer.ok ? kExitValid : kExitInvalid;
}

}  // namespace yaosu::cli

#include "cli/render_command.h"

#include <fstream>
#include <optional>

#include <nlohmann/json.hpp>

#include "cli/case_library_input.h"
#include "cli/command_options.h"
#include "cli/exit_codes.h"
#include "cli/json_input.h"
#include "core/filing/filing_document.h"
#include "core/filing/verify.h"
#include "core/render/docx_renderer.h"
#include "core/render/html_renderer.h"

namespace yaosu::cli {
namespace {

constexpr const char* kRenderUsage =
    "usage: yaosu render FILING [--html OUT.html] [--docx OUT.docx] [--schemas DIR]\n"
    "  Prints a filing as the official template's tables: an A4 HTML page (print it to PDF from a\n"
    "  browser) and a DOCX for Word, WPS or LibreOffice, with the digest in the footer. With\n"
    "  neither option the HTML goes to stdout. The filing is verified first; one that fails is\n"
    "  still rendered, with the reasons on stderr and exit status 1.\n"
    "Exit status: 0 rendered, 1 rendered but the filing failed verification, 2 usage error or\n"
    "unreadable input or a case type not installed.\n";

bool WriteFile(const std::string& path, const std::string& bytes, std::ostream& err) {
  std::ofstream file(path, std::ios::binary);
  file << bytes;
  file.close();
  if (!file) err << "yaosu: cannot write " << path << "\n";
  return static_cast<bool>(file);
}

const CommandSyntax kRenderSyntax{
    .options = {{"--html", OptionKind::kValue}, {"--docx", OptionKind::kValue}, {"--schemas", OptionKind::kValue}},
    .max_operands = 1,
    .empty_is_missing = true};

}  // namespace

int RunRender(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ParsedOptions options;
  if (const std::optional<OptionProblem> problem = ParseOptions(args, kRenderSyntax, options)) {
    if (problem->kind == OptionProblem::Kind::kMissingValue) {
      err << "yaosu render: " << problem->name << " needs a file\n";
    } else {
      err << "yaosu render: unexpected " << problem->word << "\n\n" << kRenderUsage;
    }
    return kExitUsage;
  }
  if (options.help) {
    out << kRenderUsage;
    return kExitValid;
  }
  const std::string input = options.operands.empty() ? "" : options.operands[0];
  const std::string html_path = options.Value("--html");
  const std::string docx_path = options.Value("--docx");
  const std::string schemas_folder = options.Value("--schemas");
  if (input.empty()) {
    err << "yaosu render: name a filing\n\n" << kRenderUsage;
    return kExitUsage;
  }
  nlohmann::json filing;
  std::string error;
  if (!LoadJsonInput(input, filing, error)) {
    err << "yaosu: " << error << "\n";
    return kExitUsage;
  }
  const cases::CaseLibrary* library = LoadCaseLibrary(schemas_folder, err);
  if (library == nullptr) return kExitUsage;
  const filing::Verification check = filing::Verify(filing, *library);
  if (check.form == nullptr) {
    err << "yaosu render: " << DisplayName(input) << " names no installed case type and version\n";
    return kExitUsage;
  }
  for (const Diagnostic& problem : check.problems) {
    err << "yaosu render: warning: " << problem.instance_location << " " << check.form->messages().Render(problem, "zh")
        << "\n";
  }
  const render::Document document = filing::FilingDocument(filing, *check.form);
  if (html_path.empty() && docx_path.empty()) out << render::RenderHtml(document);
  if (!html_path.empty() && !WriteFile(html_path, render::RenderHtml(document), err)) return kExitUsage;
  if (!docx_path.empty() && !WriteFile(docx_path, render::RenderDocx(document), err)) return kExitUsage;
  return check.ok ? kExitValid : kExitInvalid;
}

}  // namespace yaosu::cli

#include "cli/render_command.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "cli/case_library_input.h"
#include "cli/exit_codes.h"
#include "cli/json_input.h"
#include "cli/option_words.h"
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

}  // namespace

int RunRender(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string input, html_path, docx_path, schemas_folder;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    std::string* field = IsOption(word, "--html")      ? &html_path
                         : IsOption(word, "--docx")    ? &docx_path
                         : IsOption(word, "--schemas") ? &schemas_folder
                                                       : nullptr;
    if (word == "--help" || word == "-h") {
      out << kRenderUsage;
      return kExitValid;
    } else if (field != nullptr) {
      const std::string name = word.substr(0, word.find('='));
      if (!OptionValue(args, i, name, *field) || field->empty()) {
        err << "yaosu render: " << name << " needs a file\n";
        return kExitUsage;
      }
    } else if ((word == "-" || word.empty() || word[0] != '-') && input.empty()) {
      input = word;
    } else {
      err << "yaosu render: unexpected " << word << "\n\n" << kRenderUsage;
      return kExitUsage;
    }
  }
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
    err << "yaosu render: warning: " << problem.instance_location << " " << check.form->messages().Render(problem, "zh") << "\n";
  }
  const render::Document document = filing::FilingDocument(filing, *check.form);
  if (html_path.empty() && docx_path.empty()) out << render::RenderHtml(document);
  if (!html_path.empty() && !WriteFile(html_path, render::RenderHtml(document), err)) return kExitUsage;
  if (!docx_path.empty() && !WriteFile(docx_path, render::RenderDocx(document), err)) return kExitUsage;
  return check.ok ? kExitValid : kExitInvalid;
}

}  // namespace yaosu::cli

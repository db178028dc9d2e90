#include "cli/case_type_tools.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <system_error>

#include <nlohmann/json.hpp>

#include "cli/case_library_input.h"
#include "cli/diagnostic_text.h"
#include "cli/exit_codes.h"
#include "core/batch/form_table.h"
#include "core/cases/case_library.h"
#include "core/cases/case_type_check.h"
#include "core/cases/source_files.h"

namespace yaosu::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::optional<cases::SourceFiles> Sources(const std::string& schemas_folder, std::ostream& err) {
  if (schemas_folder.empty()) return cases::EmbeddedSources();
  Result<cases::SourceFiles> files = cases::ReadSchemaFolder(schemas_folder);
  if (!files.ok()) {
    err << "yaosu: cannot read the case types in " << schemas_folder << "\n";
    return std::nullopt;
  }
  return cases::WithBuiltinShared(*files);
}

bool Write(const fs::path& path, const std::string& text) {
  std::ofstream file(path, std::ios::binary);
  file << text << "\n";
  return static_cast<bool>(file);
}

}  // namespace

int CheckCaseTypes(const std::string& schemas_folder, bool json_output, std::ostream& out, std::ostream& err) {
  std::optional<cases::SourceFiles> files = Sources(schemas_folder, err);
  if (!files) return kExitUsage;
  const Diagnostics problems = cases::CheckCaseTypes(*files);
  if (json_output) {
    out << DumpJson(ToJsonWithMessages(problems, MessageCatalog::Builtin())) << "\n";
  } else {
    for (const Diagnostic& problem : problems) {
      out << problem.params.value("file", "?") << ": " << DescribeDiagnostic(problem) << "\n";
    }
    const Result<cases::CaseLibrary> library = cases::CaseLibrary::Load(*files);
    std::set<std::string> types;
    if (library.ok()) {
      for (const cases::CaseForm* form : library->CurrentForms()) {
        if (!form->files().schema_text.empty()) types.insert(form->case_type());
      }
    }
    out << (problems.empty() ? "ok: " : "") << types.size() << " composed case type(s) checked, " << problems.size()
        << " problem(s)\n";
  }
  return problems.empty() ? kExitValid : kExitInvalid;
}

int ExpandCaseTypes(const std::string& schemas_folder, const std::string& out_folder, std::ostream& out,
                    std::ostream& err) {
  std::optional<cases::SourceFiles> files = Sources(schemas_folder, err);
  if (!files) return kExitUsage;
  const Result<cases::CaseLibrary> library = cases::CaseLibrary::Load(*files);
  if (!library.ok() || !library.diagnostics().empty()) {
    for (const Diagnostic& problem : library.diagnostics()) err << "yaosu: " << DescribeDiagnostic(problem) << "\n";
    return kExitInvalid;
  }
  int written = 0;
  for (const cases::CaseForm* form : library->CurrentForms()) {
    const cases::FormFiles& source = form->files();
    if (source.schema_text.empty()) continue;  // already a published form
    const fs::path folder = fs::path(out_folder) / form->case_type() / form->version() / form->form();
    std::error_code error;
    fs::create_directories(folder, error);
    json document = source.document;  // as composed; the shared items are added again on loading
    const bool ok =
        !error && Write(folder / "case.json", source.manifest.dump(1)) &&
        Write(folder / "schema.json", nlohmann::ordered_json::parse(source.schema_text, nullptr, false).dump(1)) &&
        Write(folder / "elements.json", source.elements.dump(1)) &&
        Write(folder / "rules.json", source.rules.document.dump(1)) &&
        Write(folder / "computed.json", source.computed.document.dump(1)) &&
        Write(folder / "document.json", document.dump(1)) && Write(folder / "words.json", source.words.dump(1));
    if (!ok) {
      err << "yaosu: cannot write " << folder.string() << "\n";
      return kExitUsage;
    }
    out << folder.string() << "\n";
    ++written;
  }
  out << written << " form(s) written\n";
  return kExitValid;
}

int PrintBatchTable(const std::string& schemas_folder, const std::string& form_id, const std::string& entries,
                    bool json_output, std::ostream& out, std::ostream& err) {
  const std::size_t dot = form_id.rfind('.');
  std::size_t count = 2;
  if (!entries.empty()) {
    count =
        entries.find_first_not_of("0123456789") == std::string::npos && entries.size() <= 4 ? std::stoul(entries) : 0;
    if (count == 0) {
      err << "yaosu cases: --entries takes a number from 1 to 9999\n";
      return kExitUsage;
    }
  }
  if (dot == std::string::npos) {
    err << "yaosu cases: --table names a form as CASE_TYPE.FORM (credit-card.complaint)\n";
    return kExitUsage;
  }
  const cases::CaseLibrary* library = LoadCaseLibrary(schemas_folder, err);
  if (library == nullptr) return kExitUsage;
  const cases::CaseForm* form = FindCaseForm(*library, form_id.substr(0, dot), form_id.substr(dot + 1), err);
  if (form == nullptr) return kExitUsage;
  Result<batch::FormTable> table = batch::FormTable::Of(*form, library->shared_schemas());
  if (!table.ok()) {
    err << "yaosu: " << DescribeDiagnostic(table.diagnostics().front()) << "\n";
    return kExitUsage;
  }
  if (!json_output) {
    out << table->TemplateCsv(count);
    return kExitValid;
  }
  out << DumpJson(table->ColumnsJson(count)) << "\n";
  return kExitValid;
}

}  // namespace yaosu::cli

#include "cli/case_library_input.h"

#include <optional>

#include "cli/diagnostic_text.h"

namespace yaosu::cli {

const cases::CaseLibrary* LoadCaseLibrary(const std::string& schemas_folder, std::ostream& err) {
  static std::optional<Result<cases::CaseLibrary>> from_folder;
  const Result<cases::CaseLibrary>* library = &cases::CaseLibrary::Builtin();
  if (!schemas_folder.empty()) {
    Result<cases::SourceFiles> files = cases::ReadSchemaFolder(schemas_folder);
    if (!files.ok()) {
      err << "yaosu: cannot read the case types in " << schemas_folder << "\n";
      return nullptr;
    }
    from_folder.emplace(cases::CaseLibrary::Load(cases::WithBuiltinShared(*files)));
    library = &*from_folder;
  }
  for (const Diagnostic& problem : library->diagnostics()) {
    err << "yaosu: case type not loaded: " << problem.params.value("file", "?") << ": " << DescribeDiagnostic(problem)
        << "\n";
  }
  return library->ok() ? &library->value() : nullptr;
}

const cases::CaseForm* FindCaseForm(const cases::CaseLibrary& library, const std::string& case_type,
                                    const std::string& form, std::ostream& err) {
  const cases::CaseForm* found = library.Find(case_type, form);
  if (found == nullptr) {
    err << "yaosu: no case type \"" << case_type << "\" with a form \"" << form << "\" (yaosu cases lists them)\n";
  }
  return found;
}

}  // namespace yaosu::cli

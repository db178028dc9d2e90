// File: Embind bindings that bring a case type's files into the built-in
// library. The app's wasm lists every case type and published version (each
// case.json) but carries none of their other files; before a request that
// names a form, the worker asks which folder is missing and adds its bundle
// (web/server/form_bundles.mjs writes them under build/web/forms/).
//
//   const folder = yaosu.formFilesToAdd('divorce', 'complaint', '');  // 'cases/divorce'; '' when nothing is missing
//   if (folder) JSON.parse(yaosu.addFormFiles(await (await fetch(`forms/${folder}.json`)).text()));
//     // {ok: true, files: 6} or {ok: false, diagnostics}
#include <emscripten/bind.h>

#include <optional>
#include <string>
#include <utility>

#include "core/cases/case_library.h"
#include "core/cases/source_files.h"
#include "wasm/dump_json.h"

namespace yaosu::wasm {
namespace {

std::string FormFilesToAdd(const std::string& case_type, const std::string& form, const std::string& version) {
  const Result<cases::CaseLibrary>& library = cases::CaseLibrary::Builtin();
  if (!library.ok()) return "";
  return library->FilesToAdd(case_type, form, version).value_or("");
}

std::string AddFormFiles(const std::string& bundle_text) {
  Result<cases::SourceFiles> files = cases::ReadFolderBundle(bundle_text);
  if (!files.ok()) return Refusal(files.diagnostics());
  const Result<cases::CaseLibrary>& library = cases::CaseLibrary::Builtin();
  if (!library.ok()) return Refusal(library.diagnostics());
  const std::size_t count = files->size();
  library->AddFiles(std::move(*files));
  return Dump({{"ok", true}, {"files", count}});
}

}  // namespace
}  // namespace yaosu::wasm

EMSCRIPTEN_BINDINGS(yaosu_form_files) {
  emscripten::function("formFilesToAdd", &yaosu::wasm::FormFilesToAdd);
  emscripten::function("addFormFiles", &yaosu::wasm::AddFormFiles);
}

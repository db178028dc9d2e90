// File: Embind bindings that bring a case type's files into the built-in
// library. The app's wasm lists every case type and published version (each
// case.json) but carries none of their other files; before a request that
// names a form, the worker asks which folder is missing and adds its bundle
// (web/server/form_bundles.mjs writes them under build/web/forms/).
//
//   const folder = yaosu.formFilesToAdd('divorce', 'complaint', '');  // 'cases/divorce'; '' when nothing is missing
//   if (folder) JSON.parse(yaosu.addFormFiles(await (await fetch(`forms/${folder}.json`)).text()));
//     // {ok: true, files: 6} or {ok: false, diagnostics}
//   yaosu.addReadFormFiles(JSON.parse(bundleText));   // the same, the bundle read by JavaScript's own parser
#include <emscripten/bind.h>
#include <emscripten/val.h>

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

std::string Add(Result<cases::SourceFiles> files) {
  if (!files.ok()) return Refusal(files.diagnostics());
  const Result<cases::CaseLibrary>& library = cases::CaseLibrary::Builtin();
  if (!library.ok()) return Refusal(library.diagnostics());
  const std::size_t count = files->size();
  library->AddFiles(std::move(*files));
  return Dump({{"ok", true}, {"files", count}});
}

std::string AddFormFiles(const std::string& bundle_text) { return Add(cases::ReadFolderBundle(bundle_text)); }

bool IsObject(const emscripten::val& value) { return value.typeOf().as<std::string>() == "object" && !value.isNull(); }

// AddReadFormFiles: a bundle JavaScript has parsed ({folder, files: [{path, text}]}) — the page's
// worker reads a bundle with the browser's JSON.parse, several times faster than the wasm's parser
// on code not yet warm; the same checks and answers as AddFormFiles.
std::string AddReadFormFiles(const emscripten::val& bundle) {
  if (!IsObject(bundle) || !bundle["folder"].isString()) return Refusal({cases::BundleMalformed("/folder")});
  const emscripten::val list = bundle["files"];
  if (!list.isArray()) return Refusal({cases::BundleMalformed("/files")});
  const auto length = list["length"].as<std::size_t>();
  cases::SourceFiles files;
  files.reserve(length);
  for (std::size_t i = 0; i < length; ++i) {
    const emscripten::val file = list[i];
    if (!IsObject(file) || !file["path"].isString() || !file["text"].isString())
      return Refusal({cases::BundleMalformed("/files/" + std::to_string(i))});
    files.push_back({file["path"].as<std::string>(), file["text"].as<std::string>()});
  }
  return Add(cases::FolderFiles(bundle["folder"].as<std::string>(), std::move(files)));
}

}  // namespace
}  // namespace yaosu::wasm

EMSCRIPTEN_BINDINGS(yaosu_form_files) {
  emscripten::function("formFilesToAdd", &yaosu::wasm::FormFilesToAdd);
  emscripten::function("addFormFiles", &yaosu::wasm::AddFormFiles);
  emscripten::function("addReadFormFiles", &yaosu::wasm::AddReadFormFiles);
}

// File: the web app's wasm holds no case type's forms (only every case.json,
// to list them): its worker fetches a case type's folder bundle when the page
// first names it and hands it to addFormFiles (form_files_bindings.cpp).
// The native library links the real list (yaosu_case_type_forms, core/CMakeLists.txt).
#include "core/embedded/embedded.h"

namespace yaosu::embedded {

const std::vector<EmbeddedFile>& CaseTypeForms() {
  static const std::vector<EmbeddedFile> none;
  return none;
}

}  // namespace yaosu::embedded

// File: the web app's wasm holds no published version's files (only their
// case.json, to list them): its worker fetches a version's folder bundle when
// a filing names it and hands it to addFormFiles (form_files_bindings.cpp).
// The native library links the real list (yaosu_published_forms, core/CMakeLists.txt).
#include "core/embedded/embedded.h"

namespace yaosu::embedded {

const std::vector<EmbeddedFile>& PublishedForms() {
  static const std::vector<EmbeddedFile> none;
  return none;
}

}  // namespace yaosu::embedded

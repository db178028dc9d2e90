// File: data files compiled into the library, so the engine works the same
// natively and in the browser without touching a disk. Each function returns
// the text of every file of one group (see cmake/embed.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace yaosu::embedded {

// Metaschemas: the JSON Schema 2020-12 meta-schemas (schemas/meta/json-schema/2020-12/).
const std::vector<std::string_view>& Metaschemas();

// MessageCatalogs: diagnostic message catalogs (schemas/messages/*.json).
const std::vector<std::string_view>& MessageCatalogs();

// EmbeddedFile: a data file with its path relative to schemas/.
struct EmbeddedFile {
  std::string_view path;
  std::string_view text;
};

// CaseTypes: everything a case type is made of — schemas/cases/**/*.json
// except examples, schemas/shared/*.json, schemas/common/**/*.json and
// schemas/meta/yaosu/*.json — the filing envelope's schema
// (schemas/filing/*.json) and the case.json of each published version.
const std::vector<EmbeddedFile>& CaseTypes();

// PublishedForms: the other files of the published versions
// (schemas/published/**/*.json but case.json). Defined in the library
// yaosu_published_forms, which yaosu::core links; the web app's wasm defines
// it empty and adds a version's files when a filing names it.
const std::vector<EmbeddedFile>& PublishedForms();

// LegalParameters: dated legal parameters (schemas/params/**/*.json except the schema).
const std::vector<std::string_view>& LegalParameters();

}  // namespace yaosu::embedded

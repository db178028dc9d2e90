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

// CaseTypes: what lists the case types — the case.json of every case type and
// form (schemas/cases/ and schemas/published/) — and what every one shares:
// schemas/shared/*.json, schemas/common/**/*.json, schemas/meta/yaosu/*.json
// and the filing envelope's schema (schemas/filing/*.json).
const std::vector<EmbeddedFile>& CaseTypes();

// CaseTypeForms: the other files of every case type, current and published
// (their forms, rules, words and print templates; not the examples). Defined
// in the library yaosu_case_type_forms, which yaosu::core links; the web
// app's wasm defines it empty, and its worker adds a case type's files when
// the page first names it (wasm/form_files_fetched.cpp).
const std::vector<EmbeddedFile>& CaseTypeForms();

// LegalParameters: dated legal parameters (schemas/params/**/*.json except the
// schemas), each path relative to schemas/params/ ("rates/lpr_one_year.json").
const std::vector<EmbeddedFile>& LegalParameters();

}  // namespace yaosu::embedded

// File: LibrarySources — the schema files a CaseLibrary was loaded from, read
// only as far as each step needs. Listing the forms reads the case meta-schemas,
// the shared data schemas and every case.json; a form's other files are parsed,
// checked against their meta-schemas and (for a composable case type) composed
// when that form is first asked for. A page opening one form then reads one
// case type, not all of them.
//
//   LibrarySources sources(EmbeddedSources());
//   for (const ListedForm& listed : sources.List()) ...        // keys, no form file read yet
//   Result<std::shared_ptr<const FormFiles>> files = sources.Files(listed.place);
//
// A form may be listed before its files are there: the web app's wasm holds
// every case.json, and a case type's other files are added (AddFiles) when
// the page first names it. Every method may be called
// from several threads at once.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/cases/case_form.h"
#include "core/cases/source_files.h"
#include "core/diagnostics/result.h"
#include "core/schema/schema.h"

namespace yaosu::cases {

// FormPlace: where a form's files are — a form folder (cases/<type>/<form>/ or
// published/<type>/<version>/<form>/) or one form of a composable case type
// (cases/<type>/, the form named in its case.json).
struct FormPlace {
  std::string folder;
  std::string composed_form;  // "complaint" for a composable case type; empty for a form folder
};

// ListedForm: a form as its case.json names it, its files not yet read.
struct ListedForm {
  FormKey key;
  FormPlace place;
};

// FileChecks: whether each file is checked against its meta-schema in
// schemas/meta/yaosu/ as it is read.
enum class FileChecks {
  kEveryFile,
  kCheckedBefore,  // files `yaosu cases --check` passed when they were built in (the tests check them)
};

class LibrarySources {
 public:
  explicit LibrarySources(SourceFiles files, FileChecks checks = FileChecks::kEveryFile);

  // List: every form a case.json names, each (id, version) once. Problems: a
  // case.json that does not parse or breaks its meta-schema, a form folder
  // that is not where its case.json says (case.folder_mismatch), a form named
  // twice (case.duplicate_form).
  std::vector<ListedForm> List(Diagnostics& problems);

  // Files: the files of the form at `place`, written out (composed, with the
  // shared items and rules it includes) and each checked against its
  // meta-schema; or the problems, each naming its file (params.file).
  Result<std::shared_ptr<const FormFiles>> Files(const FormPlace& place);

  // HasFiles: whether the form file of `place` is there (elements.json of a
  // form folder, <form>.json of a composable case type) — false for a form
  // listed whose files have not been added yet.
  bool HasFiles(const FormPlace& place);

  // Text: the text of the file at `path` ("published/divorce/2025.1/complaint/schema.json"), or nothing.
  std::optional<std::string> Text(const std::string& path);

  // AddFiles: files the sources did not have; one already there is kept as it
  // is (a file read once never changes).
  void AddFiles(SourceFiles files);

  LibrarySources(const LibrarySources&) = delete;
  LibrarySources& operator=(const LibrarySources&) = delete;
  ~LibrarySources();

  // registry: the shared data schemas (common/*.json) and, when files are
  // checked (kEveryFile), the case meta-schemas, by $id; complete once made (it
  // is only read after).
  const schema::SchemaRegistry& registry() const;

  // shared_schema_texts: the text of each shared data schema by its $id.
  const std::map<std::string, std::string>& shared_schema_texts() const;

 private:
  class Reader;  // the parsing and checking, under mutex_

  std::mutex mutex_;
  std::unique_ptr<Reader> reader_;
};

}  // namespace yaosu::cases

// File: CaseLibrary — every case type and form found in a set of source files,
// each compiled once. The CLI, the browser and the tests all go through it,
// so a new case type is a new folder of JSON and nothing else.
//
//   const Result<CaseLibrary>& library = CaseLibrary::Builtin();   // compiled-in case types
//   const CaseForm* form = library->Find("private-lending", "complaint");
//
//   Result<SourceFiles> files = ReadSchemaFolder("schemas");         // or any folder laid out alike
//   Result<CaseLibrary> mine = CaseLibrary::Load(*files);
//   for (const Diagnostic& problem : mine.diagnostics()) ...          // broken forms, with params.file
//
// A broken form (malformed JSON, a file that breaks its meta-schema in
// schemas/meta/yaosu/, a schema or rule that does not compile) is left out and
// reported; the other forms still load. The built-in library compiles a form
// the first time it is asked for (a command or a page uses one or two forms of
// dozens); its files are checked like any folder's by `yaosu cases --check`.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/cases/case_form.h"
#include "core/cases/library_sources.h"
#include "core/cases/source_files.h"
#include "core/diagnostics/result.h"

namespace yaosu::cases {

// Compilation: when Load compiles the forms it finds.
enum class Compilation {
  kAtLoad,      // every form, by Load: one that does not compile is left out and reported
  kOnFirstUse,  // each form the first time it is asked for: one that does not compile is not found
};

class CaseLibrary {
 public:
  // Load: the forms of `files` (cases/<type>/<form>/case.json and the files it names).
  // The files' case.json are read at once, a form's other files when it is
  // first asked for (or, kAtLoad, by Load).
  static Result<CaseLibrary> Load(SourceFiles files, Compilation compilation = Compilation::kAtLoad,
                                  FileChecks checks = FileChecks::kEveryFile);

  // Builtin: the compiled-in case types (EmbeddedSources()), loaded once, each
  // form read and compiled on first use; their files are not checked against
  // the meta-schemas again (tests/cases/case_type_check_test.cpp checks them).
  static const Result<CaseLibrary>& Builtin();

  CaseLibrary(CaseLibrary&&) noexcept;
  CaseLibrary& operator=(CaseLibrary&&) noexcept;
  ~CaseLibrary();

  // forms: every form installed, published versions included (compiling each one not yet compiled).
  std::vector<const CaseForm*> forms() const;

  // CurrentForms: the newest version of each case type's form — what a new
  // form is filled in with; the older ones are kept only to re-check filings.
  std::vector<const CaseForm*> CurrentForms() const;

  // Summaries: SummaryOf each form's files (reading them), without compiling any — the newest
  // version of each form, or with `all_versions` every one installed.
  nlohmann::json Summaries(bool all_versions = false) const;

  // Find: the newest version of a case type's form ("private-lending",
  // "complaint") — what a new form or filing uses — or nullptr. With a
  // version ("2025.1"): that version, or nullptr when it is not installed.
  const CaseForm* Find(std::string_view case_type, std::string_view form) const;
  const CaseForm* Find(std::string_view case_type, std::string_view form, std::string_view version) const;

  // FindById: by manifest id ("private_lending.complaint") and version
  // ("2025.1"), as a filing names its form; nullptr when that version is not
  // installed. Without a version: the newest one of that id.
  const CaseForm* FindById(std::string_view id, std::string_view version) const;
  const CaseForm* FindById(std::string_view id) const;

  // Versions: the installed versions of a form id, oldest first.
  std::vector<std::string> Versions(std::string_view id) const;

  // FilesToAdd: the folder of a form listed (its case.json read) whose other
  // files are not there yet — what AddFiles must bring before the form can be
  // found — or nothing when they are there or no such form is listed. An empty
  // `version` is the newest. The web app's wasm lists every form without its
  // files (the page fetches a case type's folder when it first names it; see
  // web/engine/worker.js).
  std::optional<std::string> FilesToAdd(std::string_view case_type, std::string_view form,
                                        std::string_view version) const;

  // AddFiles: files the library lacked (a folder FilesToAdd named), kept beside
  // the ones it has; a file it has is not replaced. Safe from several threads.
  void AddFiles(SourceFiles files) const;

  // SchemaText: the data schema of `form` as text, keys in the order written —
  // a composed form's own, a published form's schema.json — or nothing.
  std::optional<std::string> SchemaText(const CaseForm& form) const;

  // shared_schemas: the text of each shared data schema (schemas/common/*.json)
  // by its $id — what a form's schema refers to, for readers of its layout.
  const std::map<std::string, std::string>& shared_schemas() const;

 private:
  struct Entry;  // one form's identity and files, and the form once compiled
  CaseLibrary();

  // Read: the entry's files, read on the first call (by one thread; the others wait); nullptr when they cannot be.
  const FormFiles* Read(Entry& entry) const;
  // Compiled: the entry's form, compiled on the first call (by one thread; the others wait); nullptr when it does not
  // compile.
  const CaseForm* Compiled(Entry& entry) const;
  // NewestEntry: the newest version among the entries `matches` accepts, or nullptr.
  template <typename Matches>
  Entry* NewestEntry(Matches matches) const;
  // IsCurrent: whether `entry` is the newest version of its case type's form.
  bool IsCurrent(const Entry& entry) const;

  std::vector<std::unique_ptr<Entry>> entries_;
  std::unique_ptr<LibrarySources> sources_;
};

}  // namespace yaosu::cases

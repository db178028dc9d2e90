#include "core/cases/case_library.h"

#include <algorithm>
#include <mutex>
#include <optional>
#include <utility>

#include "core/cases/form_operators.h"
#include "core/diagnostics/diagnostic.h"

namespace yaosu::cases {

using nlohmann::json;

// Entry: reading and compiling happen once, by one thread while the others
// wait — except that a form whose files are not there yet (HasFiles) is tried
// again on the next call, after AddFiles may have brought them.
struct CaseLibrary::Entry {
  FormKey key;
  FormPlace place;
  std::mutex read_mutex;
  bool read_done = false;
  std::shared_ptr<const FormFiles> files;
  std::mutex compile_mutex;
  bool compile_done = false;
  std::optional<CaseForm> compiled;
  Diagnostics problems;  // why its files could not be read or it did not compile
};

CaseLibrary::CaseLibrary() = default;
CaseLibrary::CaseLibrary(CaseLibrary&&) noexcept = default;
CaseLibrary& CaseLibrary::operator=(CaseLibrary&&) noexcept = default;
CaseLibrary::~CaseLibrary() = default;

Result<CaseLibrary> CaseLibrary::Load(SourceFiles files, Compilation compilation, FileChecks checks) {
  CaseLibrary library;
  library.sources_ = std::make_unique<LibrarySources>(std::move(files), checks);
  Diagnostics problems;
  for (ListedForm& listed : library.sources_->List(problems)) {
    auto entry = std::make_unique<Entry>();
    entry->key = std::move(listed.key);
    entry->place = std::move(listed.place);
    library.entries_.push_back(std::move(entry));
  }
  if (compilation == Compilation::kAtLoad) {
    std::erase_if(library.entries_, [&](const std::unique_ptr<Entry>& entry) {
      if (library.Compiled(*entry) != nullptr) return false;
      // The forms of one case type share its files' problems: each is reported once.
      for (const Diagnostic& problem : entry->problems) {
        const auto same = [&](const Diagnostic& reported) { return ToJson(reported) == ToJson(problem); };
        if (std::none_of(problems.begin(), problems.end(), same)) problems.push_back(problem);
      }
      return true;
    });
  }
  Result<CaseLibrary> result(std::move(library));
  for (Diagnostic& problem : problems) result.AddDiagnostic(std::move(problem));
  return result;
}

const Result<CaseLibrary>& CaseLibrary::Builtin() {
  // Never destroyed: taking every compiled form apart at exit cost a tenth of a CLI command's time.
  static const Result<CaseLibrary>* const library =
      new Result<CaseLibrary>(Load(EmbeddedSources(), Compilation::kOnFirstUse, FileChecks::kCheckedBefore));
  return *library;
}

const FormFiles* CaseLibrary::Read(Entry& entry) const {
  std::lock_guard lock(entry.read_mutex);
  if (entry.read_done) return entry.files.get();
  Result<std::shared_ptr<const FormFiles>> files = sources_->Files(entry.place);
  if (files.ok()) {
    entry.files = std::move(*files);
  } else {
    entry.problems = files.diagnostics();
  }
  entry.read_done = files.ok() || sources_->HasFiles(entry.place);
  return entry.files.get();
}

const CaseForm* CaseLibrary::Compiled(Entry& entry) const {
  std::lock_guard lock(entry.compile_mutex);
  if (entry.compile_done) return entry.compiled ? &*entry.compiled : nullptr;
  if (Read(entry) == nullptr) {
    std::lock_guard read_lock(entry.read_mutex);
    entry.compile_done = entry.read_done;
    return nullptr;
  }
  Result<CaseForm> form = CaseForm::Compile(entry.files, sources_->registry(), FormOperators());
  if (form.ok()) {
    entry.compiled = std::move(*form);
  } else {
    entry.problems = form.diagnostics();
  }
  entry.compile_done = true;
  return entry.compiled ? &*entry.compiled : nullptr;
}

std::optional<std::string> CaseLibrary::FilesToAdd(std::string_view case_type, std::string_view form,
                                                   std::string_view version) const {
  const Entry* entry = NewestEntry([&](const Entry& e) {
    return e.key.case_type == case_type && e.key.form == form && (version.empty() || e.key.version == version);
  });
  if (entry == nullptr || sources_->HasFiles(entry->place)) return std::nullopt;
  return entry->place.folder;
}

void CaseLibrary::AddFiles(SourceFiles files) const { sources_->AddFiles(std::move(files)); }

std::optional<std::string> CaseLibrary::SchemaText(const CaseForm& form) const {
  if (!form.schema_text().empty()) return form.schema_text();
  return sources_->Text(form.files().folder + "/schema.json");
}

const std::map<std::string, std::string>& CaseLibrary::shared_schemas() const {
  return sources_->shared_schema_texts();
}

namespace {

// Newer: whether version `a` ("2025.10") comes after `b` ("2025.9"), number by number.
bool Newer(std::string_view a, std::string_view b) {
  auto numbers = [](std::string_view version) {
    std::vector<long> parts;
    long value = 0;
    for (char c : version) {
      if (c == '.') {
        parts.push_back(value);
        value = 0;
      } else if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
      }
    }
    parts.push_back(value);
    return parts;
  };
  return numbers(a) > numbers(b);
}

}  // namespace

template <typename Matches>
CaseLibrary::Entry* CaseLibrary::NewestEntry(Matches matches) const {
  Entry* newest = nullptr;
  for (const std::unique_ptr<Entry>& candidate : entries_) {
    if (matches(*candidate) && (newest == nullptr || Newer(candidate->key.version, newest->key.version))) {
      newest = candidate.get();
    }
  }
  return newest;
}

std::vector<const CaseForm*> CaseLibrary::forms() const {
  std::vector<const CaseForm*> all;
  for (const std::unique_ptr<Entry>& entry : entries_) {
    if (const CaseForm* form = Compiled(*entry)) all.push_back(form);
  }
  return all;
}

const CaseForm* CaseLibrary::Find(std::string_view case_type, std::string_view form) const {
  Entry* newest = NewestEntry([&](const Entry& e) { return e.key.case_type == case_type && e.key.form == form; });
  return newest != nullptr ? Compiled(*newest) : nullptr;
}

const CaseForm* CaseLibrary::Find(std::string_view case_type, std::string_view form, std::string_view version) const {
  for (const std::unique_ptr<Entry>& entry : entries_) {
    if (entry->key.case_type == case_type && entry->key.form == form && entry->key.version == version)
      return Compiled(*entry);
  }
  return nullptr;
}

const CaseForm* CaseLibrary::FindById(std::string_view id) const {
  Entry* newest = NewestEntry([&](const Entry& e) { return e.key.id == id; });
  return newest != nullptr ? Compiled(*newest) : nullptr;
}

const CaseForm* CaseLibrary::FindById(std::string_view id, std::string_view version) const {
  for (const std::unique_ptr<Entry>& entry : entries_) {
    if (entry->key.id == id && entry->key.version == version) return Compiled(*entry);
  }
  return nullptr;
}

bool CaseLibrary::IsCurrent(const Entry& entry) const {
  return NewestEntry([&](const Entry& e) {
           return e.key.case_type == entry.key.case_type && e.key.form == entry.key.form;
         }) == &entry;
}

std::vector<const CaseForm*> CaseLibrary::CurrentForms() const {
  std::vector<const CaseForm*> current;
  for (const std::unique_ptr<Entry>& entry : entries_) {
    if (!IsCurrent(*entry)) continue;
    if (const CaseForm* form = Compiled(*entry)) current.push_back(form);
  }
  return current;
}

json CaseLibrary::Summaries(bool all_versions) const {
  json summaries = json::array();
  for (const std::unique_ptr<Entry>& entry : entries_) {
    if (!all_versions && !IsCurrent(*entry)) continue;
    if (const FormFiles* files = Read(*entry)) summaries.push_back(SummaryOf(*files));
  }
  return summaries;
}

std::vector<std::string> CaseLibrary::Versions(std::string_view id) const {
  std::vector<std::string> versions;
  for (const std::unique_ptr<Entry>& entry : entries_) {
    if (entry->key.id == id) versions.push_back(entry->key.version);
  }
  std::sort(versions.begin(), versions.end(), [](const std::string& a, const std::string& b) { return Newer(b, a); });
  return versions;
}

}  // namespace yaosu::cases

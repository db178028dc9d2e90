#include "core/cases/case_library.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <utility>

#include "core/cases/composed_case_type.h"
#include "core/cases/form_operators.h"
#include "core/cases/shared_pieces.h"
#include "core/json/parse.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;

constexpr const char* kMetaBase = "https://yaosu.cn/schemas/meta/";

Diagnostic FileProblem(std::string code, const std::string& file) {
  return Diagnostic{.code = std::move(code), .params = {{"file", file}}};
}

// FormFolder: the folder of a form's case.json — cases/<type>/<form>/ or
// published/<type>/<version>/<form>/ — or nothing for any other file.
std::optional<std::string> FormFolder(const std::string& path) {
  const std::size_t slashes = std::count(path.begin(), path.end(), '/');
  const bool current = path.starts_with("cases/") && slashes == 3;
  const bool published = path.starts_with("published/") && slashes == 4;
  if (!(current || published) || !path.ends_with("/case.json")) return std::nullopt;
  return path.substr(0, path.size() - std::string("/case.json").size());
}

// CaseTypeFolder: the folder of a composable case type's case.json,
// cases/<type>/ — or nothing for any other file.
std::optional<std::string> CaseTypeFolder(const std::string& path) {
  if (!path.starts_with("cases/") || std::count(path.begin(), path.end(), '/') != 2 || !path.ends_with("/case.json")) {
    return std::nullopt;
  }
  return path.substr(0, path.size() - std::string("/case.json").size());
}

// IsComposableSource: a file of a composable case type (cases/<type>/*.json) or a shared piece (shared/*.json).
bool IsComposableSource(const std::string& path) {
  const std::size_t slashes = std::count(path.begin(), path.end(), '/');
  return (path.starts_with("cases/") && slashes == 2) || (path.starts_with("shared/") && slashes == 1);
}

// Loader: one Load() call — the parsed files, the registry of shared pieces and
// case meta-schemas, and the problems found so far.
class Loader {
 public:
  explicit Loader(const SourceFiles& files) {
    for (const SourceFile& file : files) {
      Result<json> parsed = ParseJson(file.text);
      if (!parsed.ok()) {
        Report(parsed.diagnostics(), file.path);
        continue;
      }
      documents_[file.path] = std::move(*parsed);
      // The sources of composable case types and shared pieces are also kept in
      // the order they were written: a form shows fields in that order.
      if (IsComposableSource(file.path)) ordered_[file.path] = nlohmann::ordered_json::parse(file.text, nullptr, false);
    }
    for (const auto& [path, document] : documents_) {
      const bool shared_piece = path.rfind("common/", 0) == 0 && path.find('/', 7) == std::string::npos;
      const bool meta = path.rfind("meta/yaosu/", 0) == 0;
      if ((shared_piece || meta) && document.contains("$id") && document["$id"].is_string()) {
        Report(registry_.Add(document["$id"].get<std::string>(), document), path);
      }
    }
    for (const auto& [path, document] : documents_) {
      if (!path.starts_with("shared/") || std::count(path.begin(), path.end(), '/') != 1) continue;
      if (Conforms(document, "shared", path)) shared_.Add(path.substr(7, path.size() - 7 - 5), ordered_[path]);
    }
  }

  // GatherForms: the files of every form folder — the current ones,
  // cases/<type>/<form>/, and the published versions kept so earlier filings
  // still verify, published/<type>/<version>/<form>/ — each with its
  // case.json, every file checked against its meta-schema; not yet compiled.
  std::vector<FormFiles> GatherForms() {
    std::set<std::pair<std::string, std::string>> seen;  // (id, version)
    std::vector<FormFiles> gathered;
    for (const auto& [path, document] : documents_) {
      if (std::optional<std::string> folder = FormFolder(path)) {
        if (std::optional<FormFiles> files = Gather(*folder, document)) gathered.push_back(std::move(*files));
      } else if (std::optional<std::string> case_type = CaseTypeFolder(path)) {
        for (FormFiles& files : Compose(*case_type)) gathered.push_back(std::move(files));
      }
    }
    std::vector<FormFiles> forms;
    for (FormFiles& files : gathered) {
      if (!seen.emplace(files.manifest.value("id", ""), files.manifest.value("version", "")).second) {
        problems_.push_back(FileProblem("case.duplicate_form", files.folder + "/case.json"));
        continue;
      }
      forms.push_back(std::move(files));
    }
    return forms;
  }

  // TakeRegistry: the shared pieces and meta-schemas, for compiling the forms.
  schema::SchemaRegistry TakeRegistry() { return std::move(registry_); }

  Diagnostics TakeProblems() { return std::move(problems_); }

 private:
  // Compose: the forms of the composable case type in `folder`, written out
  // and checked like a published form's files.
  std::vector<FormFiles> Compose(const std::string& folder) {
    const std::string manifest_path = folder + "/case.json";
    if (!Conforms(documents_[manifest_path], "case-type", manifest_path)) return {};
    for (const json& form : documents_[manifest_path].value("forms", json::array())) {
      const std::string form_path = folder + "/" + form.get<std::string>() + ".json";
      if (documents_.contains(form_path) && !Conforms(documents_[form_path], "form", form_path)) return {};
      const std::string logic_path = folder + "/" + form.get<std::string>() + ".rules.json";
      if (documents_.contains(logic_path) && !Conforms(documents_[logic_path], "form-logic", logic_path)) return {};
    }
    Result<std::vector<FormFiles>> composed = ComposeCaseType(folder, ordered_, shared_);
    if (!composed.ok()) {
      problems_.insert(problems_.end(), composed.diagnostics().begin(), composed.diagnostics().end());
      return {};
    }
    std::vector<FormFiles> forms;
    for (FormFiles& files : *composed) {
      const std::string source = files.rules.path;
      if (!Conforms(files.elements, "elements", source) || !Conforms(files.rules.document, "rules", source) ||
          !Conforms(files.computed.document, "computed", source) || !Conforms(files.document, "document", source)) {
        continue;
      }
      if (!IncludeRules(files)) continue;
      files.document = WithSharedItems(std::move(files.document));
      forms.push_back(std::move(files));
    }
    return forms;
  }

  // IncludeRules: the shared rules (common/rules/<name>.json) a form's rules include.
  bool IncludeRules(FormFiles& files) {
    for (const json& name : files.rules.document.value("include", json::array())) {
      const std::string path = "common/rules/" + name.get<std::string>() + ".json";
      const json* included = Need("common/rules", name.get<std::string>() + ".json", "rules");
      if (included == nullptr) return false;
      files.included_rules.push_back({path, *included});
    }
    return true;
  }

  // Gather: the files the manifest names, each checked against its meta-schema.
  std::optional<FormFiles> Gather(const std::string& folder, const json& manifest) {
    if (!Conforms(manifest, "case", folder + "/case.json")) return std::nullopt;
    // The folder is the address: cases/<case_type>/<form>, or
    // published/<case_type>/<version>/<form> for a published version.
    const std::string type = manifest.value("case_type", ""), form = manifest.value("form", "");
    if (folder != "cases/" + type + "/" + form &&
        folder != "published/" + type + "/" + manifest.value("version", "") + "/" + form) {
      problems_.push_back(FileProblem("case.folder_mismatch", folder + "/case.json"));
      return std::nullopt;
    }
    FormFiles files{.folder = folder, .manifest = manifest};
    const json* schema = Need(folder, "schema.json", "");
    const json* elements = Need(folder, "elements.json", "elements");
    const json* rules = Need(folder, "rules.json", "rules");
    if (schema == nullptr || elements == nullptr || rules == nullptr) return std::nullopt;
    files.schema = *schema;
    files.elements = *elements;
    files.rules = {folder + "/rules.json", *rules};
    if (manifest.contains("computed")) {
      const json* computed = Need(folder, "computed.json", "computed");
      if (computed == nullptr) return std::nullopt;
      files.computed = {folder + "/computed.json", *computed};
    }
    if (manifest.contains("words")) {
      const json* words = Need(folder, "words.json", "");
      if (words == nullptr) return std::nullopt;
      files.words = *words;
    }
    if (manifest.contains("document")) {
      const json* document = Need(folder, "document.json", "document");
      if (document == nullptr) return std::nullopt;
      files.document = WithSharedItems(*document);
    }
    if (!IncludeRules(files)) return std::nullopt;
    return files;
  }

  // WithSharedItems: a document.json with common/document/items.json's items
  // added where the form does not define its own.
  json WithSharedItems(json document) {
    const auto shared = documents_.find("common/document/items.json");
    if (shared == documents_.end() || !Conforms(shared->second, "document", shared->first)) return document;
    json& items = document["items"];
    if (!items.is_object()) items = json::object();
    const json shared_items = shared->second.value("items", json::object());
    for (const auto& [name, item] : shared_items.items()) {
      if (!items.contains(name)) items[name] = item;
    }
    return document;
  }

  // Need: folder/name, present and (for a `meta` kind) following its meta-schema.
  const json* Need(const std::string& folder, const std::string& name, const std::string& meta) {
    const std::string path = folder + "/" + name;
    const auto found = documents_.find(path);
    if (found == documents_.end()) {
      problems_.push_back(FileProblem("case.file_missing", path));
      return nullptr;
    }
    if (!meta.empty() && !Conforms(found->second, meta, path)) return nullptr;
    return &found->second;
  }

  bool Conforms(const json& document, const std::string& meta, const std::string& path) {
    const schema::CompiledSchema* checker = MetaSchema(meta);
    if (checker == nullptr) {
      problems_.push_back(FileProblem("case.file_missing", "meta/yaosu/" + meta + ".schema.json"));
      return false;
    }
    schema::ValidationResult result = checker->Validate(document);
    if (result.valid) return true;
    Report(result.diagnostics, path);
    return false;
  }

  const schema::CompiledSchema* MetaSchema(const std::string& meta) {
    auto found = meta_schemas_.find(meta);
    if (found == meta_schemas_.end()) {
      Result<schema::CompiledSchema> compiled =
          schema::CompiledSchema::Compile(json{{"$ref", kMetaBase + meta + ".schema.json"}}, registry_);
      std::optional<schema::CompiledSchema> value;
      if (compiled.ok()) value = std::move(*compiled);
      found = meta_schemas_.emplace(meta, std::move(value)).first;
    }
    return found->second ? &*found->second : nullptr;
  }

  void Report(const Diagnostics& diagnostics, const std::string& file) {
    for (Diagnostic problem : diagnostics) {
      problem.params["file"] = file;
      problems_.push_back(std::move(problem));
    }
  }

  std::map<std::string, json> documents_;
  OrderedSources ordered_;
  SharedPieces shared_;
  schema::SchemaRegistry registry_;
  std::map<std::string, std::optional<schema::CompiledSchema>> meta_schemas_;
  Diagnostics problems_;
};

// SharedSchemaTexts: schemas/common/*.json by $id (the files that do not parse are reported by the Loader).
std::map<std::string, std::string> SharedSchemaTexts(const SourceFiles& files) {
  std::map<std::string, std::string> texts;
  for (const SourceFile& file : files) {
    if (!file.path.starts_with("common/") || file.path.find('/', 7) != std::string::npos) continue;
    Result<json> parsed = ParseJson(file.text);
    if (parsed.ok() && parsed->is_object() && parsed->contains("$id") && (*parsed)["$id"].is_string()) {
      texts[(*parsed)["$id"].get<std::string>()] = file.text;
    }
  }
  return texts;
}

}  // namespace

struct CaseLibrary::Entry {
  FormKey key;
  std::shared_ptr<const FormFiles> files;
  std::once_flag compile_once;
  std::optional<CaseForm> compiled;
  Diagnostics problems;  // why it did not compile
};

CaseLibrary::CaseLibrary() = default;
CaseLibrary::CaseLibrary(CaseLibrary&&) noexcept = default;
CaseLibrary& CaseLibrary::operator=(CaseLibrary&&) noexcept = default;
CaseLibrary::~CaseLibrary() = default;

Result<CaseLibrary> CaseLibrary::Load(const SourceFiles& files, Compilation compilation) {
  Loader loader(files);
  CaseLibrary library;
  for (FormFiles& form_files : loader.GatherForms()) {
    auto entry = std::make_unique<Entry>();
    entry->key = FormKey::Of(form_files.manifest);
    entry->files = std::make_shared<const FormFiles>(std::move(form_files));
    library.entries_.push_back(std::move(entry));
  }
  library.registry_ = std::make_shared<const schema::SchemaRegistry>(loader.TakeRegistry());
  library.shared_schemas_ = SharedSchemaTexts(files);
  Diagnostics problems = loader.TakeProblems();
  if (compilation == Compilation::kAtLoad) {
    std::erase_if(library.entries_, [&](const std::unique_ptr<Entry>& entry) {
      if (library.Compiled(*entry) != nullptr) return false;
      problems.insert(problems.end(), entry->problems.begin(), entry->problems.end());
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
      new Result<CaseLibrary>(Load(EmbeddedSources(), Compilation::kOnFirstUse));
  return *library;
}

const CaseForm* CaseLibrary::Compiled(Entry& entry) const {
  std::call_once(entry.compile_once, [&] {
    Result<CaseForm> form = CaseForm::Compile(entry.files, *registry_, FormOperators());
    if (form.ok()) {
      entry.compiled = std::move(*form);
    } else {
      entry.problems = form.diagnostics();
    }
  });
  return entry.compiled ? &*entry.compiled : nullptr;
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
    if (all_versions || IsCurrent(*entry)) summaries.push_back(SummaryOf(*entry->files));
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

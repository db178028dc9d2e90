#include "core/cases/library_sources.h"

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

#include "core/cases/composed_case_type.h"
#include "core/cases/form_composer.h"
#include "core/cases/shared_pieces.h"
#include "core/json/parse.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;
using ordered_json = nlohmann::ordered_json;

constexpr const char* kMetaBase = "https://yaosu.cn/schemas/meta/";

Diagnostic FileProblem(std::string code, const std::string& file) {
  return Diagnostic{.code = std::move(code), .params = {{"file", file}}};
}

void Append(Diagnostics& to, const Diagnostics& more) { to.insert(to.end(), more.begin(), more.end()); }

std::size_t Slashes(const std::string& path) { return std::count(path.begin(), path.end(), '/'); }

// FormFolder: the folder of a form's case.json — cases/<type>/<form>/ or
// published/<type>/<version>/<form>/ — or nothing for any other file.
std::optional<std::string> FormFolder(const std::string& path) {
  const bool current = path.starts_with("cases/") && Slashes(path) == 3;
  const bool published = path.starts_with("published/") && Slashes(path) == 4;
  if (!(current || published) || !path.ends_with("/case.json")) return std::nullopt;
  return path.substr(0, path.size() - std::string("/case.json").size());
}

// CaseTypeFolder: the folder of a composable case type's case.json,
// cases/<type>/ — or nothing for any other file.
std::optional<std::string> CaseTypeFolder(const std::string& path) {
  if (!path.starts_with("cases/") || Slashes(path) != 2 || !path.ends_with("/case.json")) return std::nullopt;
  return path.substr(0, path.size() - std::string("/case.json").size());
}

// FormFile: the file a form is made from — elements.json of a form folder, <form>.json of a composable case type.
std::string FormFile(const FormPlace& place) {
  return place.folder + "/" + (place.composed_form.empty() ? "elements.json" : place.composed_form + ".json");
}

bool IsSharedSchema(const std::string& path) { return path.starts_with("common/") && Slashes(path) == 1; }
bool IsCaseMetaSchema(const std::string& path) { return path.starts_with("meta/yaosu/"); }
bool IsSharedPiece(const std::string& path) { return path.starts_with("shared/") && Slashes(path) == 1; }

}  // namespace

// Reader: the files, each parsed when first needed and kept; the case
// meta-schemas, each compiled when first needed; the shared pieces and the
// composed case types, each made once.
class LibrarySources::Reader {
 public:
  Reader(SourceFiles files, FileChecks checks) : checks_(checks) {
    for (SourceFile& file : files) texts_[std::move(file.path)] = std::move(file.text);
    for (const auto& [path, text] : texts_) {
      // The case meta-schemas only check files (Conforms): files checked before need none of them.
      const bool wanted = IsSharedSchema(path) || (IsCaseMetaSchema(path) && checks_ == FileChecks::kEveryFile);
      if (!wanted) continue;
      const json* document = Document(path, registry_problems_);
      if (document == nullptr || !document->contains("$id") || !(*document)["$id"].is_string()) continue;
      const std::string id = (*document)["$id"].get<std::string>();
      Report(registry_.Add(id, *document), path, registry_problems_);
      if (IsSharedSchema(path)) shared_schema_texts_[id] = text;
    }
  }

  const schema::SchemaRegistry& registry() const { return registry_; }
  const std::map<std::string, std::string>& shared_schema_texts() const { return shared_schema_texts_; }

  std::vector<ListedForm> List(Diagnostics& problems) {
    Append(problems, registry_problems_);
    std::vector<ListedForm> listed;
    for (const auto& [path, text] : texts_) {
      if (std::optional<std::string> folder = FormFolder(path)) {
        if (std::optional<ListedForm> form = ListFormFolder(*folder, problems)) listed.push_back(std::move(*form));
      } else if (std::optional<std::string> case_type = CaseTypeFolder(path)) {
        for (ListedForm& form : ListCaseType(*case_type, problems)) listed.push_back(std::move(form));
      }
    }
    std::set<std::pair<std::string, std::string>> seen;  // (id, version)
    std::erase_if(listed, [&](const ListedForm& form) {
      if (seen.emplace(form.key.id, form.key.version).second) return false;
      problems.push_back(FileProblem("case.duplicate_form", form.place.folder + "/case.json"));
      return true;
    });
    return listed;
  }

  bool HasFiles(const FormPlace& place) const { return texts_.contains(FormFile(place)); }

  std::optional<std::string> Text(const std::string& path) const {
    const auto found = texts_.find(path);
    if (found == texts_.end()) return std::nullopt;
    return found->second;
  }

  void AddFiles(SourceFiles files) {
    for (SourceFile& file : files) texts_.try_emplace(std::move(file.path), std::move(file.text));
  }

  Result<std::shared_ptr<const FormFiles>> Files(const FormPlace& place) {
    // Nothing is kept of a form whose files are not there yet: AddFiles may bring them.
    if (!HasFiles(place)) return FileProblem("case.file_missing", FormFile(place));
    if (place.composed_form.empty()) {
      Diagnostics problems;
      std::optional<FormFiles> files = Gather(place.folder, problems);
      if (!files) return problems;
      return std::make_shared<const FormFiles>(std::move(*files));
    }
    std::map<std::string, Result<std::shared_ptr<const FormFiles>>>& forms = Composed(place);
    const auto found = forms.find(place.composed_form);
    if (found == forms.end())
      return FileProblem("case.file_missing", place.folder + "/" + place.composed_form + ".json");
    return found->second;
  }

 private:
  std::optional<ListedForm> ListFormFolder(const std::string& folder, Diagnostics& problems) {
    const std::string path = folder + "/case.json";
    const json* manifest = Document(path, problems);
    if (manifest == nullptr || !Conforms(*manifest, "case", path, problems)) return std::nullopt;
    // The folder is the address: cases/<case_type>/<form>, or
    // published/<case_type>/<version>/<form> for a published version.
    const FormKey key = FormKey::Of(*manifest);
    if (folder != "cases/" + key.case_type + "/" + key.form &&
        folder != "published/" + key.case_type + "/" + key.version + "/" + key.form) {
      problems.push_back(FileProblem("case.folder_mismatch", path));
      return std::nullopt;
    }
    return ListedForm{.key = key, .place = {.folder = folder}};
  }

  std::vector<ListedForm> ListCaseType(const std::string& folder, Diagnostics& problems) {
    const std::string path = folder + "/case.json";
    const json* manifest = Document(path, problems);
    if (manifest == nullptr || !Conforms(*manifest, "case-type", path, problems)) return {};
    const std::string case_type = folder.substr(folder.rfind('/') + 1);
    std::vector<ListedForm> listed;
    for (const json& form : manifest->value("forms", json::array())) {
      const std::string name = form.get<std::string>();
      listed.push_back({.key = {.case_type = case_type,
                                .form = name,
                                .id = ComposedFormId(case_type, name),
                                .version = manifest->value("version", "")},
                        .place = {.folder = folder, .composed_form = name}});
    }
    return listed;
  }

  // Composed: the composed forms of the case type in `place.folder` — composed
  // up to the form wanted the first time it is wanted (an answer composes its
  // complaint first), each written out and checked like a published form's files.
  std::map<std::string, Result<std::shared_ptr<const FormFiles>>>& Composed(const FormPlace& place) {
    std::map<std::string, Result<std::shared_ptr<const FormFiles>>>& forms = composed_[place.folder];
    if (forms.contains(place.composed_form)) return forms;
    Diagnostics problems;
    std::optional<std::vector<FormFiles>> composed = Compose(place.folder, place.composed_form, problems);
    if (!composed) {
      forms.emplace(place.composed_form, problems);
      return forms;
    }
    for (FormFiles& files : *composed) {
      const std::string form = files.manifest.value("form", "");
      if (forms.contains(form)) continue;
      Diagnostics form_problems;
      if (FinishComposed(files, form_problems)) {
        forms.emplace(form, std::make_shared<const FormFiles>(std::move(files)));
      } else {
        forms.emplace(form, std::move(form_problems));
      }
    }
    return forms;
  }

  // Compose: the case type's sources checked against their meta-schemas and composed into forms.
  std::optional<std::vector<FormFiles>> Compose(const std::string& folder, const std::string& until,
                                                Diagnostics& problems) {
    const std::string manifest_path = folder + "/case.json";
    const json* manifest = Document(manifest_path, problems);
    if (manifest == nullptr || !Conforms(*manifest, "case-type", manifest_path, problems)) return std::nullopt;
    OrderedSources sources;
    std::vector<std::pair<std::string, std::string>> files = {{manifest_path, "case-type"}};
    for (const json& form : manifest->value("forms", json::array())) {
      files.emplace_back(folder + "/" + form.get<std::string>() + ".json", "form");
      files.emplace_back(folder + "/" + form.get<std::string>() + ".rules.json", "form-logic");
      if (form == until) break;
    }
    for (const auto& [path, meta] : files) {
      if (!texts_.contains(path)) continue;     // ComposeCaseType names a missing form file
      if (checks_ == FileChecks::kEveryFile) {  // (files checked before are parsed once, in order, below)
        const json* document = Document(path, problems);
        if (document == nullptr || !Conforms(*document, meta, path, problems)) return std::nullopt;
      }
      sources[path] = ordered_json::parse(texts_.at(path), nullptr, false);
    }
    const SharedPieces& shared = Shared(problems);
    Result<std::vector<FormFiles>> composed = ComposeCaseType(folder, sources, shared, until);
    if (!composed.ok()) {
      Append(problems, composed.diagnostics());
      return std::nullopt;
    }
    return std::move(*composed);
  }

  // FinishComposed: a composed form's files checked against their meta-schemas, with the rules and items they include.
  bool FinishComposed(FormFiles& files, Diagnostics& problems) {
    const std::string source = files.rules.path;
    if (!Conforms(files.elements, "elements", source, problems) ||
        !Conforms(files.rules.document, "rules", source, problems) ||
        !Conforms(files.computed.document, "computed", source, problems) ||
        !Conforms(files.document, "document", source, problems) || !IncludeRules(files, problems)) {
      return false;
    }
    files.document = WithSharedItems(std::move(files.document), problems);
    return true;
  }

  // Shared: the shared pieces (shared/*.json), read on the first call; the
  // problems of a broken piece are reported with every composition.
  const SharedPieces& Shared(Diagnostics& problems) {
    if (!shared_ready_) {
      for (const auto& [path, text] : texts_) {
        if (!IsSharedPiece(path)) continue;
        if (checks_ == FileChecks::kEveryFile) {
          const json* document = Document(path, shared_problems_);
          if (document == nullptr || !Conforms(*document, "shared", path, shared_problems_)) continue;
        }
        shared_.Add(path.substr(7, path.size() - 7 - 5), ordered_json::parse(text, nullptr, false));
      }
      shared_ready_ = true;
    }
    Append(problems, shared_problems_);
    return shared_;
  }

  // Gather: the files the manifest names, each checked against its meta-schema.
  std::optional<FormFiles> Gather(const std::string& folder, Diagnostics& problems) {
    const json* manifest = Document(folder + "/case.json", problems);
    if (manifest == nullptr) return std::nullopt;
    FormFiles files{.folder = folder, .manifest = *manifest};
    const json* schema = Need(folder, "schema.json", "", problems);
    const json* elements = Need(folder, "elements.json", "elements", problems);
    const json* rules = Need(folder, "rules.json", "rules", problems);
    if (schema == nullptr || elements == nullptr || rules == nullptr) return std::nullopt;
    files.schema = *schema;
    files.elements = *elements;
    files.rules = {folder + "/rules.json", *rules};
    if (manifest->contains("computed")) {
      const json* computed = Need(folder, "computed.json", "computed", problems);
      if (computed == nullptr) return std::nullopt;
      files.computed = {folder + "/computed.json", *computed};
    }
    if (manifest->contains("words")) {
      const json* words = Need(folder, "words.json", "", problems);
      if (words == nullptr) return std::nullopt;
      files.words = *words;
    }
    if (manifest->contains("document")) {
      const json* document = Need(folder, "document.json", "document", problems);
      if (document == nullptr) return std::nullopt;
      files.document = WithSharedItems(*document, problems);
    }
    if (!IncludeRules(files, problems)) return std::nullopt;
    return files;
  }

  // IncludeRules: the shared rules (common/rules/<name>.json) a form's rules include.
  bool IncludeRules(FormFiles& files, Diagnostics& problems) {
    for (const json& name : files.rules.document.value("include", json::array())) {
      const std::string path = "common/rules/" + name.get<std::string>() + ".json";
      const json* included = Need("common/rules", name.get<std::string>() + ".json", "rules", problems);
      if (included == nullptr) return false;
      files.included_rules.push_back({path, *included});
    }
    return true;
  }

  // WithSharedItems: a document.json with common/document/items.json's items
  // added where the form does not define its own.
  json WithSharedItems(json document, Diagnostics& problems) {
    const std::string path = "common/document/items.json";
    if (!texts_.contains(path)) return document;
    const json* shared = Document(path, problems);
    if (shared == nullptr || !Conforms(*shared, "document", path, problems)) return document;
    json& items = document["items"];
    if (!items.is_object()) items = json::object();
    const json shared_items = shared->value("items", json::object());
    for (const auto& [name, item] : shared_items.items()) {
      if (!items.contains(name)) items[name] = item;
    }
    return document;
  }

  // Need: folder/name, present and (for a `meta` kind) following its meta-schema.
  const json* Need(const std::string& folder, const std::string& name, const std::string& meta, Diagnostics& problems) {
    const std::string path = folder + "/" + name;
    if (!texts_.contains(path)) {
      problems.push_back(FileProblem("case.file_missing", path));
      return nullptr;
    }
    const json* document = Document(path, problems);
    if (document == nullptr || (!meta.empty() && !Conforms(*document, meta, path, problems))) return nullptr;
    return document;
  }

  // Document: the file at `path` parsed (on the first call), or nullptr with why.
  const json* Document(const std::string& path, Diagnostics& problems) {
    auto found = documents_.find(path);
    if (found == documents_.end()) {
      const auto text = texts_.find(path);
      if (text == texts_.end()) {
        problems.push_back(FileProblem("case.file_missing", path));
        return nullptr;
      }
      found = documents_.emplace(path, ParseJson(text->second)).first;
    }
    if (!found->second.ok()) {
      Report(found->second.diagnostics(), path, problems);
      return nullptr;
    }
    return &*found->second;
  }

  bool Conforms(const json& document, const std::string& meta, const std::string& path, Diagnostics& problems) {
    if (checks_ == FileChecks::kCheckedBefore) return true;
    const schema::CompiledSchema* checker = MetaSchema(meta);
    if (checker == nullptr) {
      problems.push_back(FileProblem("case.file_missing", "meta/yaosu/" + meta + ".schema.json"));
      return false;
    }
    schema::ValidationResult result = checker->Validate(document);
    if (result.valid) return true;
    Report(result.diagnostics, path, problems);
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

  static void Report(const Diagnostics& diagnostics, const std::string& file, Diagnostics& problems) {
    for (Diagnostic problem : diagnostics) {
      problem.params["file"] = file;
      problems.push_back(std::move(problem));
    }
  }

  FileChecks checks_;
  std::map<std::string, std::string> texts_;
  std::map<std::string, Result<json>> documents_;
  schema::SchemaRegistry registry_;
  Diagnostics registry_problems_;
  std::map<std::string, std::string> shared_schema_texts_;
  std::map<std::string, std::optional<schema::CompiledSchema>> meta_schemas_;
  bool shared_ready_ = false;
  SharedPieces shared_;
  Diagnostics shared_problems_;
  std::map<std::string, std::map<std::string, Result<std::shared_ptr<const FormFiles>>>> composed_;
};

LibrarySources::LibrarySources(SourceFiles files, FileChecks checks)
    : reader_(std::make_unique<Reader>(std::move(files), checks)) {}

LibrarySources::~LibrarySources() = default;

std::vector<ListedForm> LibrarySources::List(Diagnostics& problems) {
  std::lock_guard lock(mutex_);
  return reader_->List(problems);
}

Result<std::shared_ptr<const FormFiles>> LibrarySources::Files(const FormPlace& place) {
  std::lock_guard lock(mutex_);
  return reader_->Files(place);
}

bool LibrarySources::HasFiles(const FormPlace& place) {
  std::lock_guard lock(mutex_);
  return reader_->HasFiles(place);
}

std::optional<std::string> LibrarySources::Text(const std::string& path) {
  std::lock_guard lock(mutex_);
  return reader_->Text(path);
}

void LibrarySources::AddFiles(SourceFiles files) {
  std::lock_guard lock(mutex_);
  reader_->AddFiles(std::move(files));
}

const schema::SchemaRegistry& LibrarySources::registry() const { return reader_->registry(); }

const std::map<std::string, std::string>& LibrarySources::shared_schema_texts() const {
  return reader_->shared_schema_texts();
}

}  // namespace yaosu::cases

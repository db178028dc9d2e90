#include "tests/conformance/suite_loader.h"

#include <algorithm>
#include <system_error>

#include "core/json/parse.h"
#include "tests/support/test_options.h"

namespace yaosu::conformance {
namespace {

namespace fs = std::filesystem;

// The suite's files are trusted but large-ish; lift the nesting limit a little
// so that deeply nested test data is not mistaken for a broken file.
constexpr ParseLimits kSuiteParseLimits{.max_bytes = 64u << 20, .max_depth = 1024};

std::string RelativeGenericPath(const fs::path& path, const fs::path& root) {
  return path.lexically_relative(root).generic_string();
}

template <typename Iterator>
void CollectJsonFiles(Iterator it, const fs::path& root, std::vector<std::string>& files, std::string& error) {
  std::error_code ec;
  for (; !ec && it != Iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::error_code type_ec;
    if (entry.is_regular_file(type_ec) && entry.path().extension() == ".json") {
      files.push_back(RelativeGenericPath(entry.path(), root));
    }
  }
  if (ec) error = "cannot list " + root.string() + ": " + ec.message();
}

// DescriptionOf: the "description" string, tolerating its absence (value()
// would abort on a non-string, exceptions being off).
std::string DescriptionOf(const nlohmann::json& raw) {
  if (raw.contains("description") && raw["description"].is_string()) return raw["description"].get<std::string>();
  return "(no description)";
}

bool ParseSuiteCase(const nlohmann::json& raw, SuiteCase& out) {
  if (!raw.is_object() || !raw.contains("data") || !raw.contains("valid") || !raw["valid"].is_boolean()) {
    return false;
  }
  out.description = DescriptionOf(raw);
  out.instance = raw["data"];
  out.valid = raw["valid"].get<bool>();
  return true;
}

bool ParseSuiteGroup(const nlohmann::json& raw, SuiteGroup& out) {
  if (!raw.is_object() || !raw.contains("schema") || !raw.contains("tests") || !raw["tests"].is_array()) {
    return false;
  }
  out.description = DescriptionOf(raw);
  out.schema = raw["schema"];
  for (const nlohmann::json& raw_case : raw["tests"]) {
    SuiteCase suite_case;
    if (!ParseSuiteCase(raw_case, suite_case)) return false;
    out.cases.push_back(std::move(suite_case));
  }
  return true;
}

}  // namespace

std::vector<std::string> ListJsonFiles(const fs::path& root, bool recursive, std::string& error) {
  std::vector<std::string> files;
  std::error_code ec;
  if (recursive) {
    CollectJsonFiles(fs::recursive_directory_iterator(root, ec), root, files, error);
  } else {
    CollectJsonFiles(fs::directory_iterator(root, ec), root, files, error);
  }
  if (ec) error = "cannot open " + root.string() + ": " + ec.message();
  std::sort(files.begin(), files.end());  // directory order differs between file systems
  return files;
}

bool ReadJsonFile(const fs::path& path, nlohmann::json& document, std::string& error) {
  std::string text;
  if (!yaosu::testing::ReadFile(path.string(), text)) {
    error = "cannot read " + path.string();
    return false;
  }
  Result<nlohmann::json> parsed = ParseJson(text, kSuiteParseLimits);
  if (!parsed.ok()) {
    error = path.string() + ": ";
    if (!parsed.diagnostics().empty()) {
      const Diagnostic& first = parsed.diagnostics().front();
      error += first.code + " " + first.params.dump();
    }
    return false;
  }
  document = std::move(parsed).value();
  return true;
}

SuiteFile LoadSuiteFile(const fs::path& draft_dir, const std::string& relative_path) {
  SuiteFile file;
  file.relative_path = relative_path;
  nlohmann::json document;
  if (!ReadJsonFile(draft_dir / relative_path, document, file.load_error)) return file;
  if (!document.is_array()) {
    file.load_error = relative_path + ": expected an array of test groups";
    return file;
  }
  for (const nlohmann::json& raw_group : document) {
    SuiteGroup group;
    if (!ParseSuiteGroup(raw_group, group)) {
      file.groups.clear();
      file.load_error = relative_path + ": a test group does not have the suite's shape";
      return file;
    }
    file.groups.push_back(std::move(group));
  }
  return file;
}

RemotesLoad LoadRemotes(const fs::path& remotes_dir, schema::SchemaRegistry& registry) {
  RemotesLoad load;
  std::string list_error;
  const std::vector<std::string> files = ListJsonFiles(remotes_dir, /*recursive=*/true, list_error);
  if (!list_error.empty()) load.errors.push_back(list_error);
  for (const std::string& relative : files) {
    nlohmann::json document;
    std::string error;
    if (!ReadJsonFile(remotes_dir / relative, document, error)) {
      load.errors.push_back(error);
      continue;
    }
    const std::string uri = kRemotesBaseUri + relative;
    const Diagnostics problems = registry.Add(uri, std::move(document));
    if (HasErrors(problems)) {
      load.errors.push_back(uri + ": " + problems.front().code);
      continue;
    }
    ++load.documents;
  }
  return load;
}

}  // namespace yaosu::conformance

#include "core/cases/source_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include "core/embedded/embedded.h"
#include "core/json/parse.h"

namespace yaosu::cases {
namespace {

namespace fs = std::filesystem;

Diagnostic Unreadable(const std::string& folder) {
  return Diagnostic{.code = "case.folder_unreadable", .params = {{"folder", folder}}};
}

bool InExamples(const fs::path& relative) {
  return std::any_of(relative.begin(), relative.end(), [](const fs::path& part) { return part == "examples"; });
}

}  // namespace

Diagnostic BundleMalformed(std::string reason) {
  return Diagnostic{.code = "case.bundle_malformed", .params = {{"reason", std::move(reason)}}};
}

SourceFiles EmbeddedSources() {
  SourceFiles files;
  for (const auto* group : {&embedded::CaseTypes(), &embedded::CaseTypeForms()}) {
    for (const embedded::EmbeddedFile& file : *group) files.push_back({std::string(file.path), std::string(file.text)});
  }
  return files;
}

SourceFiles WithBuiltinShared(SourceFiles files) {
  std::set<std::string> present;
  for (const SourceFile& file : files) present.insert(file.path);
  for (const embedded::EmbeddedFile& file : embedded::CaseTypes()) {
    const bool shared =
        file.path.starts_with("common/") || file.path.starts_with("shared/") || file.path.starts_with("meta/");
    if (shared && !present.contains(std::string(file.path)))
      files.push_back({std::string(file.path), std::string(file.text)});
  }
  return files;
}

Result<SourceFiles> ReadFolderBundle(std::string_view text) {
  Result<nlohmann::json> bundle = ParseJson(text);
  if (!bundle.ok()) return bundle.diagnostics();
  if (!bundle->is_object() || !bundle->contains("folder") || !(*bundle)["folder"].is_string())
    return BundleMalformed("/folder");
  if (!bundle->contains("files") || !(*bundle)["files"].is_array()) return BundleMalformed("/files");
  SourceFiles files;
  for (nlohmann::json& file : (*bundle)["files"]) {
    if (!file.is_object() || !file.contains("path") || !file["path"].is_string() || !file.contains("text") ||
        !file["text"].is_string()) {
      return BundleMalformed("/files/" + std::to_string(files.size()));
    }
    files.push_back({std::move(file["path"].get_ref<std::string&>()), std::move(file["text"].get_ref<std::string&>())});
  }
  return FolderFiles((*bundle)["folder"].get<std::string>(), std::move(files));
}

Result<SourceFiles> FolderFiles(std::string_view folder, SourceFiles files) {
  const std::string inside = std::string(folder) + "/";
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string& path = files[i].path;
    if (!path.starts_with(inside) || path.find("..") != std::string::npos)
      return BundleMalformed("/files/" + std::to_string(i) + "/path");
  }
  return files;
}

Result<SourceFiles> ReadSchemaFolder(const std::string& folder) {
  std::error_code error;
  if (!fs::is_directory(folder, error)) return Unreadable(folder);
  SourceFiles files;
  for (const char* area : {"cases", "published", "shared", "common", "meta/yaosu"}) {
    const fs::path root = fs::path(folder) / area;
    if (!fs::is_directory(root, error)) continue;
    for (auto it = fs::recursive_directory_iterator(root, error); !error && it != fs::recursive_directory_iterator();
         it.increment(error)) {
      const fs::path relative = fs::relative(it->path(), folder, error);
      if (!it->is_regular_file() || it->path().extension() != ".json" || InExamples(relative)) continue;
      std::ifstream in(it->path(), std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      if (!in) return Unreadable(it->path().string());
      files.push_back({relative.generic_string(), text.str()});
    }
    if (error) return Unreadable(root.string());
  }
  // Directory order differs between systems; loading must not.
  std::sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace yaosu::cases

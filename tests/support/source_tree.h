// File: reading the repository's own data in tests — a JSON file, the JSON files
// of a folder, the case types as CaseLibrary loads them from schemas/ (not the
// copy compiled into the engine, so a test sees the files as they are now), and
// the copy compiled into the engine.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/cases/case_library.h"
#include "core/json/parse.h"
#include "tests/support/test_options.h"

namespace yaosu::testing {

// ReadJsonFile: the parsed file; a file that cannot be read or parsed fails the test and gives null.
inline nlohmann::json ReadJsonFile(const std::filesystem::path& path) {
  std::string text;
  EXPECT_TRUE(ReadFile(path.string(), text)) << path;
  Result<nlohmann::json> parsed = ParseJson(text);
  EXPECT_TRUE(parsed.ok()) << path;
  return parsed.ok() ? *parsed : nlohmann::json();
}

// JsonFilesIn: the *.json files directly in `folder`, sorted; none when it is not a folder.
inline std::vector<std::filesystem::path> JsonFilesIn(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::is_directory(folder)) return files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// SourceTreeLibrary: the case types of the source tree's schemas/, loaded once.
inline const Result<cases::CaseLibrary>& SourceTreeLibrary() {
  static const Result<cases::CaseLibrary> library = [] {
    Result<cases::SourceFiles> files = cases::ReadSchemaFolder(std::string(YAOSU_SOURCE_DIR) + "/schemas");
    return files.ok() ? cases::CaseLibrary::Load(*files) : Result<cases::CaseLibrary>(files.diagnostics());
  }();
  return library;
}

// BuiltinLibrary: the case types compiled into the engine; a test fails when they do not load cleanly.
inline const cases::CaseLibrary& BuiltinLibrary() {
  const Result<cases::CaseLibrary>& library = cases::CaseLibrary::Builtin();
  EXPECT_TRUE(library.ok() && library.diagnostics().empty()) << ToJson(library.diagnostics()).dump();
  return *library;
}

}  // namespace yaosu::testing

// File: reading JSON-Schema-Test-Suite files from disk.
//
// The suite's layout (https://github.com/json-schema-org/JSON-Schema-Test-Suite):
//   tests/<draft>/*.json            required cases
//   tests/<draft>/optional/**/*.json optional cases (format assertion among them)
//   remotes/**                       documents served at http://localhost:1234/<path>
// Each test file is an array of groups {description, schema, tests: [{description,
// data, valid}]}. Everything here is plain file I/O and std::filesystem, so it
// runs unchanged in the wasm build under Node (NODERAWFS).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/schema/registry.h"

namespace yaosu::conformance {

struct SuiteCase {
  std::string description;
  nlohmann::json instance;
  bool valid = false;
};

struct SuiteGroup {
  std::string description;
  nlohmann::json schema;
  std::vector<SuiteCase> cases;
};

// SuiteFile: one test file. `load_error` is set (and `groups` empty) when the
// file could not be read or does not have the suite's shape.
struct SuiteFile {
  std::string relative_path;  // relative to tests/<draft>/, with '/' separators
  std::vector<SuiteGroup> groups;
  std::string load_error;
};

// ListJsonFiles: the *.json files under `root`, as sorted relative paths with
// '/' separators; `recursive` descends into sub-folders. `error` is set when
// the folder cannot be listed.
std::vector<std::string> ListJsonFiles(const std::filesystem::path& root, bool recursive, std::string& error);

// ReadJsonFile: reads and parses one file with the project's parser. Returns
// false and a message naming the file (and line/column) on failure.
bool ReadJsonFile(const std::filesystem::path& path, nlohmann::json& document, std::string& error);

// LoadSuiteFile: reads tests/<draft>/<relative_path> into groups and cases.
SuiteFile LoadSuiteFile(const std::filesystem::path& draft_dir, const std::string& relative_path);

// RemotesLoad: how many remote documents were registered, and what went wrong.
struct RemotesLoad {
  std::size_t documents = 0;
  std::vector<std::string> errors;
};

// kRemotesBaseUri: where the suite expects remotes/ to be served.
inline constexpr const char* kRemotesBaseUri = "http://localhost:1234/";

// LoadRemotes: adds every file under `remotes_dir` to `registry` under
// kRemotesBaseUri + its relative path.
RemotesLoad LoadRemotes(const std::filesystem::path& remotes_dir, schema::SchemaRegistry& registry);

}  // namespace yaosu::conformance

// Helpers shared by the schema engine tests: compile from JSON text, and
// find a diagnostic by code.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "core/json/parse.h"
#include "core/schema/schema.h"
#include "tests/support/test_options.h"

namespace yaosu::schema::testing {

inline nlohmann::json Json(std::string_view text) {
  Result<nlohmann::json> parsed = ParseJson(text);
  EXPECT_TRUE(parsed.ok()) << text;
  return parsed.ok() ? *parsed : nlohmann::json();
}

inline CompiledSchema MustCompile(std::string_view schema_text, const CompileOptions& options = {},
                                  const SchemaRegistry& registry = SchemaRegistry()) {
  Result<CompiledSchema> compiled = CompiledSchema::Compile(Json(schema_text), registry, options);
  if (!compiled.ok()) ADD_FAILURE() << ToJson(compiled.diagnostics()).dump();
  return compiled.ok() ? *compiled : *CompiledSchema::Compile(nlohmann::json(true), registry);
}

inline const Diagnostic* FindCode(const Diagnostics& diagnostics, std::string_view code) {
  for (const Diagnostic& d : diagnostics) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

// RegisterFolder: adds every *.json of `folder` (relative to the source tree)
// to `registry` under its `$id`; returns the `$id`s.
inline std::vector<std::string> RegisterFolder(const std::string& folder, SchemaRegistry& registry) {
  std::vector<std::string> ids;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(YAOSU_SOURCE_DIR) / folder)) {
    if (entry.path().extension() != ".json") continue;
    std::string text;
    EXPECT_TRUE(yaosu::testing::ReadFile(entry.path().string(), text)) << entry.path();
    const nlohmann::json document = Json(text);
    if (!document.contains("$id") || !document["$id"].is_string()) {
      ADD_FAILURE() << entry.path() << " has no $id";
      continue;
    }
    EXPECT_TRUE(registry.Add(document["$id"].get<std::string>(), document).empty()) << entry.path();
    ids.push_back(document["$id"].get<std::string>());
  }
  return ids;
}

// CompileRef: the schema {"$ref": uri} compiled against `registry`.
inline CompiledSchema CompileRef(const std::string& uri, const SchemaRegistry& registry) {
  Result<CompiledSchema> compiled = CompiledSchema::Compile(Json(R"({"$ref": ")" + uri + R"("})"), registry);
  if (!compiled.ok()) ADD_FAILURE() << uri << ": " << ToJson(compiled.diagnostics()).dump();
  return compiled.ok() ? *compiled : *CompiledSchema::Compile(nlohmann::json(false), registry);
}

}  // namespace yaosu::schema::testing

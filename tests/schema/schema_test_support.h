// Helpers shared by the schema engine tests: compile from JSON text, and
// find a diagnostic by code.
#pragma once

#include <string_view>

#include <gtest/gtest.h>

#include "core/json/parse.h"
#include "core/schema/schema.h"

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

}  // namespace yaosu::schema::testing

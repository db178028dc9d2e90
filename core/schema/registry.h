// File: SchemaRegistry — the documents a schema's `$ref`s may reach.
//
// The engine never touches the network or the disk: every document a `$ref` or
// `$schema` can name must be added here first, under its absolute URI. The
// JSON Schema 2020-12 meta-schemas are always present.
//
//   SchemaRegistry registry;
//   registry.Add("https://yaosu.cn/schemas/common/party.json", party_schema);
//   Result<CompiledSchema> schema = CompiledSchema::Compile(form_schema, registry);
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics/diagnostic.h"

namespace yaosu::schema {

class SchemaRegistry {
 public:
  // SchemaRegistry: a registry holding the 2020-12 meta-schemas.
  SchemaRegistry();

  // Add: registers `document` under `uri` (absolute, no fragment). Adding the
  // same URI twice replaces the document. Returns a diagnostic for a bad URI.
  Diagnostics Add(std::string_view uri, nlohmann::json document);

  // Find: the document registered under `uri`, or nullptr.
  std::shared_ptr<const nlohmann::json> Find(std::string_view uri) const;

 private:
  std::map<std::string, std::shared_ptr<const nlohmann::json>, std::less<>> documents_;
};

}  // namespace yaosu::schema

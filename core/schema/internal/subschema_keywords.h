// File: where subschemas live inside a schema object.
//
// Indexing identifiers ($id, $anchor, $dynamicAnchor) must visit exactly the
// subschemas — never the inside of `enum`, `const` or an unknown keyword, whose
// `$id`s are plain data (JSON Schema Core §9.4.2). One table serves the
// indexer and anything else that walks a schema.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace yaosu::schema::internal {

// ForEachSubschema: calls `visit(subschema, pointer)` for every immediate
// subschema of the schema object `schema` located at `pointer`. Array-form
// `items` (older drafts) and the `dependencies` / `definitions` keywords of
// older drafts are included, so documents of those drafts index correctly.
void ForEachSubschema(const nlohmann::json& schema, const std::string& pointer,
                      const std::function<void(const nlohmann::json&, std::string)>& visit);

}  // namespace yaosu::schema::internal

// File: the JSON Schema 2020-12 meta-schemas, compiled into the library from
// schemas/meta/json-schema/2020-12/ (see core/CMakeLists.txt).
#pragma once

#include <string_view>
#include <vector>

namespace yaosu::schema::internal {

// EmbeddedMetaschemas: the JSON text of each meta-schema document.
const std::vector<std::string_view>& EmbeddedMetaschemas();

}  // namespace yaosu::schema::internal

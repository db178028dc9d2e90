// File: compiling the keywords of one schema object into a Node.
//
// Each keyword's value is checked (a bad value is a schema diagnostic) and
// turned into its plain-data struct (node.h). Subschemas and references are
// obtained from the Compiler, which allocates their nodes without recursing.
#pragma once

#include <nlohmann/json.hpp>

#include "core/schema/internal/compiler.h"
#include "core/schema/internal/document_index.h"
#include "core/schema/internal/node.h"
#include "core/schema/internal/vocabulary.h"

namespace yaosu::schema::internal {

// CompileKeywords: fills `node` from the schema object `schema` at `location`,
// honouring only the keywords of the vocabularies `dialect` enables.
void CompileKeywords(Compiler& compiler, Node& node, const SchemaLocation& location, const nlohmann::json& schema,
                     const SubschemaInfo& info, const Dialect& dialect);

}  // namespace yaosu::schema::internal

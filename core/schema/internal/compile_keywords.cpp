#include "core/schema/internal/compile_keywords.h"

#include "core/schema/internal/compile_vocabularies.h"

namespace yaosu::schema::internal {

void CompileKeywords(Compiler& compiler, Node& node, const SchemaLocation& location, const nlohmann::json& schema,
                     const SubschemaInfo& info, const Dialect& dialect) {
  // The order is the keywords' order in the node (and so in which diagnostics come first).
  KeywordReader keywords(compiler, node, location, schema, info, dialect);
  CompileCoreVocabulary(keywords);  // the core vocabulary is always in force
  if (dialect.Has(kApplicatorVocabulary)) CompileApplicatorVocabulary(keywords);
  if (dialect.Has(kValidationVocabulary)) CompileValidationVocabulary(keywords);
  CompileFormatVocabulary(keywords);
  if (dialect.Has(kUnevaluatedVocabulary)) CompileUnevaluatedVocabulary(keywords);
}

}  // namespace yaosu::schema::internal

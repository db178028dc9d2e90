// File: one compiler per vocabulary of JSON Schema 2020-12 (and the older drafts'
// spellings where the dialect is legacy). Each adds to the reader's node the
// keywords it knows, in a fixed order; CompileKeywords calls those the dialect enables.
#pragma once

#include "core/schema/internal/keyword_reader.h"

namespace yaosu::schema::internal {

// compile_core.cpp: $ref and $dynamicRef (always in force), format, unevaluated*.
void CompileCoreVocabulary(KeywordReader& keywords);
void CompileFormatVocabulary(KeywordReader& keywords);
void CompileUnevaluatedVocabulary(KeywordReader& keywords);
// compile_applicators.cpp: allOf … if/then/else, items, contains, properties …
void CompileApplicatorVocabulary(KeywordReader& keywords);
// compile_validation.cpp: type, enum, const, the bounds, lengths, counts, pattern, required …
void CompileValidationVocabulary(KeywordReader& keywords);

}  // namespace yaosu::schema::internal

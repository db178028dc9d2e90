// File: vocabularies — which keywords a schema resource's dialect enables.
//
// A resource's `$schema` names its meta-schema; the meta-schema's
// `$vocabulary` lists the vocabularies in force. Keywords of a vocabulary not
// listed are ignored (JSON Schema Core §8.1.2). Older drafts are recognised by
// URI so that a 2020-12 schema may `$ref` a draft 2019-09 or draft-07 document.
#pragma once

#include <cstdint>
#include <string_view>

namespace yaosu::schema::internal {

enum VocabularyBit : std::uint16_t {
  kCoreVocabulary = 1 << 0,
  kApplicatorVocabulary = 1 << 1,
  kUnevaluatedVocabulary = 1 << 2,
  kValidationVocabulary = 1 << 3,
  kMetaDataVocabulary = 1 << 4,
  kFormatAnnotationVocabulary = 1 << 5,
  kFormatAssertionVocabulary = 1 << 6,
  kContentVocabulary = 1 << 7,
};

// Dialect: the vocabularies in force, and whether the draft predates 2020-12
// (array-form `items`, `additionalItems`, no `prefixItems` / `$dynamicRef`).
struct Dialect {
  std::uint16_t vocabularies = 0;
  bool legacy = false;
  bool Has(VocabularyBit bit) const { return (vocabularies & bit) != 0; }
};

// Dialect2020: all the vocabularies of the 2020-12 meta-schema.
Dialect Dialect2020();

// KnownDialect: the dialect of a well-known meta-schema URI (2020-12,
// 2019-09, draft-07/06/04), or false when the URI is not one of them.
bool KnownDialect(std::string_view metaschema_uri, Dialect& dialect);

// VocabularyFromUri: the bit of a 2020-12 vocabulary URI, or 0 if unknown.
VocabularyBit VocabularyFromUri(std::string_view vocabulary_uri);

}  // namespace yaosu::schema::internal

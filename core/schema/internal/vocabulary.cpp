#include "core/schema/internal/vocabulary.h"

#include <string>

namespace yaosu::schema::internal {
namespace {
constexpr std::uint16_t kAll2020 = kCoreVocabulary | kApplicatorVocabulary | kUnevaluatedVocabulary |
                                   kValidationVocabulary | kMetaDataVocabulary | kFormatAnnotationVocabulary |
                                   kContentVocabulary;

std::string_view WithoutEmptyFragment(std::string_view uri) {
  if (!uri.empty() && uri.back() == '#') uri.remove_suffix(1);
  return uri;
}
}  // namespace

Dialect Dialect2020() { return Dialect{kAll2020, false}; }

bool KnownDialect(std::string_view metaschema_uri, Dialect& dialect) {
  const std::string_view uri = WithoutEmptyFragment(metaschema_uri);
  if (uri == "https://json-schema.org/draft/2020-12/schema") {
    dialect = Dialect2020();
    return true;
  }
  if (uri == "https://json-schema.org/draft/2019-09/schema" || uri == "http://json-schema.org/draft-07/schema" ||
      uri == "http://json-schema.org/draft-06/schema" || uri == "http://json-schema.org/draft-04/schema") {
    dialect = Dialect{kAll2020 & ~kUnevaluatedVocabulary, true};
    if (uri == "https://json-schema.org/draft/2019-09/schema") dialect.vocabularies |= kUnevaluatedVocabulary;
    return true;
  }
  return false;
}

VocabularyBit VocabularyFromUri(std::string_view vocabulary_uri) {
  constexpr std::string_view kPrefix = "https://json-schema.org/draft/2020-12/vocab/";
  if (vocabulary_uri.substr(0, kPrefix.size()) != kPrefix) return VocabularyBit{};
  const std::string_view name = vocabulary_uri.substr(kPrefix.size());
  if (name == "core") return kCoreVocabulary;
  if (name == "applicator") return kApplicatorVocabulary;
  if (name == "unevaluated") return kUnevaluatedVocabulary;
  if (name == "validation") return kValidationVocabulary;
  if (name == "meta-data") return kMetaDataVocabulary;
  if (name == "format-annotation") return kFormatAnnotationVocabulary;
  if (name == "format-assertion") return kFormatAssertionVocabulary;
  if (name == "content") return kContentVocabulary;
  return VocabularyBit{};
}

}  // namespace yaosu::schema::internal

// The core vocabulary's references, `format`, and the unevaluated vocabulary.
#include "core/schema/internal/compile_vocabularies.h"

namespace yaosu::schema::internal {
namespace {

// A `$dynamicRef` is dynamic only when its static target declares a
// `$dynamicAnchor` of the fragment's name (the "bookend"); otherwise it is
// an ordinary `$ref`.
void CompileDynamicRef(KeywordReader& keywords, const std::string& reference) {
  const Node* target = keywords.compiler().Resolve(keywords.info(), reference, keywords.At("$dynamicRef"));
  if (target == nullptr) return;
  DynamicRefKeyword keyword{target, std::nullopt};
  const std::size_t hash = reference.find('#');
  if (hash != std::string::npos) {
    const std::string anchor = reference.substr(hash + 1);
    const auto& anchors = target->resource->dynamic_anchors;
    if (!anchor.empty() && anchor.front() != '/') {
      const auto it = anchors.find(anchor);
      if (it != anchors.end() && it->second == target) keyword.anchor = anchor;
    }
  }
  keywords.Add("$dynamicRef", std::move(keyword));
}

}  // namespace

void CompileCoreVocabulary(KeywordReader& keywords) {
  if (const nlohmann::json* ref = keywords.Member("$ref")) {
    if (!ref->is_string()) {
      keywords.Invalid("$ref", "URI reference");
    } else if (const Node* target =
                   keywords.compiler().Resolve(keywords.info(), ref->get<std::string>(), keywords.At("$ref"))) {
      keywords.Add("$ref", RefKeyword{target});
    }
  }
  const nlohmann::json* dynamic_ref = keywords.dialect().legacy ? nullptr : keywords.Member("$dynamicRef");
  if (dynamic_ref != nullptr) {
    if (!dynamic_ref->is_string()) keywords.Invalid("$dynamicRef", "URI reference");
    else CompileDynamicRef(keywords, dynamic_ref->get<std::string>());
  }
}

// `format` asserts only when asked to (an option, or a meta-schema with the
// format-assertion vocabulary); otherwise it is an annotation and compiles
// to nothing. Unknown formats stay annotations either way.
void CompileFormatVocabulary(KeywordReader& keywords) {
  const nlohmann::json* format = keywords.Member("format");
  if (format == nullptr) return;
  const Compiler& compiler = keywords.compiler();
  const bool asserts = compiler.options().format_assertion || keywords.dialect().Has(kFormatAssertionVocabulary);
  if (!asserts || !format->is_string()) return;
  const std::string& name = format->get_ref<const std::string&>();
  if (const FormatChecker* checker = compiler.formats().Find(name))
    keywords.Add("format", FormatKeyword{name, checker});
}

void CompileUnevaluatedVocabulary(KeywordReader& keywords) {
  if (keywords.Member("unevaluatedItems") != nullptr) {
    if (const Node* schema = keywords.Schema("unevaluatedItems")) {
      keywords.Add("unevaluatedItems", UnevaluatedItemsKeyword{schema});
      keywords.node().reads_annotations = true;
    }
  }
  if (keywords.Member("unevaluatedProperties") != nullptr) {
    if (const Node* schema = keywords.Schema("unevaluatedProperties")) {
      keywords.Add("unevaluatedProperties", UnevaluatedPropertiesKeyword{schema});
      keywords.node().reads_annotations = true;
    }
  }
}

}  // namespace yaosu::schema::internal

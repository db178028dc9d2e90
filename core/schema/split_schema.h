// File: SplitSchema — an object schema checked one top-level property at a
// time, for an editor that re-checks only the property a keystroke changed.
//
// Validate(instance) of such a schema reports, in order: the root keywords
// before `properties`, then each declared property present in the instance
// (in the schema's order), then the root keywords after it. SplitSchema gives
// those pieces separately, with the very diagnostics Validate would give:
//
//   std::optional<SplitSchema> split = SplitSchema::Of(compiled);   // nullopt: check whole
//   ValidationResult facts = split->CheckProperty(index_of_facts, instance["facts"]);
//   RootCheck root = split->CheckRoot(instance);                      // required, additionalProperties, …
//
// Each piece stops at its options' max_diagnostics on its own; a caller
// whose pieces add up to that limit checks the whole instance instead.
//
// Only schemas whose other root keywords look at the root object itself
// (type, required, additionalProperties, propertyNames, min/maxProperties,
// dependentRequired, and assertions for other types) split; applicators that
// re-read the whole instance or couple properties (allOf, if, $ref, patternProperties,
// dependentSchemas, unevaluatedProperties, …) would gain nothing, so Of refuses them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/schema/schema.h"

namespace yaosu::schema {

namespace internal {
struct Keyword;
struct Node;
}  // namespace internal

// RootCheck: the root keywords other than `properties`; `split` of the
// diagnostics come before where the properties' diagnostics go.
struct RootCheck {
  ValidationResult result;
  std::size_t split = 0;
};

class SplitSchema {
 public:
  // Of: the split of `schema`, or nullopt when its root does not split.
  static std::optional<SplitSchema> Of(const CompiledSchema& schema);

  // properties: the root's declared property names, in evaluation order.
  const std::vector<std::string>& properties() const { return names_; }

  // CheckProperty: property `n`'s subschema against `value` (the instance's member of that name).
  ValidationResult CheckProperty(std::size_t n, const nlohmann::json& value, const ValidateOptions& options = {}) const;
  // CheckRoot: every root keyword except `properties`, against the whole instance.
  RootCheck CheckRoot(const nlohmann::json& instance, const ValidateOptions& options = {}) const;

 private:
  explicit SplitSchema(CompiledSchema schema) : schema_(std::move(schema)) {}

  CompiledSchema schema_;  // keeps the graph the pointers below live in
  const internal::Node* root_ = nullptr;
  const internal::Keyword* properties_ = nullptr;
  std::vector<std::string> names_;
  std::vector<const internal::Node*> subschemas_;
};

}  // namespace yaosu::schema

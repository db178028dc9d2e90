#include "core/schema/split_schema.h"

#include <type_traits>
#include <variant>

#include "core/schema/internal/evaluator.h"
#include "core/schema/internal/schema_graph.h"

namespace yaosu::schema {
namespace {

using internal::Keyword;

// LooksAtRootOnly: whether a root keyword reads no more than the root object
// itself (its names, its size) or applies only to other types — so re-running
// it after any change costs little and never depends on another keyword.
bool LooksAtRootOnly(const Keyword& keyword) {
  return std::visit(
      [](const auto& data) {
        using T = std::decay_t<decltype(data)>;
        return std::is_same_v<T, internal::TypeKeyword> || std::is_same_v<T, internal::RequiredKeyword> ||
               std::is_same_v<T, internal::CountKeyword> || std::is_same_v<T, internal::PropertyNamesKeyword> ||
               std::is_same_v<T, internal::DependentRequiredKeyword> || std::is_same_v<T, internal::BoundKeyword> ||
               std::is_same_v<T, internal::MultipleOfKeyword> || std::is_same_v<T, internal::LengthKeyword> ||
               std::is_same_v<T, internal::PatternKeyword> || std::is_same_v<T, internal::FormatKeyword> ||
               std::is_same_v<T, internal::UniqueItemsKeyword> ||
               // Skips the declared names; with patternProperties refused it never reaches a declared property.
               (std::is_same_v<T, internal::AdditionalPropertiesKeyword>);
      },
      keyword.data);
}

}  // namespace

std::optional<SplitSchema> SplitSchema::Of(const CompiledSchema& schema) {
  const internal::Node* root = schema.graph_->root;
  if (root == nullptr || root->boolean.has_value() || root->reads_annotations) return std::nullopt;
  SplitSchema split(schema);
  split.root_ = root;
  for (const Keyword& keyword : root->keywords) {
    if (const auto* properties = std::get_if<internal::PropertiesKeyword>(&keyword.data)) {
      if (split.properties_ != nullptr) return std::nullopt;
      split.properties_ = &keyword;
      for (const auto& [name, subschema] : properties->properties) {
        split.names_.push_back(name);
        split.subschemas_.push_back(subschema);
      }
    } else if (!LooksAtRootOnly(keyword)) {
      return std::nullopt;
    }
  }
  if (split.properties_ == nullptr) return std::nullopt;
  return split;
}

ValidationResult SplitSchema::CheckProperty(std::size_t n, const nlohmann::json& value,
                                            const ValidateOptions& options) const {
  ValidationResult result;
  internal::Evaluator evaluator(options, &result.diagnostics, options.record_branches ? &result.branches : nullptr);
  result.valid = evaluator.RunProperty(*root_, *properties_, names_[n], *subschemas_[n], value);
  return result;
}

RootCheck SplitSchema::CheckRoot(const nlohmann::json& instance, const ValidateOptions& options) const {
  RootCheck check;
  internal::Evaluator evaluator(options, &check.result.diagnostics,
                                options.record_branches ? &check.result.branches : nullptr);
  check.result.valid = evaluator.RunRootExcept(*root_, *properties_, instance, check.split);
  return check;
}

}  // namespace yaosu::schema

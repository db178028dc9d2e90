#include "core/schema/schema.h"

#include "core/schema/internal/compiler.h"
#include "core/schema/internal/evaluator.h"
#include "core/schema/internal/schema_graph.h"

namespace yaosu::schema {

nlohmann::json ValidationResult::ToBasicOutput() const {
  nlohmann::json output = {{"valid", valid}};
  if (!diagnostics.empty()) output["errors"] = ToJson(diagnostics);
  return output;
}

CompiledSchema::CompiledSchema(std::shared_ptr<const internal::SchemaGraph> graph) : graph_(std::move(graph)) {}

Result<CompiledSchema> CompiledSchema::Compile(const nlohmann::json& schema, const SchemaRegistry& registry,
                                               const CompileOptions& options) {
  auto graph = std::make_shared<internal::SchemaGraph>();
  internal::Compiler compiler(registry, options, *graph);
  Diagnostics diagnostics = compiler.Compile(std::make_shared<const nlohmann::json>(schema));
  if (!diagnostics.empty()) return diagnostics;
  return CompiledSchema(std::move(graph));
}

ValidationResult CompiledSchema::Validate(const nlohmann::json& instance, const ValidateOptions& options) const {
  ValidationResult result;
  internal::Evaluator evaluator(options, &result.diagnostics, options.record_branches ? &result.branches : nullptr);
  result.valid = evaluator.Run(*graph_->root, instance);
  return result;
}

bool CompiledSchema::IsValid(const nlohmann::json& instance) const {
  const ValidateOptions options;
  internal::Evaluator evaluator(options, nullptr);
  return evaluator.Run(*graph_->root, instance);
}

}  // namespace yaosu::schema

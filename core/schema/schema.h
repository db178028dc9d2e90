// File: the JSON Schema 2020-12 engine — compile once, validate many times.
//
// A schema is compiled into an immutable graph of keyword constraints (every
// `$ref` resolved, every regex compiled, every vocabulary decided); validating
// an instance then only walks that graph. A CompiledSchema is cheap to copy
// (it shares the graph) and safe to use from several threads at once.
//
//   Result<CompiledSchema> schema = CompiledSchema::Compile(schema_json, registry);
//   if (!schema.ok()) report(schema.diagnostics());   // a broken schema is a value too
//   ValidationResult result = schema->Validate(instance);
//   for (const Diagnostic& d : result.diagnostics) show(d.code, d.instance_location);
//
// Problems are values: a diagnostic per failed keyword, with a stable code
// ("schema.<keyword>"), JSON Pointers to the instance and along the evaluation
// path, the absolute keyword location, and the parameters a message needs.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics/result.h"
#include "core/schema/format_registry.h"
#include "core/schema/registry.h"

namespace yaosu::schema {

namespace internal {
class SchemaGraph;
}

// CompileOptions: how a schema is compiled.
struct CompileOptions {
  // format_assertion: check `format` (an annotation by default in 2020-12). A
  // meta-schema declaring the format-assertion vocabulary turns it on as well.
  bool format_assertion = false;
  // base_uri: the retrieval URI of a root schema without an absolute `$id`.
  std::string base_uri = "urn:yaosu:schema:root";
  // max_nodes: subschemas compiled at most (guards against schema bombs).
  std::size_t max_nodes = 200000;
  FormatRegistry formats = FormatRegistry::Standard();
};

// ValidateOptions: how one instance is validated.
struct ValidateOptions {
  enum class Mode { kAllErrors, kFirstError };
  Mode mode = Mode::kAllErrors;
  std::size_t max_diagnostics = 1000;  // further problems are summarised in one diagnostic
  std::size_t max_depth = 1000;        // nested subschema evaluations
  // record_branches: note which side of every `if` applied (ValidationResult::branches).
  bool record_branches = false;
};

// ConditionalBranch: which side of an `if` applied to one element — what a
// form page needs to know which fields a choice brings, without evaluating
// the schema itself.
struct ConditionalBranch {
  std::string instance_location;  // JSON Pointer of the element the `if` was applied to
  std::string if_location;        // absolute location of the `if` keyword
  bool holds = false;             // true: `then` applies; false: `else`
};

// ValidationResult: valid, or the diagnostics that say why not. Warnings (from
// format checkers that downgrade) may accompany a valid result.
struct ValidationResult {
  bool valid = true;
  Diagnostics diagnostics;
  std::vector<ConditionalBranch> branches;  // only with ValidateOptions::record_branches

  // ToBasicOutput: JSON Schema's "basic" output format, with Yaosu's extra
  // fields (code, severity, params) on each error.
  nlohmann::json ToBasicOutput() const;
};

class CompiledSchema {
 public:
  // Compile: builds the validator for `schema` (JSON Schema 2020-12, or a
  // dialect whose meta-schema is in `registry`). Diagnostics name the schema
  // location of each problem (unresolvable `$ref`, bad keyword value, ...).
  static Result<CompiledSchema> Compile(const nlohmann::json& schema, const SchemaRegistry& registry,
                                        const CompileOptions& options = {});

  // Validate: every problem of `instance` (or the first, in kFirstError mode).
  ValidationResult Validate(const nlohmann::json& instance, const ValidateOptions& options = {}) const;

  // IsValid: only the verdict, without building diagnostics.
  bool IsValid(const nlohmann::json& instance) const;

 private:
  friend class SplitSchema;  // checks the root's properties one by one (split_schema.h)
  explicit CompiledSchema(std::shared_ptr<const internal::SchemaGraph> graph);
  std::shared_ptr<const internal::SchemaGraph> graph_;
};

}  // namespace yaosu::schema

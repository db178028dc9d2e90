#include "cli/validate_command.h"

#include <algorithm>
#include <optional>

#include <nlohmann/json.hpp>

#include "cli/diagnostic_text.h"
#include "cli/exit_codes.h"
#include "cli/form_validate_command.h"
#include "cli/json_input.h"
#include "cli/validate_arguments.h"
#include "core/schema/registry.h"
#include "core/schema/schema.h"

namespace yaosu::cli {
namespace {

// LoadRegistry: every --ref document, registered under its URI.
bool LoadRegistry(const std::vector<SchemaReference>& references, schema::SchemaRegistry& registry, std::ostream& err) {
  for (const SchemaReference& reference : references) {
    nlohmann::json document;
    std::string error;
    if (!LoadJsonInput(reference.path, document, error)) {
      err << "yaosu: " << error << "\n";
      return false;
    }
    const Diagnostics problems = registry.Add(reference.uri, std::move(document));
    if (HasErrors(problems)) {
      err << "yaosu: --ref " << reference.uri << ": " << DescribeSchemaDiagnostic(problems.front()) << "\n";
      return false;
    }
  }
  return true;
}

std::optional<schema::CompiledSchema> CompileSchema(const ValidateArguments& args,
                                                    const schema::SchemaRegistry& registry, std::ostream& err) {
  nlohmann::json schema_json;
  std::string error;
  if (!LoadJsonInput(args.schema_path, schema_json, error)) {
    err << "yaosu: " << error << "\n";
    return std::nullopt;
  }
  schema::CompileOptions options;
  options.format_assertion = args.format_assertion;
  Result<schema::CompiledSchema> compiled = schema::CompiledSchema::Compile(schema_json, registry, options);
  if (!compiled.ok()) {
    err << "yaosu: " << DisplayName(args.schema_path) << ": the schema does not compile:\n";
    for (const Diagnostic& diagnostic : compiled.diagnostics()) {
      err << "  " << DescribeSchemaDiagnostic(diagnostic) << "\n";
    }
    return std::nullopt;
  }
  return std::move(compiled).value();
}

void PrintHumanVerdict(const std::string& name, const schema::ValidationResult& result, std::ostream& out) {
  out << name << ": " << (result.valid ? "valid" : "invalid") << "\n";
  for (const Diagnostic& diagnostic : result.diagnostics) out << "  " << DescribeDiagnostic(diagnostic) << "\n";
}

void PrintJsonVerdict(const std::string& name, const schema::ValidationResult& result, std::ostream& out) {
  nlohmann::json output = result.ToBasicOutput();
  output["instance"] = name;
  out << DumpJson(output) << "\n";
}

// ValidateInstance: the exit status this one instance asks for.
int ValidateInstance(const std::string& path, const schema::CompiledSchema& schema, bool json_output, std::ostream& out,
                     std::ostream& err) {
  const std::string name = DisplayName(path);
  nlohmann::json instance;
  std::string error;
  if (!LoadJsonInput(path, instance, error)) {
    err << "yaosu: " << error << "\n";
    if (json_output) out << DumpJson({{"instance", name}, {"inputError", error}}) << "\n";
    return kExitUsage;
  }
  const schema::ValidationResult result = schema.Validate(instance);
  if (json_output) {
    PrintJsonVerdict(name, result, out);
  } else {
    PrintHumanVerdict(name, result, out);
  }
  return result.valid ? kExitValid : kExitInvalid;
}

}  // namespace

int RunValidate(const std::vector<std::string>& words, std::ostream& out, std::ostream& err) {
  ValidateArguments args;
  std::string usage_error;
  if (!ParseValidateArguments(words, args, usage_error)) {
    err << "yaosu validate: " << usage_error << "\n\n" << kValidateUsage;
    return kExitUsage;
  }
  if (args.show_help) {
    out << kValidateUsage;
    return kExitValid;
  }
  if (!args.case_type.empty()) return ValidateForms(args, out, err);
  schema::SchemaRegistry registry;
  if (!LoadRegistry(args.references, registry, err)) return kExitUsage;
  const std::optional<schema::CompiledSchema> schema = CompileSchema(args, registry, err);
  if (!schema) return kExitUsage;

  int status = kExitValid;  // the worst of all instances: 2 over 1 over 0
  for (const std::string& path : args.instance_paths) {
    status = std::max(status, ValidateInstance(path, *schema, args.json_output, out, err));
  }
  out.flush();
  return status;
}

}  // namespace yaosu::cli

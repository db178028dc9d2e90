// File: Embind bindings — the JavaScript face of yaosu::core, kept thin.
//
// Everything crosses the boundary as JSON text: the schema, the instance and
// the options go in as strings, and one JSON document comes back describing
// what happened (see yaosu.d.ts for its shape). No function here throws or
// aborts on bad input: malformed JSON, a broken schema or bad options all come
// back as diagnostics, exactly as core reports them (Diagnostic ToJson and
// ValidationResult::ToBasicOutput).
//
//   const yaosu = await createYaosu();
//   JSON.parse(yaosu.validate('{"type":"string"}', '42', '{}')).valid === false
//
//   const v = new yaosu.Validator(schemaText, '{"formatAssertion":true}');
//   if (v.ok()) JSON.parse(v.validate(instanceText));
//   v.delete();  // Embind objects live on the wasm heap
#include <emscripten/bind.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/diagnostics/diagnostic.h"
#include "core/diagnostics/message_catalog.h"
#include "core/json/parse.h"
#include "core/schema/registry.h"
#include "core/schema/schema.h"
#include "wasm/dump_json.h"

namespace yaosu::wasm {
namespace {

using nlohmann::json;

Diagnostic OptionDiagnostic(std::string field, std::string expected) {
  Diagnostic d;
  d.code = "options.invalid";
  d.params = {{"field", std::move(field)}, {"expected", std::move(expected)}};
  return d;
}

// Options: what the options JSON may say. Every field is optional; an unknown
// field or a value of the wrong type is an "options.invalid" diagnostic.
//   formatAssertion  bool     check `format` instead of only annotating it
//   firstErrorOnly   bool     stop at the first problem
//   maxDiagnostics   integer  problems reported at most (> 0)
//   maxDepth         integer  nested subschema evaluations at most (> 0)
//   baseUri          string   retrieval URI of a root schema without `$id`
//   documents        object   {absolute URI: schema document} reachable by `$ref`
struct Options {
  schema::CompileOptions compile;
  schema::ValidateOptions validate;
  json documents = json::object();
};

bool IsCount(const json& value) { return value.is_number_unsigned() && value.get<std::uint64_t>() > 0; }

Result<Options> ParseOptions(const std::string& text) {
  Options options;
  if (text.empty()) return options;
  Result<json> parsed = ParseJson(text);
  if (!parsed.ok()) return parsed.diagnostics();
  if (parsed->is_null()) return options;
  if (!parsed->is_object()) return OptionDiagnostic("", "object");
  Diagnostics problems;
  for (const auto& [key, value] : parsed->items()) {
    if (key == "formatAssertion" || key == "firstErrorOnly") {
      if (!value.is_boolean()) {
        problems.push_back(OptionDiagnostic(key, "boolean"));
      } else if (key == "formatAssertion") {
        options.compile.format_assertion = value.get<bool>();
      } else if (value.get<bool>()) {
        options.validate.mode = schema::ValidateOptions::Mode::kFirstError;
      }
    } else if (key == "maxDiagnostics" || key == "maxDepth") {
      if (!IsCount(value)) {
        problems.push_back(OptionDiagnostic(key, "positive integer"));
      } else {
        (key == "maxDepth" ? options.validate.max_depth : options.validate.max_diagnostics) =
            static_cast<std::size_t>(value.get<std::uint64_t>());
      }
    } else if (key == "baseUri") {
      if (value.is_string()) {
        options.compile.base_uri = value.get<std::string>();
      } else {
        problems.push_back(OptionDiagnostic(key, "string"));
      }
    } else if (key == "documents") {
      if (value.is_object()) {
        options.documents = value;
      } else {
        problems.push_back(OptionDiagnostic(key, "object"));
      }
    } else {
      problems.push_back(OptionDiagnostic(key, "a known option"));
    }
  }
  if (!problems.empty()) return problems;
  return options;
}

// Failure: the answer when validation could not run. `stage` says which input
// was at fault: "options", "schema" or "instance".
std::string Failure(const char* stage, const Diagnostics& schema_diagnostics, const Diagnostics& diagnostics) {
  json out = {
      {"ok", false},
      {"stage", stage},
      {"valid", false},
      {"schemaDiagnostics", ToJsonWithMessages(schema_diagnostics)},
      {"diagnostics", ToJsonWithMessages(diagnostics)},
  };
  return Dump(out);
}

}  // namespace

// Validator: one compiled schema, used for many instances.
class Validator {
 public:
  Validator(const std::string& schema_text, const std::string& options_text) {
    Result<Options> options = ParseOptions(options_text);
    if (!options.ok()) {
      stage_ = "options";
      schema_diagnostics_ = options.diagnostics();
      return;
    }
    validate_options_ = options->validate;

    Result<json> schema_json = ParseJson(schema_text);
    if (!schema_json.ok()) {
      stage_ = "schema";
      schema_diagnostics_ = schema_json.diagnostics();
      return;
    }

    schema::SchemaRegistry registry;
    for (auto it = options->documents.begin(); it != options->documents.end(); ++it) {
      Diagnostics added = registry.Add(it.key(), it.value());
      schema_diagnostics_.insert(schema_diagnostics_.end(), added.begin(), added.end());
    }
    if (HasErrors(schema_diagnostics_)) {
      stage_ = "options";
      return;
    }

    Result<schema::CompiledSchema> compiled = schema::CompiledSchema::Compile(*schema_json, registry, options->compile);
    schema_diagnostics_.insert(schema_diagnostics_.end(), compiled.diagnostics().begin(), compiled.diagnostics().end());
    if (!compiled.ok()) {
      stage_ = "schema";
      return;
    }
    compiled_.emplace(std::move(compiled).value());
    clean_answer_ = Answer(schema::ValidationResult{.valid = true});
  }

  bool ok() const { return compiled_.has_value(); }

  // schemaDiagnostics: JSON array text of the problems (or warnings) found in
  // the options and the schema.
  std::string schemaDiagnostics() const { return Dump(ToJsonWithMessages(schema_diagnostics_)); }

  std::string validate(const std::string& instance_text) const {
    if (!compiled_) return Failure(stage_, schema_diagnostics_, {});
    Result<json> instance = ParseJson(instance_text);
    if (!instance.ok()) return Failure("instance", schema_diagnostics_, instance.diagnostics());
    schema::ValidationResult result = compiled_->Validate(*instance, validate_options_);
    // Most instances are valid with nothing to say: their answer is the same text every time.
    if (result.valid && result.diagnostics.empty()) return clean_answer_;
    return Answer(result);
  }

 private:
  std::string Answer(const schema::ValidationResult& result) const {
    json out = {
        {"ok", true},
        {"valid", result.valid},
        {"schemaDiagnostics", ToJsonWithMessages(schema_diagnostics_)},
        {"diagnostics", ToJsonWithMessages(result.diagnostics)},
        {"output", result.ToBasicOutput()},
    };
    return Dump(out);
  }

  std::string clean_answer_;  // the answer for a valid instance with no diagnostic
  const char* stage_ = "schema";
  Diagnostics schema_diagnostics_;
  schema::ValidateOptions validate_options_;
  std::optional<schema::CompiledSchema> compiled_;
};

std::string Validate(const std::string& schema_text, const std::string& instance_text,
                     const std::string& options_text) {
  return Validator(schema_text, options_text).validate(instance_text);
}

std::string Version() { return YAOSU_VERSION; }

}  // namespace yaosu::wasm

EMSCRIPTEN_BINDINGS(yaosu) {
  using yaosu::wasm::Validator;
  emscripten::function("validate", &yaosu::wasm::Validate);
  emscripten::function("version", &yaosu::wasm::Version);
  emscripten::class_<Validator>("Validator")
      .constructor<const std::string&, const std::string&>()
      .function("ok", &Validator::ok)
      .function("validate", &Validator::validate)
      .function("schemaDiagnostics", &Validator::schemaDiagnostics);
}

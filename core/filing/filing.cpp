#include "core/filing/filing.h"

#include <utility>

#include "core/embedded/embedded.h"
#include "core/filing/canonical_json.h"
#include "core/filing/sha256.h"
#include "core/json/parse.h"

namespace yaosu::filing {
namespace {

using nlohmann::json;

constexpr std::string_view kFilingSchemaPath = "filing/filing.schema.json";

// Remaining: what a filing keeps of a form's diagnostics — warnings and notes, with messages.
json Remaining(const Diagnostics& diagnostics, const MessageCatalog& messages) {
  Diagnostics kept;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.severity != Severity::kError) kept.push_back(diagnostic);
  }
  return ToJsonWithMessages(kept, messages);
}

}  // namespace

const schema::CompiledSchema& FilingSchema() {
  static const schema::CompiledSchema compiled = [] {
    json document;
    for (const embedded::EmbeddedFile& file : embedded::CaseTypes()) {
      if (file.path == kFilingSchemaPath) document = ParseJson(file.text).value();
    }
    schema::CompileOptions options;
    options.format_assertion = true;
    return schema::CompiledSchema::Compile(document, schema::SchemaRegistry(), options).value();
  }();
  return compiled;
}

Result<std::string> Digest(const json& filing) {
  Result<std::string> canonical = CanonicalJson(filing, "digest");
  if (!canonical.ok()) return canonical.diagnostics();
  return Sha256Hex(*canonical);
}

Result<json> Produce(const cases::CaseForm& form, const json& instance, const std::string& created_at) {
  cases::FormResult checked = form.Validate(instance);
  if (!checked.valid) {
    Diagnostics errors;
    for (Diagnostic& diagnostic : checked.diagnostics) {
      if (diagnostic.severity == Severity::kError) errors.push_back(std::move(diagnostic));
    }
    return errors;
  }
  json filing = {{"format", kFilingFormat},
                 {"case", form.Identity()},
                 {"created_at", created_at},
                 {"engine", {{"name", "yaosu"}, {"version", YAOSU_VERSION}}},
                 {"instance", instance},
                 {"computed", checked.computed},
                 {"diagnostics", Remaining(checked.diagnostics, form.messages())}};
  Result<std::string> digest = Digest(filing);
  if (!digest.ok()) return digest.diagnostics();
  filing["digest"] = {{"algorithm", "sha-256"}, {"canonicalization", "rfc8785"}, {"value", *digest}};
  // The envelope must pass its own published schema. What a caller can get
  // wrong here is the time; anything else would be a fault of this engine.
  schema::ValidationResult envelope = FilingSchema().Validate(filing);
  if (!envelope.valid) {
    for (const Diagnostic& problem : envelope.diagnostics) {
      if (problem.instance_location == "/created_at") {
        return Diagnostic{
            .code = "filing.bad_time", .instance_location = "/created_at", .params = {{"created_at", created_at}}};
      }
    }
    return envelope.diagnostics;
  }
  return filing;
}

}  // namespace yaosu::filing

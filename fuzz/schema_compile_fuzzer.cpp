// Fuzz target: compiling a hostile JSON Schema (deep $ref chains, huge
// patterns, $dynamicRef loops) and validating with it — the schema given is
// also the instance, so every compiled keyword runs on something.
#include "core/schema/schema.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::optional<nlohmann::json> document = yaosu::fuzz::ParsedInput(data, size);
  if (!document) return 0;
  static const yaosu::schema::SchemaRegistry registry;
  yaosu::schema::CompileOptions options;
  options.format_assertion = size % 2 == 0;  // both ways, without a byte of the input spent on it
  yaosu::Result<yaosu::schema::CompiledSchema> schema =
      yaosu::schema::CompiledSchema::Compile(*document, registry, options);
  if (!schema.ok()) return 0;
  schema->Validate(*document);
  schema->IsValid(*document);
  schema->IsValid(nlohmann::json::array({*document, nullptr, 0, "", nlohmann::json::object()}));
  return 0;
}

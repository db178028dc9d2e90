// Benchmarks of the JSON Schema engine on a form-shaped schema: compiling it
// once, validating a filled form (valid and with errors), and the verdict-only
// path. Run: build/native/bench/yaosu_bench (preset `native` with -DYAOSU_BUILD_BENCH=ON).
#include <string>

#include <benchmark/benchmark.h>

#include "core/json/parse.h"
#include "core/schema/schema.h"

namespace yaosu::schema {
namespace {

// A complaint-like schema: parties with Chinese-name patterns and formats,
// claims with money amounts, conditional agent block, unevaluatedProperties.
constexpr const char* kFormSchema = R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://yaosu.cn/bench/complaint.json",
  "type": "object",
  "required": ["plaintiffs", "defendants", "claims"],
  "properties": {
    "plaintiffs": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/person"}},
    "defendants": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/person"}},
    "claims": {"type": "array", "items": {
      "type": "object", "required": ["kind", "amount"],
      "properties": {"kind": {"enum": ["principal", "interest", "penalty", "fees"]},
                     "amount": {"$ref": "#/$defs/money"}, "note": {"type": "string", "maxLength": 500}},
      "additionalProperties": false}},
    "has_agent": {"type": "boolean"},
    "agent": {"$ref": "#/$defs/person"},
    "facts": {"type": "object", "patternProperties": {"^q[0-9]+$": {"type": "string", "maxLength": 2000}}}
  },
  "if": {"properties": {"has_agent": {"const": true}}, "required": ["has_agent"]},
  "then": {"required": ["agent"]},
  "unevaluatedProperties": false,
  "$defs": {
    "money": {"type": "number", "minimum": 0, "multipleOf": 0.01},
    "person": {
      "type": "object", "required": ["name", "id_number"],
      "properties": {
        "name": {"type": "string", "pattern": "^[\\u4e00-\\u9fa5·]{2,20}$"},
        "id_number": {"type": "string", "pattern": "^[0-9]{17}[0-9X]$"},
        "birth_date": {"type": "string", "format": "date"},
        "phone": {"type": "string", "pattern": "^1[3-9][0-9]{9}$"},
        "email": {"type": "string", "format": "email"},
        "address": {"type": "string", "minLength": 5, "maxLength": 200}
      },
      "additionalProperties": false
    }
  }
})";

nlohmann::json Person(int i) {
  return {{"name", "张三丰"},
          {"id_number", "11010519491231002X"},
          {"birth_date", "1949-12-31"},
          {"phone", "13800138000"},
          {"email", "zhang" + std::to_string(i) + "@example.cn"},
          {"address", "北京市朝阳区建国路88号"}};
}

nlohmann::json FilledForm(int parties, int claims) {
  nlohmann::json form = {{"plaintiffs", nlohmann::json::array()},
                         {"defendants", nlohmann::json::array()},
                         {"claims", nlohmann::json::array()},
                         {"has_agent", true},
                         {"agent", Person(0)},
                         {"facts", nlohmann::json::object()}};
  for (int i = 0; i < parties; ++i) {
    form["plaintiffs"].push_back(Person(i));
    form["defendants"].push_back(Person(i + parties));
  }
  for (int i = 0; i < claims; ++i) form["claims"].push_back({{"kind", "principal"}, {"amount", 1000.5 + i}});
  for (int i = 0; i < 30; ++i)
    form["facts"]["q" + std::to_string(i)] = "借款人于2023年3月4日向原告借款人民币壹万元整，约定月利率1%。";
  return form;
}

CompiledSchema CompileForm() {
  CompileOptions options;
  options.format_assertion = true;
  return *CompiledSchema::Compile(*ParseJson(kFormSchema), SchemaRegistry(), options);
}

void BM_CompileFormSchema(benchmark::State& state) {
  const nlohmann::json schema = *ParseJson(kFormSchema);
  const SchemaRegistry registry;
  for (auto _ : state) benchmark::DoNotOptimize(CompiledSchema::Compile(schema, registry).ok());
}
BENCHMARK(BM_CompileFormSchema);

void BM_ValidateValidForm(benchmark::State& state) {
  const CompiledSchema schema = CompileForm();
  const nlohmann::json form = FilledForm(static_cast<int>(state.range(0)), 10);
  for (auto _ : state) benchmark::DoNotOptimize(schema.Validate(form).valid);
}
BENCHMARK(BM_ValidateValidForm)->Arg(1)->Arg(10)->Arg(100);

void BM_ValidateFormWithErrors(benchmark::State& state) {
  const CompiledSchema schema = CompileForm();
  nlohmann::json form = FilledForm(10, 10);
  form["plaintiffs"][3]["name"] = "Zhang San";
  form["claims"][2]["amount"] = -5;
  form["defendants"][1].erase("id_number");
  for (auto _ : state) benchmark::DoNotOptimize(schema.Validate(form).diagnostics.size());
}
BENCHMARK(BM_ValidateFormWithErrors);

void BM_IsValidForm(benchmark::State& state) {
  const CompiledSchema schema = CompileForm();
  const nlohmann::json form = FilledForm(10, 10);
  for (auto _ : state) benchmark::DoNotOptimize(schema.IsValid(form));
}
BENCHMARK(BM_IsValidForm);

void BM_ParseFormText(benchmark::State& state) {
  const std::string text = FilledForm(10, 10).dump();
  for (auto _ : state) benchmark::DoNotOptimize(ParseJson(text).ok());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ParseFormText);

}  // namespace
}  // namespace yaosu::schema

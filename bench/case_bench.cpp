// Benchmarks of case types: loading and compiling every built-in form, and
// checking a filled form with its whole case type (schema, computed values,
// rules) — what the browser does after each change. Run as schema_bench.cpp says.
#include <fstream>
#include <sstream>
#include <string>

#include <benchmark/benchmark.h>

#include "core/cases/case_library.h"
#include "core/cases/form_session.h"
#include "core/json/parse.h"
#include "core/json/pointer.h"

namespace yaosu::cases {
namespace {

nlohmann::json Example(const std::string& relative) {
  std::ifstream in(std::string(YAOSU_SOURCE_DIR) + "/tests/cases/examples/" + relative);
  std::ostringstream text;
  text << in.rdbuf();
  Result<nlohmann::json> parsed = ParseJson(text.str());
  return parsed.ok() ? *parsed : nlohmann::json();
}

void BM_LoadBuiltinCaseTypes(benchmark::State& state) {
  const SourceFiles files = EmbeddedSources();
  for (auto _ : state) {
    Result<CaseLibrary> library = CaseLibrary::Load(files);
    benchmark::DoNotOptimize(library);
  }
}
BENCHMARK(BM_LoadBuiltinCaseTypes)->Unit(benchmark::kMillisecond);

void ValidateExample(benchmark::State& state, const char* case_type, const char* form, const char* example) {
  const CaseForm* compiled = CaseLibrary::Builtin()->Find(case_type, form);
  const nlohmann::json instance = Example(std::string(case_type) + "/" + form + "/" + example);
  if (compiled == nullptr || instance.is_null()) {
    state.SkipWithError("form or example missing");
    return;
  }
  for (auto _ : state) {
    FormResult result = compiled->Validate(instance);
    benchmark::DoNotOptimize(result);
  }
}

void BM_ValidateLendingComplaint(benchmark::State& state) {
  ValidateExample(state, "private-lending", "complaint", "valid/company-lender-monthly-rate-guarantor.json");
}
BENCHMARK(BM_ValidateLendingComplaint)->Unit(benchmark::kMicrosecond);

void BM_ValidateLendingComplaintWithFaults(benchmark::State& state) {
  const CaseForm* compiled = CaseLibrary::Builtin()->Find("private-lending", "complaint");
  nlohmann::json instance = Example("private-lending/complaint/invalid/principal_exceeds_outstanding.json")["instance"];
  for (auto _ : state) {
    FormResult result = compiled->Validate(instance);
    benchmark::DoNotOptimize(result);
  }
}
BENCHMARK(BM_ValidateLendingComplaintWithFaults)->Unit(benchmark::kMicrosecond);

void BM_ValidateSalesComplaint(benchmark::State& state) {
  ValidateExample(state, "sales-contract", "complaint", "valid/refrigerators-defects-return.json");
}
BENCHMARK(BM_ValidateSalesComplaint)->Unit(benchmark::kMicrosecond);

void BM_ValidateSalesAnswer(benchmark::State& state) {
  ValidateExample(state, "sales-contract", "answer", "valid/refrigerators-misuse.json");
}
BENCHMARK(BM_ValidateSalesAnswer)->Unit(benchmark::kMicrosecond);

// One keystroke on the largest form: the filled 民间借贷 complaint is open in a
// FormSession and one text field changes (a character typed, then deleted).
void BM_SessionKeystrokeLendingComplaint(benchmark::State& state) {
  const CaseForm* compiled = CaseLibrary::Builtin()->Find("private-lending", "complaint");
  const nlohmann::json instance = Example("private-lending/complaint/valid/company-lender-monthly-rate-guarantor.json");
  const nlohmann::json* place = ResolvePointer(instance, "/facts/contract/place");
  if (compiled == nullptr || place == nullptr || !place->is_string()) {
    state.SkipWithError("form or example missing");
    return;
  }
  FormSession session(*compiled, instance);
  const nlohmann::json typed = place->get<std::string>() + "区";
  bool longer = false;
  for (auto _ : state) {
    longer = !longer;
    SessionUpdate update = session.Set("/facts/contract/place", longer ? typed : *place);
    benchmark::DoNotOptimize(update);
  }
}
BENCHMARK(BM_SessionKeystrokeLendingComplaint)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace yaosu::cases

// Benchmarks of filings: producing one, its canonical JSON, SHA-256, and
// verifying one (what `yaosu verify` does per file, before reading it).
#include <fstream>
#include <sstream>
#include <string>

#include <benchmark/benchmark.h>

#include "core/cases/case_library.h"
#include "core/filing/canonical_json.h"
#include "core/filing/filing.h"
#include "core/filing/sha256.h"
#include "core/filing/verify.h"
#include "core/json/parse.h"

namespace yaosu::filing {
namespace {

constexpr const char* kCreatedAt = "2025-10-08T09:30:00+08:00";

const cases::CaseForm& Complaint() { return *cases::CaseLibrary::Builtin()->Find("private-lending", "complaint"); }

nlohmann::json Instance() {
  std::ifstream in(std::string(YAOSU_SOURCE_DIR) +
                   "/tests/cases/examples/private-lending/complaint/valid/company-lender-monthly-rate-guarantor.json");
  std::ostringstream text;
  text << in.rdbuf();
  return ParseJson(text.str()).value();
}

void BM_ProduceFiling(benchmark::State& state) {
  const nlohmann::json instance = Instance();
  for (auto _ : state) benchmark::DoNotOptimize(Produce(Complaint(), instance, kCreatedAt));
}
BENCHMARK(BM_ProduceFiling)->Unit(benchmark::kMicrosecond);

void BM_CanonicalJson(benchmark::State& state) {
  const nlohmann::json filing = Produce(Complaint(), Instance(), kCreatedAt).value();
  std::size_t bytes = 0;
  for (auto _ : state) {
    Result<std::string> text = CanonicalJson(filing);
    bytes += text->size();
    benchmark::DoNotOptimize(text);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_CanonicalJson)->Unit(benchmark::kMicrosecond);

void BM_Sha256(benchmark::State& state) {
  const std::string data(1 << 20, 'x');
  for (auto _ : state) benchmark::DoNotOptimize(Sha256Hex(data));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * (1 << 20));
}
BENCHMARK(BM_Sha256)->Unit(benchmark::kMillisecond);

void BM_VerifyFiling(benchmark::State& state) {
  const std::string text = CanonicalJson(Produce(Complaint(), Instance(), kCreatedAt).value()).value();
  for (auto _ : state) {
    const nlohmann::json filing = ParseJson(text).value();
    benchmark::DoNotOptimize(Verify(filing, *cases::CaseLibrary::Builtin()));
  }
}
BENCHMARK(BM_VerifyFiling)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace yaosu::filing

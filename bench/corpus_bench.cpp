// yaosu_corpus_bench: times the native engine on the corpus that bench/corpus/
// writes (build/bench-corpus/manifest.json), the same schemas and instances that
// the wasm and ajv measurements read, and prints one JSON document:
//   {"sets": [{"name", "count", "validate_us", "is_valid_us", "text_us", "verdicts"}]}
// µs are per instance. `verdicts` is one character per instance ('1' valid,
// '0' invalid) so bench/report.mjs can check that the engines agree.
//
//   build/bench/bench/yaosu_corpus_bench build/bench-corpus/manifest.json [min-seconds]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json/parse.h"
#include "core/schema/registry.h"
#include "core/schema/schema.h"

namespace {

using nlohmann::json;
using yaosu::schema::CompiledSchema;

// Where the timed loops leave a result, so the optimiser cannot drop their work.
volatile std::size_t g_sink = 0;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "yaosu_corpus_bench: cannot read " << path << "\n";
    std::exit(2);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

json ParseOrExit(const std::string& text, const std::string& what) {
  yaosu::Result<json> parsed = yaosu::ParseJson(text);
  if (!parsed.ok()) {
    std::cerr << "yaosu_corpus_bench: " << what << " is not JSON\n";
    std::exit(2);
  }
  return std::move(parsed).value();
}

// Lines: the instance texts of a JSON Lines file, one per line.
std::vector<std::string> Lines(const std::string& path) {
  std::vector<std::string> lines;
  std::istringstream in(ReadFile(path));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// MicrosPerItem: runs `pass` (one pass over `count` instances) for a third of
// `min_seconds` to warm up, then again until `min_seconds` have gone by, and
// returns µs per instance.
template <typename Pass>
double MicrosPerItem(std::size_t count, double min_seconds, Pass pass) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point warm_up = Clock::now();
  do {
    pass();
  } while (std::chrono::duration<double>(Clock::now() - warm_up).count() < min_seconds / 3);
  std::size_t passes = 0;
  const Clock::time_point start = Clock::now();
  double elapsed = 0;
  do {
    pass();
    ++passes;
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  } while (elapsed < min_seconds);
  return elapsed * 1e6 / static_cast<double>(passes * count);
}

json MeasureSet(const json& set, double min_seconds) {
  yaosu::schema::SchemaRegistry registry;
  for (const json& document : set.at("documents")) {
    const std::string path = document.at("path").get<std::string>();
    registry.Add(document.at("uri").get<std::string>(), ParseOrExit(ReadFile(path), path));
  }
  yaosu::schema::CompileOptions options;
  options.format_assertion = set.at("formatAssertion").get<bool>();
  const std::string schema_path = set.at("schema").get<std::string>();
  yaosu::Result<CompiledSchema> compiled =
      CompiledSchema::Compile(ParseOrExit(ReadFile(schema_path), schema_path), registry, options);
  if (!compiled.ok()) {
    std::cerr << "yaosu_corpus_bench: " << schema_path << " does not compile\n";
    std::exit(2);
  }
  const CompiledSchema& schema = *compiled;
  const std::vector<std::string> texts = Lines(set.at("instances").get<std::string>());
  std::vector<json> instances;
  for (const std::string& text : texts) instances.push_back(ParseOrExit(text, "an instance"));

  std::string verdicts;
  for (const json& instance : instances) verdicts += schema.Validate(instance).valid ? '1' : '0';

  std::size_t sink = 0;
  const double validate_us = MicrosPerItem(instances.size(), min_seconds, [&] {
    for (const json& instance : instances) sink += schema.Validate(instance).diagnostics.size();
  });
  const double is_valid_us = MicrosPerItem(instances.size(), min_seconds, [&] {
    for (const json& instance : instances) sink += schema.IsValid(instance) ? 1 : 0;
  });
  const double text_us = MicrosPerItem(texts.size(), min_seconds, [&] {
    for (const std::string& text : texts) {
      yaosu::Result<json> parsed = yaosu::ParseJson(text);
      sink += parsed.ok() && schema.Validate(*parsed).valid ? 1 : 0;
    }
  });
  g_sink = sink;
  return {{"name", set.at("name")},     {"count", instances.size()}, {"validate_us", validate_us},
          {"is_valid_us", is_valid_us}, {"text_us", text_us},        {"verdicts", verdicts}};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: yaosu_corpus_bench MANIFEST [min-seconds]\n";
    return 2;
  }
  const double min_seconds = argc > 2 ? std::atof(argv[2]) : 0.3;
  const json manifest = ParseOrExit(ReadFile(argv[1]), argv[1]);
  json sets = json::array();
  for (const json& set : manifest.at("sets")) sets.push_back(MeasureSet(set, min_seconds));
  std::cout << json{{"sets", sets}}.dump() << "\n";
  return 0;
}

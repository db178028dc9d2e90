#include "tests/conformance/suite_runner.h"

#include <string_view>

namespace yaosu::conformance {
namespace {

std::string DescribeCompileFailure(const Diagnostics& diagnostics) {
  if (diagnostics.empty()) return "schema did not compile (no diagnostic)";
  const Diagnostic& first = diagnostics.front();
  std::string text = "schema did not compile: " + first.code;
  if (!first.keyword_location.empty()) text += " at " + first.keyword_location;
  if (!first.params.empty()) text += " " + first.params.dump();
  if (diagnostics.size() > 1) text += " (+" + std::to_string(diagnostics.size() - 1) + " more)";
  return text;
}

std::string_view VerdictName(bool valid) { return valid ? "valid" : "invalid"; }

void RunGroup(const std::string& file, const SuiteGroup& group, const schema::CompileOptions& options,
              const schema::SchemaRegistry& registry, FileTally& tally) {
  tally.total += group.cases.size();
  Result<schema::CompiledSchema> compiled = schema::CompiledSchema::Compile(group.schema, registry, options);
  if (!compiled.ok()) {
    for (const SuiteCase& suite_case : group.cases) {
      tally.failures.push_back(
          {file, group.description, suite_case.description, DescribeCompileFailure(compiled.diagnostics())});
    }
    return;
  }
  for (const SuiteCase& suite_case : group.cases) {
    const bool full_verdict = compiled->Validate(suite_case.instance).valid;
    const bool fast_verdict = compiled->IsValid(suite_case.instance);
    if (full_verdict == suite_case.valid && fast_verdict == suite_case.valid) {
      ++tally.passed;
      continue;
    }
    std::string detail = "expected " + std::string(VerdictName(suite_case.valid)) + ", Validate() said " +
                         std::string(VerdictName(full_verdict));
    if (fast_verdict != full_verdict) detail += ", IsValid() said " + std::string(VerdictName(fast_verdict));
    tally.failures.push_back({file, group.description, suite_case.description, std::move(detail)});
  }
}

}  // namespace

schema::CompileOptions CompileOptionsFor(const std::string& relative_path) {
  schema::CompileOptions options;
  constexpr std::string_view kFormatFolder = "optional/format/";
  options.format_assertion = relative_path.compare(0, kFormatFolder.size(), kFormatFolder) == 0;
  return options;
}

FileTally RunSuiteFile(const SuiteFile& file, const schema::SchemaRegistry& registry) {
  FileTally tally;
  tally.file = file.relative_path;
  if (!file.load_error.empty()) {
    tally.failures.push_back({file.relative_path, "", "", "could not load: " + file.load_error});
    return tally;
  }
  const schema::CompileOptions options = CompileOptionsFor(file.relative_path);
  for (const SuiteGroup& group : file.groups) RunGroup(file.relative_path, group, options, registry, tally);
  return tally;
}

}  // namespace yaosu::conformance

#include "cli/bowtie_command.h"

#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "cli/bowtie_implementation.h"
#include "cli/diagnostic_text.h"
#include "cli/exit_codes.h"
#include "core/json/parse.h"
#include "core/schema/registry.h"
#include "core/schema/schema.h"

namespace yaosu::cli {
namespace {

using nlohmann::json;

constexpr int kProtocolVersion = 1;

// A request wraps the case's schema and instances a few levels deep, so allow
// a little more nesting than the parser's default for documents.
constexpr ParseLimits kRequestLimits{.max_bytes = 256u << 20, .max_depth = 512};

json Errored(const json& seq, const std::string& message, json details = nullptr) {
  json context = {{"message", message}};
  if (!details.is_null()) context["diagnostics"] = std::move(details);
  return {{"seq", seq}, {"errored", true}, {"context", std::move(context)}};
}

std::string DescribeDiagnostics(const Diagnostics& diagnostics) {
  std::string text;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (!text.empty()) text += "; ";
    text += DescribeSchemaDiagnostic(diagnostic);
  }
  return text.empty() ? "no diagnostic given" : text;
}

// FillRegistry: the case's extra documents. Returns an error message, or "".
std::string FillRegistry(const json& test_case, schema::SchemaRegistry& registry) {
  if (!test_case.contains("registry") || test_case["registry"].is_null()) return "";
  const json& documents = test_case["registry"];
  if (!documents.is_object()) return "the case's registry is not an object";
  for (const auto& [uri, document] : documents.items()) {
    const Diagnostics problems = registry.Add(uri, document);
    if (HasErrors(problems)) return "registry entry " + uri + ": " + DescribeDiagnostics(problems);
  }
  return "";
}

// RunCase: the reply to one run request (seq already checked).
json RunCase(const json& seq, const json& request) {
  if (!request.contains("case") || !request["case"].is_object()) return Errored(seq, "the request has no case object");
  const json& test_case = request["case"];
  if (!test_case.contains("schema")) return Errored(seq, "the case has no schema");
  if (!test_case.contains("tests") || !test_case["tests"].is_array())
    return Errored(seq, "the case has no tests array");

  schema::SchemaRegistry registry;  // fresh per case: one case's documents never leak into the next
  if (std::string problem = FillRegistry(test_case, registry); !problem.empty()) return Errored(seq, problem);

  Result<schema::CompiledSchema> compiled = schema::CompiledSchema::Compile(test_case["schema"], registry);
  if (!compiled.ok()) {
    return Errored(seq, "the schema does not compile: " + DescribeDiagnostics(compiled.diagnostics()),
                   ToJson(compiled.diagnostics()));
  }
  json results = json::array();
  for (const json& test : test_case["tests"]) {
    if (!test.is_object() || !test.contains("instance")) {
      results.push_back({{"errored", true}, {"context", {{"message", "the test has no instance"}}}});
      continue;
    }
    results.push_back({{"valid", compiled->IsValid(test["instance"])}});
  }
  return {{"seq", seq}, {"results", std::move(results)}};
}

// SpeaksDialect: whether schemas without "$schema" are read as `dialect` —
// always 2020-12 here, so only that dialect is acknowledged.
bool SpeaksDialect(const json& dialect) { return dialect.is_string() && dialect.get<std::string>() == kBowtieDialect; }

class BowtieHarness {
 public:
  BowtieHarness(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

  // Handle: answers one request line. Returns false when the harness must end
  // (stop, or a protocol error recorded in exit_status()).
  bool Handle(const std::string& line) {
    Result<json> parsed = ParseJson(line, kRequestLimits);
    if (!parsed.ok()) return Abort(DescribeInputProblem("request", parsed.diagnostics()));
    const json& request = *parsed;
    if (!request.is_object() || !request.contains("cmd") || !request["cmd"].is_string()) {
      return Abort("a request without a \"cmd\" string");
    }
    const std::string command = request["cmd"].get<std::string>();
    if (command == "start") return Start(request);
    if (!started_) return Abort("\"" + command + "\" before \"start\"");
    if (command == "dialect") return Reply({{"ok", SpeaksDialect(request.value("dialect", json()))}});
    if (command == "run") {
      if (!request.contains("seq")) return Abort("a run request without \"seq\"");
      return Reply(RunCase(request["seq"], request));
    }
    if (command == "stop") return false;
    return Abort("unknown command \"" + command + "\"");
  }

  int exit_status() const { return exit_status_; }

 private:
  bool Start(const json& request) {
    const json version = request.value("version", json());
    if (!version.is_number_integer() || version.get<long long>() != kProtocolVersion) {
      return Abort("Bowtie protocol version " + DumpJson(version) + " is not supported (only 1)");
    }
    started_ = true;
    return Reply({{"version", kProtocolVersion}, {"implementation", BowtieImplementation()}});
  }

  bool Reply(const json& reply) {
    out_ << DumpJson(reply) << "\n";
    out_.flush();  // Bowtie waits for each reply before sending more
    return true;
  }

  bool Abort(const std::string& message) {
    err_ << "yaosu bowtie: " << message << "\n";
    exit_status_ = kExitUsage;
    return false;
  }

  std::ostream& out_;
  std::ostream& err_;
  bool started_ = false;
  int exit_status_ = kExitValid;
};

bool IsBlank(const std::string& line) { return line.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

int RunBowtie(std::istream& in, std::ostream& out, std::ostream& err) {
  BowtieHarness harness(out, err);
  for (std::string line; std::getline(in, line);) {
    if (IsBlank(line)) continue;
    if (!harness.Handle(line)) break;
  }
  return harness.exit_status();
}

}  // namespace yaosu::cli

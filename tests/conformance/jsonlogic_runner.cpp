#include "tests/conformance/jsonlogic_runner.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "core/rules/rule.h"
#include "tests/conformance/suite_loader.h"

namespace yaosu::conformance {
namespace {

// SameValue: JSON equality with numbers compared by value (2 == 2.0).
bool SameValue(const nlohmann::json& a, const nlohmann::json& b, bool decimal) {
  if (a.is_number() && b.is_number()) {
    const double x = a.get<double>(), y = b.get<double>();
    if (!decimal) return x == y;
    return std::fabs(x - y) <= 1e-9 * std::fmax(1.0, std::fmax(std::fabs(x), std::fabs(y)));
  }
  if (a.is_array() && b.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!SameValue(a[i], b[i], decimal)) return false;
    }
    return true;
  }
  if (a.is_object() && b.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
      auto other = b.find(it.key());
      if (other == b.end() || !SameValue(it.value(), *other, decimal)) return false;
    }
    return true;
  }
  return a == b;
}

// CheckCase: empty when the case passes, else why not.
std::string CheckCase(const nlohmann::json& test) {
  const nlohmann::json data = test.contains("data") ? test["data"] : nlohmann::json();
  const bool expects_error = test.contains("error");
  const std::string expected_type =
      expects_error && test["error"].is_object() && test["error"].contains("type") && test["error"]["type"].is_string()
          ? test["error"]["type"].get<std::string>()
          : "";
  auto rule = rules::Rule::Compile(test.contains("rule") ? test["rule"] : nlohmann::json());
  if (!rule.ok()) {
    const nlohmann::json& params = rule.diagnostics().front().params;
    const std::string type =
        params.contains("type") && params["type"].is_string() ? params["type"].get<std::string>() : "";
    if (expects_error && type == expected_type) return "";
    return "compile failed: " + rule.diagnostics().front().code + " " + params.dump();
  }
  const rules::Outcome outcome = rule->Evaluate(data);
  if (expects_error) {
    if (!outcome.ok() && outcome.error().type == expected_type) return "";
    return "expected error " + expected_type + ", got " + outcome.ToJson().dump();
  }
  if (!outcome.ok()) return "expected " + test["result"].dump() + ", got error " + outcome.error().type;
  const bool decimal = test.contains("decimal") && test["decimal"].is_boolean() && test["decimal"].get<bool>();
  if (test.contains("result") && SameValue(outcome.value(), test["result"], decimal)) return "";
  return "expected " + (test.contains("result") ? test["result"].dump() : "?") + ", got " + outcome.value().dump();
}

}  // namespace

bool JsonLogicSuiteFiles(const std::filesystem::path& suites_dir, std::vector<std::string>& files, std::string& error) {
  nlohmann::json index;
  if (!ReadJsonFile(suites_dir / "index.json", index, error)) return false;
  if (!index.is_array()) {
    error = (suites_dir / "index.json").string() + ": not an array";
    return false;
  }
  files.clear();
  for (const auto& entry : index) {
    if (entry.is_string()) files.push_back(entry.get<std::string>());
  }
  return true;
}

FileTally RunJsonLogicFile(const std::filesystem::path& suites_dir, const std::string& relative_path) {
  FileTally tally;
  tally.file = relative_path;
  nlohmann::json cases;
  std::string error;
  if (!ReadJsonFile(suites_dir / relative_path, cases, error) || !cases.is_array()) {
    tally.failures.push_back({relative_path, "", "", error.empty() ? "not an array of cases" : error});
    return tally;
  }
  for (const auto& test : cases) {
    if (!test.is_object()) continue;  // strings are comments
    ++tally.total;
    const std::string why = CheckCase(test);
    if (why.empty()) {
      ++tally.passed;
      continue;
    }
    const std::string description =
        test.contains("description") && test["description"].is_string() ? test["description"].get<std::string>() : "";
    tally.failures.push_back({relative_path, description, test.contains("rule") ? test["rule"].dump() : "", why});
  }
  return tally;
}

}  // namespace yaosu::conformance

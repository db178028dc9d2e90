// File: helpers for the law tests — read a data table from tests/law/data/, and
// evaluate a rule with the legal operators on the built-in parameters.
//
//   nlohmann::json cases = ReadLawData("court_fees.json");   // an array, or null after a failure
//   Eval(R"({"days_between": ["2025-01-01", "2025-09-30"]})")  // 272
#pragma once

#include <string>

#include <gtest/gtest.h>

#include "core/json/parse.h"
#include "core/law/legal_operators.h"
#include "core/rules/rule.h"
#include "tests/support/test_options.h"

namespace yaosu::law::testing {

inline nlohmann::json ReadLawData(const std::string& name) {
  const std::string path = std::string(YAOSU_SOURCE_DIR) + "/tests/law/data/" + name;
  std::string text;
  if (!yaosu::testing::ReadFile(path, text)) {
    ADD_FAILURE() << "cannot read " << path;
    return nullptr;
  }
  Result<nlohmann::json> parsed = ParseJson(text);
  if (!parsed.ok() || !parsed->is_array()) {
    ADD_FAILURE() << path << " is not a JSON array";
    return nullptr;
  }
  return *parsed;
}

// LegalRegistry: JsonLogic's operators and the legal ones, on the parameters compiled into the engine.
inline const rules::OperatorRegistry& LegalRegistry() {
  static const rules::OperatorRegistry registry = [] {
    rules::OperatorRegistry built = rules::OperatorRegistry::WithBuiltins();
    RegisterLegalOperators(built, *ParameterSet::Builtin());
    return built;
  }();
  return registry;
}

// Eval: the rule's value on `data_text`, or "compile:<code>" / "error:<type>".
inline nlohmann::json Eval(std::string_view rule_text, std::string_view data_text = "null") {
  Result<nlohmann::json> rule_json = ParseJson(rule_text);
  Result<nlohmann::json> data = ParseJson(data_text);
  EXPECT_TRUE(rule_json.ok() && data.ok()) << "bad test JSON: " << rule_text << " / " << data_text;
  if (!rule_json.ok() || !data.ok()) return nullptr;
  Result<rules::Rule> rule = rules::Rule::Compile(*rule_json, LegalRegistry());
  if (!rule.ok()) return "compile:" + rule.diagnostics().front().code;
  rules::Outcome outcome = rule->Evaluate(*data);
  if (!outcome.ok()) return "error:" + outcome.error().type;
  return outcome.value();
}

}  // namespace yaosu::law::testing

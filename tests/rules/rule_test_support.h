// Helpers shared by the rule engine tests: JSON from text, and a rule's
// value in one comparable form.
#pragma once

#include <string_view>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/json/parse.h"
#include "core/rules/rule.h"

namespace yaosu::rules::testing {

inline nlohmann::json J(std::string_view text) {
  auto parsed = yaosu::ParseJson(text);
  EXPECT_TRUE(parsed.ok()) << "bad test JSON: " << text;
  return parsed.ok() ? *parsed : nlohmann::json();
}

// Eval: the rule's value, or "error:<type>" / "compile:<code>".
inline nlohmann::json Eval(std::string_view rule, std::string_view data = "null") {
  auto compiled = Rule::Compile(J(rule));
  if (!compiled.ok()) return "compile:" + compiled.diagnostics().front().code;
  Outcome outcome = compiled->Evaluate(J(data));
  if (!outcome.ok()) return "error:" + outcome.error().type;
  return outcome.value();
}

}  // namespace yaosu::rules::testing

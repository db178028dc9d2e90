// Shared by the filing tests: the built-in case types' examples as filings.
#pragma once

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/cases/case_library.h"
#include "core/filing/filing.h"
#include "core/json/parse.h"
#include "tests/support/test_options.h"

namespace yaosu::filing::testing {

inline constexpr const char* kCreatedAt = "2025-10-08T09:30:00+08:00";

// Example: tests/cases/examples/<relative> (the instance of an invalid/ fixture).
inline nlohmann::json Example(const std::string& relative) {
  std::string text;
  EXPECT_TRUE(yaosu::testing::ReadFile(std::string(YAOSU_SOURCE_DIR) + "/tests/cases/examples/" + relative, text))
      << relative;
  Result<nlohmann::json> parsed = ParseJson(text);
  EXPECT_TRUE(parsed.ok()) << relative;
  if (!parsed.ok()) return nullptr;
  return parsed->contains("expect") ? (*parsed)["instance"] : *parsed;
}

inline const cases::CaseForm& Form(const std::string& case_type, const std::string& form) {
  const cases::CaseForm* found = cases::CaseLibrary::Builtin()->Find(case_type, form);
  EXPECT_NE(found, nullptr) << case_type << "/" << form;
  return *found;
}

// FilingOf: the filing of a valid example, e.g. ("private-lending", "complaint", "transfer-loan-overdue").
inline nlohmann::json FilingOf(const std::string& case_type, const std::string& form, const std::string& example) {
  Result<nlohmann::json> filing =
      Produce(Form(case_type, form), Example(case_type + "/" + form + "/valid/" + example + ".json"), kCreatedAt);
  EXPECT_TRUE(filing.ok()) << example << ": " << ToJson(filing.diagnostics()).dump();
  return filing.ok() ? *filing : nlohmann::json();
}

}  // namespace yaosu::filing::testing

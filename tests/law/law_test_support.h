// File: helpers for the law tests — read a data table from tests/law/data/.
//
//   nlohmann::json cases = ReadLawData("court_fees.json");   // an array, or null after a failure
#pragma once

#include <string>

#include <gtest/gtest.h>

#include "core/json/parse.h"
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

}  // namespace yaosu::law::testing

// File: running one JsonLogic compat suite file (jsonlogic-compat/suites/*.json)
// through yaosu::rules and tallying it in the shape suite_report.h prints.
//
//   FileTally tally = RunJsonLogicFile(suites_dir, "arithmetic/plus.json");
//
// A file is a JSON array of strings (comments) and cases
// {description, rule, data?, result | error: {type}, decimal?}. A case passes when
// the rule gives `result` (numbers by value; within 1e-9 when "decimal"), or
// when it fails with `error.type` — at compile time (the diagnostic's
// params.type, e.g. "Unknown Operator") or at evaluation time (RuleError::type).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "tests/conformance/suite_runner.h"

namespace yaosu::conformance {

// JsonLogicSuiteFiles: the files listed in suites/index.json, in order.
bool JsonLogicSuiteFiles(const std::filesystem::path& suites_dir, std::vector<std::string>& files, std::string& error);

// RunJsonLogicFile: every case of one file.
FileTally RunJsonLogicFile(const std::filesystem::path& suites_dir, const std::string& relative_path);

}  // namespace yaosu::conformance

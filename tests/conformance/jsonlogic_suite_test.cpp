// JsonLogic compat suites (jsonlogic-compat/suites/, the files listed in
// index.json): every case through yaosu::rules, natively and in the wasm build.
//
// Prints pass/total per suite file and overall, lists failing cases (capped,
// see suite_report.h), and fails when fewer cases pass than the "jsonlogic"
// total recorded in tests/conformance/recorded_counts.json. Without the suites
// on disk the test is skipped — except under CI=true, where that is a failure.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "tests/conformance/jsonlogic_runner.h"
#include "tests/conformance/recorded_counts.h"
#include "tests/conformance/suite_report.h"
#include "tests/support/test_options.h"

namespace yaosu::conformance {
namespace {

namespace fs = std::filesystem;

fs::path SuitesDir() {
  return fs::path(yaosu::testing::GetTestOptions().conformance_dir) / "jsonlogic-compat" / "suites";
}

TEST(JsonLogicSuite, CompatSuites) {
  std::error_code ec;
  if (!fs::is_regular_file(SuitesDir() / "index.json", ec)) {
    const std::string message = "JsonLogic compat suites not found at " + SuitesDir().string() +
                                " — conformance not run. Put them there or pass --conformance-dir=PATH "
                                "(the folder holding jsonlogic-compat/).";
    if (yaosu::testing::GetTestOptions().suites_required) FAIL() << message;
    GTEST_SKIP() << message;
  }
  std::vector<std::string> files;
  std::string error;
  ASSERT_TRUE(JsonLogicSuiteFiles(SuitesDir(), files, error)) << error;
  ASSERT_FALSE(files.empty()) << "index.json lists no suite files";

  const auto start = std::chrono::steady_clock::now();
  std::vector<FileTally> tallies;
  for (const std::string& file : files) tallies.push_back(RunJsonLogicFile(SuitesDir(), file));
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  PrintTable(std::cout, "JsonLogic compat suites (jsonlogic-compat/suites/index.json)", tallies, elapsed.count());
  PrintFailures(std::cout, tallies, FailureCapFromEnvironment());

  const std::size_t passed = Sum(tallies).passed;
  std::size_t recorded = 0;
  ASSERT_TRUE(ReadRecordedTotal(RecordedCountsPath(), "jsonlogic", recorded, error)) << error;
  EXPECT_GE(passed, recorded) << "jsonlogic: " << passed << " cases pass, fewer than the " << recorded
                              << " recorded in " << RecordedCountsPath();
  if (passed > recorded) {
    std::cout << "note: jsonlogic passes " << passed << " > recorded " << recorded
              << "; raise \"jsonlogic\".\"total\" in " << RecordedCountsPath()
              << " (see tests/conformance/README.md)\n";
  }
}

}  // namespace
}  // namespace yaosu::conformance

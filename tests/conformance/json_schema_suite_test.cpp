// JSON-Schema-Test-Suite, draft 2020-12: every required case and every
// optional case, run through the engine natively and in the wasm build.
//
// Prints pass/total per file and overall, lists failing cases (capped, see
// suite_report.h), and fails when a section passes fewer cases than recorded
// in tests/conformance/recorded_counts.json. Without the suite on disk the
// tests are skipped — except under CI=true, where that is a failure.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "core/schema/registry.h"
#include "tests/conformance/recorded_counts.h"
#include "tests/conformance/suite_loader.h"
#include "tests/conformance/suite_report.h"
#include "tests/conformance/suite_runner.h"
#include "tests/support/test_options.h"

namespace yaosu::conformance {
namespace {

namespace fs = std::filesystem;

constexpr const char* kDraft = "draft2020-12";

fs::path SuiteRoot() { return fs::path(yaosu::testing::GetTestOptions().conformance_dir) / "json-schema-test-suite"; }

fs::path DraftDir() { return SuiteRoot() / "tests" / kDraft; }

// SuiteRegistry: the suite's remotes/, loaded once per test binary.
struct SuiteRegistry {
  schema::SchemaRegistry registry;
  RemotesLoad load;
};

const SuiteRegistry& Remotes() {
  static const SuiteRegistry* const remotes = [] {
    auto* loaded = new SuiteRegistry();
    loaded->load = LoadRemotes(SuiteRoot() / "remotes", loaded->registry);
    return loaded;
  }();
  return *remotes;
}

bool SuitePresent() {
  std::error_code ec;
  return fs::is_directory(DraftDir(), ec);
}

std::string MissingSuiteMessage() {
  return "JSON-Schema-Test-Suite not found at " + DraftDir().string() +
         " — conformance not run. Put the suite there or pass --conformance-dir=PATH "
         "(the folder holding json-schema-test-suite/).";
}

// RunSection: runs every file of one section, prints its table and failures,
// and returns the number of cases passed.
std::size_t RunSection(const std::string& title, const std::vector<std::string>& files) {
  const SuiteRegistry& remotes = Remotes();
  EXPECT_TRUE(remotes.load.errors.empty()) << "remotes/ did not load cleanly, first problem: "
                                           << (remotes.load.errors.empty() ? "" : remotes.load.errors.front());
  EXPECT_GT(remotes.load.documents, 0u) << "no documents found under remotes/";

  const auto start = std::chrono::steady_clock::now();
  std::vector<FileTally> tallies;
  for (const std::string& relative : files) {
    const SuiteFile file = LoadSuiteFile(DraftDir(), relative);
    EXPECT_TRUE(file.load_error.empty()) << file.load_error;
    tallies.push_back(RunSuiteFile(file, remotes.registry));
  }
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;

  PrintTable(std::cout, title, tallies, elapsed.count());
  PrintFailures(std::cout, tallies, FailureCapFromEnvironment());
  return Sum(tallies).passed;
}

// Files returns one section's test files (relative to the draft folder).
std::vector<std::string> RequiredFiles() {
  std::string error;
  std::vector<std::string> files = ListJsonFiles(DraftDir(), /*recursive=*/false, error);
  EXPECT_TRUE(error.empty()) << error;
  return files;
}

std::vector<std::string> OptionalFiles() {
  std::string error;
  std::vector<std::string> files = ListJsonFiles(DraftDir() / "optional", /*recursive=*/true, error);
  EXPECT_TRUE(error.empty()) << error;
  for (std::string& file : files) file = "optional/" + file;
  return files;
}

RecordedCounts ReadRecordedOrFail() {
  RecordedCounts counts;
  std::string error;
  if (!ReadRecordedCounts(RecordedCountsPath(), kDraft, counts, error)) ADD_FAILURE() << error;
  return counts;
}

void ExpectAtLeastRecorded(const char* section, std::size_t passed, std::size_t recorded) {
  EXPECT_GE(passed, recorded) << kDraft << " " << section << ": " << passed << " cases pass, fewer than the "
                              << recorded << " recorded in " << RecordedCountsPath();
  if (passed > recorded) {
    std::cout << "note: " << section << " passes " << passed << " > recorded " << recorded << "; raise \"" << section
              << "\" in " << RecordedCountsPath() << " (see tests/conformance/README.md)\n";
  }
}

#define YAOSU_REQUIRE_SUITE()                                                                \
  do {                                                                                       \
    if (!SuitePresent()) {                                                                   \
      if (yaosu::testing::GetTestOptions().suites_required) FAIL() << MissingSuiteMessage(); \
      GTEST_SKIP() << MissingSuiteMessage();                                                 \
    }                                                                                        \
  } while (false)

TEST(JsonSchemaSuite, Draft2020_12Required) {
  YAOSU_REQUIRE_SUITE();
  const std::vector<std::string> files = RequiredFiles();
  ASSERT_FALSE(files.empty()) << "no test files in " << DraftDir();
  const std::size_t passed = RunSection(std::string("JSON-Schema-Test-Suite ") + kDraft + " — required", files);
  ExpectAtLeastRecorded("required", passed, ReadRecordedOrFail().required);
}

TEST(JsonSchemaSuite, Draft2020_12Optional) {
  YAOSU_REQUIRE_SUITE();
  const std::vector<std::string> files = OptionalFiles();
  ASSERT_FALSE(files.empty()) << "no test files in " << (DraftDir() / "optional");
  const std::size_t passed = RunSection(
      std::string("JSON-Schema-Test-Suite ") + kDraft + " — optional (optional/format/ with format assertion on)",
      files);
  ExpectAtLeastRecorded("optional", passed, ReadRecordedOrFail().optional);
}

}  // namespace
}  // namespace yaosu::conformance

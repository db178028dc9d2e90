// File: printing conformance figures — a compact pass/total table per section
// and a capped list of failing cases.
//
// The number of failing cases listed is capped (kDefaultFailureCap) so a bad
// day does not drown the test log; YAOSU_CONFORMANCE_FAILURES=all (or a
// number) in the environment changes the cap.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "tests/conformance/suite_runner.h"

namespace yaosu::conformance {

inline constexpr std::size_t kDefaultFailureCap = 40;
inline constexpr const char* kFailureCapVariable = "YAOSU_CONFORMANCE_FAILURES";

// SectionTotals: the overall figures of one section (required or optional).
struct SectionTotals {
  std::size_t passed = 0;
  std::size_t total = 0;
  std::size_t failures = 0;
};

SectionTotals Sum(const std::vector<FileTally>& tallies);

// FailureCapFromEnvironment: how many failing cases to list.
std::size_t FailureCapFromEnvironment();

// PrintTable: "file  passed / total" per file, then the overall line.
void PrintTable(std::ostream& out, const std::string& title, const std::vector<FileTally>& tallies,
                double elapsed_seconds);

// PrintFailures: "file / group / test: why", at most `cap` of them.
void PrintFailures(std::ostream& out, const std::vector<FileTally>& tallies, std::size_t cap);

}  // namespace yaosu::conformance

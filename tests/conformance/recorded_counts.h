// File: the conformance figures recorded in the repository, which the suite
// test must never fall below (tests/conformance/recorded_counts.json, see the
// README next to it for how to raise them).
#pragma once

#include <cstddef>
#include <string>

namespace yaosu::conformance {

struct RecordedCounts {
  std::size_t required = 0;
  std::size_t optional = 0;
};

// RecordedCountsPath: the file in the source tree (read at run time, so
// raising a figure does not need a rebuild).
std::string RecordedCountsPath();

// ReadRecordedCounts: the figures recorded for `draft` ("draft2020-12").
// Returns false with a message when the file is missing or malformed.
bool ReadRecordedCounts(const std::string& path, const std::string& draft, RecordedCounts& counts, std::string& error);

// ReadRecordedTotal: the single figure {"<section>": {"total": N}} (the
// JsonLogic compat suites record one overall count under "jsonlogic").
bool ReadRecordedTotal(const std::string& path, const std::string& section, std::size_t& total, std::string& error);

}  // namespace yaosu::conformance

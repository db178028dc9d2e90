#include "tests/conformance/suite_report.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string_view>

namespace yaosu::conformance {
namespace {

std::string Padded(const std::string& text, std::size_t width) {
  return text.size() >= width ? text : text + std::string(width - text.size(), ' ');
}

std::string RightAligned(std::size_t number, std::size_t width) {
  const std::string text = std::to_string(number);
  return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}

std::string FormatSeconds(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f s", seconds);
  return buffer;
}

}  // namespace

SectionTotals Sum(const std::vector<FileTally>& tallies) {
  SectionTotals totals;
  for (const FileTally& tally : tallies) {
    totals.passed += tally.passed;
    totals.total += tally.total;
    totals.failures += tally.failures.size();
  }
  return totals;
}

std::size_t FailureCapFromEnvironment() {
  const char* raw = std::getenv(kFailureCapVariable);
  if (raw == nullptr || *raw == '\0') return kDefaultFailureCap;
  if (std::string_view(raw) == "all") return std::numeric_limits<std::size_t>::max();
  char* end = nullptr;
  const unsigned long long cap = std::strtoull(raw, &end, 10);
  return (end != nullptr && *end == '\0') ? static_cast<std::size_t>(cap) : kDefaultFailureCap;
}

void PrintTable(std::ostream& out, const std::string& title, const std::vector<FileTally>& tallies,
                double elapsed_seconds) {
  std::size_t name_width = std::string_view("overall").size();
  for (const FileTally& tally : tallies) name_width = std::max(name_width, tally.file.size());
  const SectionTotals totals = Sum(tallies);
  const std::size_t number_width = std::max<std::size_t>(4, std::to_string(totals.total).size());

  out << title << "\n";
  for (const FileTally& tally : tallies) {
    out << "  " << Padded(tally.file, name_width) << "  " << RightAligned(tally.passed, number_width) << " / "
        << RightAligned(tally.total, number_width);
    if (!tally.failures.empty()) out << "   " << tally.failures.size() << " failing";
    out << "\n";
  }
  out << "  " << std::string(name_width + 2 * number_width + 5, '-') << "\n";
  out << "  " << Padded("overall", name_width) << "  " << RightAligned(totals.passed, number_width) << " / "
      << RightAligned(totals.total, number_width) << "   (" << FormatSeconds(elapsed_seconds) << ")\n";
  out.flush();
}

void PrintFailures(std::ostream& out, const std::vector<FileTally>& tallies, std::size_t cap) {
  const SectionTotals totals = Sum(tallies);
  if (totals.failures == 0) return;
  const std::size_t shown = std::min(cap, totals.failures);
  out << "failing cases";
  if (shown < totals.failures) {
    out << " (" << shown << " of " << totals.failures << "; " << kFailureCapVariable << "=all lists every one)";
  }
  out << ":\n";
  std::size_t printed = 0;
  for (const FileTally& tally : tallies) {
    for (const CaseFailure& failure : tally.failures) {
      if (printed++ == shown) {
        out.flush();
        return;
      }
      out << "  " << failure.file;
      if (!failure.group.empty()) out << " / " << failure.group;
      if (!failure.test.empty()) out << " / " << failure.test;
      out << ": " << failure.detail << "\n";
    }
  }
  out.flush();
}

}  // namespace yaosu::conformance

// File: RecordedReport — a diagnostic as a rule or computed value produced it,
// kept so a FormSession can replay it after later changes. Failures
// (case.rule_failed, case.computed_failed) show only on a schema-valid form,
// so whether one shows is decided at replay, from the verdict of that moment.
#pragma once

#include <vector>

#include "core/diagnostics/diagnostic.h"

namespace yaosu::cases {

struct RecordedReport {
  Diagnostic diagnostic;
  bool only_if_schema_valid = false;
};

// Replay: appends the reports that show under `schema_valid`, in order.
inline void Replay(const std::vector<RecordedReport>& reports, bool schema_valid, Diagnostics& diagnostics) {
  for (const RecordedReport& report : reports) {
    if (schema_valid || !report.only_if_schema_valid) diagnostics.push_back(report.diagnostic);
  }
}

}  // namespace yaosu::cases

// File: the time a filing records when the caller gives none.
#pragma once

#include <string>

namespace yaosu::cli {

// UtcNow: now as an RFC 3339 date-time in UTC, to the second ("2026-12-07T04:30:00Z").
std::string UtcNow();

}  // namespace yaosu::cli

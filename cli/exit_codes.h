// File: the yaosu command's exit codes, shared by every subcommand so scripts
// can rely on them: 0 valid, 1 invalid, 2 usage error or unreadable input.
#pragma once

namespace yaosu::cli {

inline constexpr int kExitValid = 0;
inline constexpr int kExitInvalid = 1;
inline constexpr int kExitUsage = 2;  // bad arguments, unreadable or malformed input, broken schema

}  // namespace yaosu::cli

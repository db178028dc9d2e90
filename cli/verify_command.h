// File: `yaosu verify [--json] [--jobs N] FILE...` — court staff re-check filings:
// digest, case type and version, every rule, the computed values. Many files
// in one call, on every core, results streamed in the order given.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace yaosu::cli {

int RunVerify(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli

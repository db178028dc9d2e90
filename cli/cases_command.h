// File: `yaosu cases [--json] [--schemas DIR]` — the case types and forms installed.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace yaosu::cli {

int RunCases(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli

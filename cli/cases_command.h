// File: `yaosu cases [--json] [--all] [--schemas DIR]` — the case types and
// forms installed; `--check [DIR]` and `--expand OUT`, an author's tools
// (cli/case_type_tools.h).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace yaosu::cli {

int RunCases(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli

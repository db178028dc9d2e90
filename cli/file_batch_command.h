// File: `yaosu file --batch` — a table of cases in, a folder of checked filings out.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace yaosu::cli {

// RunFileBatch: the command with `args` (those after "file"); see its usage text.
int RunFileBatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli

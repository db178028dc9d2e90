// File: `yaosu file --case CASE_TYPE --form FORM [--created-at TIME] [-o OUT] FILE`
// — a checked form as a filing (canonical JSON with its SHA-256 digest).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace yaosu::cli {

int RunFile(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli

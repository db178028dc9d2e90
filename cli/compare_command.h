// File: `yaosu compare [--json] COMPLAINT_FILING ANSWER_FILING` — the dispute
// table of element-based trial: admitted, disputed (争议焦点), unanswered, and
// the 免责/减责事由 raised.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace yaosu::cli {

int RunCompare(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli

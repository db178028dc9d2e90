// File: `yaosu render FILING [--html OUT] [--docx OUT]` — the filed complaint or
// answer as a printable A4 page (HTML) and a Word/WPS document (DOCX).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace yaosu::cli {

int RunRender(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli

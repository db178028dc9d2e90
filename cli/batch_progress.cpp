#include "cli/batch_progress.h"

#include <unistd.h>

#include <ostream>

#include <nlohmann/json.hpp>

namespace yaosu::cli {

BatchProgressOut::BatchProgressOut(bool json_lines, std::ostream& out, std::ostream& err)
    : json_lines_(json_lines), terminal_(!json_lines && isatty(STDERR_FILENO) == 1), out_(out), err_(err) {}

batch::ProgressSink BatchProgressOut::Sink() {
  if (!json_lines_ && !terminal_) return {};
  return batch::EachPercent([this](const batch::BatchProgress& progress) { Tell(progress); });
}

void BatchProgressOut::Tell(const batch::BatchProgress& progress) {
  told_ = true;
  if (json_lines_) {
    out_ << nlohmann::json{{"progress",
                            {{"done", progress.done},
                             {"total", progress.total},
                             {"filed", progress.filed},
                             {"refused", progress.refused}}}}
                .dump()
         << "\n"
         << std::flush;
    return;
  }
  err_ << "\r已检查 " << progress.done << "/" << progress.total << " 行（通过 " << progress.filed << "，未通过 "
       << progress.refused << "）" << std::flush;
}

void BatchProgressOut::Finish() {
  if (terminal_ && told_) err_ << "\n";
}

}  // namespace yaosu::cli

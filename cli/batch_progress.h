// File: how `yaosu file --batch` tells its progress — a line redrawn on a
// terminal ("已检查 1200/10000 行…"), JSON lines on stdout with --json, nothing
// when stderr is a file or a pipe (a log is not filled with counters).
//
//   BatchProgressOut progress(json_lines, out, err);
//   FileBatchSet(…, progress.Sink());  progress.Finish();
#pragma once

#include <iosfwd>

#include "core/batch/batch_filing.h"

namespace yaosu::cli {

class BatchProgressOut {
 public:
  BatchProgressOut(bool json_lines, std::ostream& out, std::ostream& err);

  // Sink: says something at the first row, each whole percent and the last row.
  batch::ProgressSink Sink();
  // Finish: ends the terminal's redrawn line.
  void Finish();

 private:
  void Tell(const batch::BatchProgress& progress);

  bool json_lines_, terminal_;
  std::ostream& out_;
  std::ostream& err_;
  bool told_ = false;
};

}  // namespace yaosu::cli

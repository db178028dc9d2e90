#include "tests/support/test_options.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string_view>

namespace yaosu::testing {
namespace {
TestOptions& MutableOptions() {
  static TestOptions options{YAOSU_DEFAULT_CONFORMANCE_DIR, false};
  return options;
}
}  // namespace

void ParseTestOptions(int argc, char** argv) {
  TestOptions& options = MutableOptions();
  constexpr std::string_view kDirFlag = "--conformance-dir=";
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg.substr(0, kDirFlag.size()) == kDirFlag) options.conformance_dir = arg.substr(kDirFlag.size());
  }
  const char* ci = std::getenv("CI");
  options.suites_required = ci != nullptr && std::string_view(ci) == "true";
}

const TestOptions& GetTestOptions() { return MutableOptions(); }

bool ReadFile(const std::string& path, std::string& contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  contents = buffer.str();
  return true;
}

}  // namespace yaosu::testing

// File: options the test binaries take beyond GoogleTest's own flags.
//
//   --conformance-dir=PATH   where json-schema-test-suite/ and jsonlogic-compat/ are
//                            (default: YAOSU_CONFORMANCE_DIR from CMake)
//
// The environment variable CI=true turns a missing conformance suite from a
// skip into a failure, so CI can never pass by not running the suites.
#pragma once

#include <string>

namespace yaosu::testing {

struct TestOptions {
  std::string conformance_dir;
  bool suites_required = false;  // true under CI
};

void ParseTestOptions(int argc, char** argv);
const TestOptions& GetTestOptions();

// ReadFile returns the bytes of `path`, or false when it cannot be read.
bool ReadFile(const std::string& path, std::string& contents);

}  // namespace yaosu::testing

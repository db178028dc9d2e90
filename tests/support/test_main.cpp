// GoogleTest entry point shared by every Yaosu test binary. Arguments that
// GoogleTest does not consume are left for the suites (see test_options.h).
#include <gtest/gtest.h>

#include "tests/support/test_options.h"

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  yaosu::testing::ParseTestOptions(argc, argv);
  return RUN_ALL_TESTS();
}

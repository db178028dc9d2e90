// File: for the fuzz targets that check against the built-in case types — they
// are loaded in LLVMFuzzerInitialize, before the first input, so their one-time
// load (seconds under ASan) does not count against libFuzzer's per-input timeout.
// Include it from exactly one file of a target: it defines LLVMFuzzerInitialize.
#pragma once

#include "core/cases/case_library.h"

namespace yaosu::fuzz {

// Library: the case types compiled into the engine, loaded on first use.
inline const cases::CaseLibrary& Library() { return *cases::CaseLibrary::Builtin(); }

}  // namespace yaosu::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  yaosu::fuzz::Library();
  return 0;
}

// File: running suite files through the engine and counting what passes.
//
// Each group's schema is compiled once, then every case is validated and its
// verdict compared with the suite's `valid`. A case passes only when both
// Validate() and the fast IsValid() agree with the suite, so a divergence
// between the two paths shows up as a conformance failure. A schema that does
// not compile fails all of its cases.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/schema/registry.h"
#include "core/schema/schema.h"
#include "tests/conformance/suite_loader.h"

namespace yaosu::conformance {

// CaseFailure: one case that did not give the suite's answer, and why.
struct CaseFailure {
  std::string file;
  std::string group;
  std::string test;  // empty when the whole file or group failed
  std::string detail;
};

// FileTally: pass/total for one suite file, with its failures.
struct FileTally {
  std::string file;
  std::size_t passed = 0;
  std::size_t total = 0;
  std::vector<CaseFailure> failures;
};

// CompileOptionsFor: how the suite intends a file to be run — optional/format/
// checks `format` as an assertion; everything else uses the defaults (where
// `format` is an annotation unless a meta-schema's vocabulary says otherwise).
schema::CompileOptions CompileOptionsFor(const std::string& relative_path);

// RunSuiteFile: validates every case of `file` against schemas compiled with
// `registry` (which holds the suite's remotes).
FileTally RunSuiteFile(const SuiteFile& file, const schema::SchemaRegistry& registry);

}  // namespace yaosu::conformance

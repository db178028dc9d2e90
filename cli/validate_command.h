// File: `yaosu validate` — check JSON files against a JSON Schema 2020-12 schema.
//
// Prints one verdict per instance (and its diagnostics), or with --json the
// basic output of each instance as one JSON line. Exit status: 0 every
// instance valid, 1 some instance invalid, 2 usage error, unreadable or
// malformed input, or a schema that does not compile.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace yaosu::cli {

// RunValidate: `args` are the words after "validate".
int RunValidate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli

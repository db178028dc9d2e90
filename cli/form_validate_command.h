// File: `yaosu validate --case CASE_TYPE --form FORM FILE...` — filled forms
// checked against their case type (schema, rules, computed values).
#pragma once

#include <ostream>

#include "cli/validate_arguments.h"

namespace yaosu::cli {

// ValidateForms: exit status 0 all valid (warnings allowed), 1 some form has
// an error, 2 unknown case type or unreadable input.
int ValidateForms(const ValidateArguments& args, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli

// File: the JsonLogic operators a case type's rules and computed values may
// use — one registry, so that compiling a form and working out what its rules
// read (rule_dependencies.h) consult the same operators.
//
//   Result<rules::Rule> rule = rules::Rule::Compile(logic, FormOperators());
#pragma once

#include "core/rules/operator_registry.h"

namespace yaosu::cases {

// FormOperators: the JsonLogic built-ins and the legal operators over the
// built-in parameters (law/legal_operators.h); built once. Without the legal
// parameters (which the tests of schemas/params prevent) only the built-ins.
const rules::OperatorRegistry& FormOperators();

}  // namespace yaosu::cases

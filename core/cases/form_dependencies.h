// File: FormDependencies — for each computed value and each rule of a form,
// the form elements it depends on (`computed.<id>` read through to what that
// value reads), worked out once when the form is compiled. A FormSession
// re-evaluates after a change only what depends on the changed element.
#pragma once

#include <vector>

#include "core/cases/computed_values.h"
#include "core/cases/form_rules.h"
#include "core/cases/rule_dependencies.h"

namespace yaosu::cases {

struct FormDependencies {
  // incremental: false when a rule or value points at an element under a
  // reserved data key (computed, item, index), where the form and the
  // expressions' data differ; a session then evaluates everything each time.
  bool incremental = true;
  std::vector<Dependencies> computed;  // by value, in computed.json order
  std::vector<Dependencies> rules;     // by rule, in evaluation order

  static FormDependencies Of(const ComputedValues& computed, const FormRules& rules);
};

}  // namespace yaosu::cases

#include "core/cases/form_operators.h"

#include "core/law/legal_operators.h"
#include "core/law/parameter_set.h"

namespace yaosu::cases {

const rules::OperatorRegistry& FormOperators() {
  static const rules::OperatorRegistry* const operators = [] {
    auto* registry = new rules::OperatorRegistry(rules::OperatorRegistry::WithBuiltins());
    const Result<law::ParameterSet>& parameters = law::ParameterSet::Builtin();
    if (parameters.ok()) law::RegisterLegalOperators(*registry, *parameters);
    return registry;
  }();
  return *operators;
}

}  // namespace yaosu::cases

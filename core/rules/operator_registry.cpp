#include "core/rules/operator_registry.h"

#include "core/rules/internal/builtin_operators.h"

namespace yaosu::rules {

const OperatorRegistry& OperatorRegistry::Builtin() {
  static const OperatorRegistry* const builtin = [] {
    auto* registry = new OperatorRegistry();
    internal::AddLogicOperators(*registry);
    internal::AddComparisonOperators(*registry);
    internal::AddArithmeticOperators(*registry);
    internal::AddStringOperators(*registry);
    internal::AddArrayOperators(*registry);
    internal::AddDataOperators(*registry);
    internal::AddErrorOperators(*registry);
    return registry;
  }();
  return *builtin;
}

void OperatorRegistry::Add(OperatorSpec spec) {
  std::string name = spec.name;
  operators_[std::move(name)] = std::make_shared<const OperatorSpec>(std::move(spec));
}

std::shared_ptr<const OperatorSpec> OperatorRegistry::Find(std::string_view name) const {
  auto it = operators_.find(name);
  return it == operators_.end() ? nullptr : it->second;
}

std::vector<std::string> OperatorRegistry::Names() const {
  std::vector<std::string> names;
  for (const auto& entry : operators_) names.push_back(entry.first);
  return names;
}

}  // namespace yaosu::rules

#include "core/cases/form_dependencies.h"

namespace yaosu::cases {

FormDependencies FormDependencies::Of(const ComputedValues& computed, const FormRules& rules) {
  FormDependencies dependencies;
  dependencies.incremental = !rules.PointsIntoReservedKeys() && !computed.ComparesReservedKeys();
  std::vector<DataReads> value_reads;
  std::vector<std::string> ids;
  for (std::size_t n = 0; n < computed.size(); ++n) {
    value_reads.push_back(computed.reads(n));
    ids.push_back(computed.id(n));
  }
  dependencies.computed = ResolveComputed(value_reads, ids);
  for (std::size_t n = 0; n < rules.size(); ++n) {
    dependencies.rules.push_back(Resolve(rules.reads(n), dependencies.computed, ids));
  }
  return dependencies;
}

}  // namespace yaosu::cases

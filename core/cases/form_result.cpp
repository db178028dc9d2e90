#include "core/cases/form_result.h"

namespace yaosu::cases {

Branches BranchesOf(const std::vector<schema::ConditionalBranch>& recorded) {
  Branches branches;
  for (const schema::ConditionalBranch& branch : recorded)
    branches[branch.instance_location][branch.if_location] = branch.holds;
  return branches;
}

nlohmann::json FormResult::ToJson(const MessageCatalog& messages) const {
  nlohmann::json states_json = nlohmann::json::object();
  for (const auto& [pointer, state] : states) states_json[pointer] = std::string(ElementStateName(state));
  return {{"valid", valid},
          {"diagnostics", ToJsonWithMessages(diagnostics, messages)},
          {"computed", computed},
          {"states", std::move(states_json)}};
}

}  // namespace yaosu::cases

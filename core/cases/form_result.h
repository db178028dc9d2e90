// File: FormResult — what checking one filled form gives: the verdict, every
// diagnostic (schema, computed values, rules), the computed values and the
// element states. A value, like every result in Yaosu.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "core/cases/element_state.h"
#include "core/diagnostics/diagnostic.h"
#include "core/diagnostics/message_catalog.h"
#include "core/schema/schema.h"

namespace yaosu::cases {

// Branches: element pointer → the absolute location of each `if` applied to it → whether `then` applied.
using Branches = std::map<std::string, std::map<std::string, bool>>;

// BranchesOf: the schema's record (ValidateOptions::record_branches) by element.
Branches BranchesOf(const std::vector<schema::ConditionalBranch>& recorded);

struct FormResult {
  bool valid = true;                                   // no diagnostic of severity error
  Diagnostics diagnostics;                             // schema first, then computed values, then rules
  nlohmann::json computed = nlohmann::json::object();  // id → value (null when it could not be computed)
  ElementStates states;
  Branches branches;  // kept by a FormSession (the page draws the side each `if` took); not in ToJson

  // ToJson: {"valid", "diagnostics" (with zh/en messages from `messages`),
  // "computed", "states": {pointer: state}}.
  nlohmann::json ToJson(const MessageCatalog& messages) const;
};

}  // namespace yaosu::cases

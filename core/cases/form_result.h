// File: FormResult — what checking one filled form gives: the verdict, every
// diagnostic (schema, computed values, rules), the computed values and the
// element states. A value, like every result in Yaosu.
#pragma once

#include <nlohmann/json.hpp>

#include "core/cases/element_state.h"
#include "core/diagnostics/diagnostic.h"
#include "core/diagnostics/message_catalog.h"

namespace yaosu::cases {

struct FormResult {
  bool valid = true;                                   // no diagnostic of severity error
  Diagnostics diagnostics;                             // schema first, then computed values, then rules
  nlohmann::json computed = nlohmann::json::object();  // id → value (null when it could not be computed)
  ElementStates states;

  // ToJson: {"valid", "diagnostics" (with zh/en messages from `messages`),
  // "computed", "states": {pointer: state}}.
  nlohmann::json ToJson(const MessageCatalog& messages) const;
};

}  // namespace yaosu::cases

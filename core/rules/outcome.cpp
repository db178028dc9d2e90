#include "core/rules/outcome.h"

namespace yaosu::rules {

RuleError MakeError(std::string type, std::string message) {
  RuleError error;
  error.payload = nlohmann::json::object({{"type", type}});
  error.type = std::move(type);
  error.message = std::move(message);
  return error;
}

nlohmann::json Outcome::ToJson() const {
  if (ok()) return nlohmann::json::object({{"result", value_}});
  return nlohmann::json::object({{"error", {{"type", error_->type}, {"message", error_->message}}}});
}

}  // namespace yaosu::rules

// Errors: throw and try. {"throw": "type"} or {"throw": {"type": ..., ...}};
// {"try": [a, b, c]} returns the first that succeeds, each fallback seeing the
// previous error ({"type": ...}) as its data, the rule's data two scopes up.
// Fatal errors (limits) pass through try untouched.
#include "core/rules/coercion.h"
#include "core/rules/internal/builtin_operators.h"

namespace yaosu::rules::internal {
namespace {

Outcome Throw(CallContext& call) {
  Outcome value = call.Evaluate(0);
  if (!value.ok()) return value;
  const nlohmann::json& thrown = value.value();
  if (thrown.is_object()) {
    auto type = thrown.find("type");
    RuleError error = MakeError(type == thrown.end() ? "Error" : ToText(*type), "thrown by the rule");
    error.payload = thrown;
    return error;
  }
  return MakeError(ToText(thrown), "thrown by the rule");
}

Outcome Try(CallContext& call) {
  if (call.ArgCount() == 0) return nlohmann::json();
  Outcome attempt = call.Evaluate(0);
  for (std::size_t i = 1; i < call.ArgCount() && !attempt.ok() && !attempt.error().fatal; ++i) {
    const nlohmann::json payload = attempt.error().payload;
    attempt = call.EvaluateInScope(i, payload, payload);
  }
  return attempt;
}

}  // namespace

void AddErrorOperators(OperatorRegistry& registry) {
  registry.Add({"throw", ArgShape::kAny, ArgScope::kCurrent, Throw});
  registry.Add({"try", ArgShape::kAny, ArgScope::kFallbacks, Try});
}

}  // namespace yaosu::rules::internal

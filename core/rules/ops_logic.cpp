// Logic: if / ?:, and, or, !, !!, ?? — lazy: only the branches needed are evaluated.
#include "core/rules/coercion.h"
#include "core/rules/internal/builtin_operators.h"

namespace yaosu::rules::internal {
namespace {

Outcome If(CallContext& call) {
  const std::size_t count = call.ArgCount();
  std::size_t i = 0;
  for (; i + 1 < count; i += 2) {
    Outcome condition = call.Evaluate(i);
    if (!condition.ok()) return condition;
    if (Truthy(condition.value())) return call.Evaluate(i + 1);
  }
  if (i < count) return call.Evaluate(i);  // the final "else"
  return nlohmann::json();
}

// AndOr: the first value whose truthiness is `stop_on`, else the last value.
Outcome AndOr(CallContext& call, bool stop_on) {
  if (call.ArgCount() == 0) return false;
  nlohmann::json last;
  for (std::size_t i = 0; i < call.ArgCount(); ++i) {
    Outcome value = call.Evaluate(i);
    if (!value.ok() || Truthy(value.value()) == stop_on) return value;
    last = std::move(value).value();
  }
  return last;
}

Outcome Not(CallContext& call, bool negate) {
  Outcome value = call.Evaluate(0);  // {"!": []} reads an absent argument as null
  if (!value.ok()) return value;
  return Truthy(value.value()) != negate;
}

Outcome Coalesce(CallContext& call) {
  for (std::size_t i = 0; i < call.ArgCount(); ++i) {
    Outcome value = call.Evaluate(i);
    if (!value.ok() || !value.value().is_null()) return value;
  }
  return nlohmann::json();
}

}  // namespace

void AddLogicOperators(OperatorRegistry& registry) {
  registry.Add({"if", ArgShape::kList, ArgScope::kCurrent, If});
  registry.Add({"?:", ArgShape::kList, ArgScope::kCurrent, If});
  registry.Add({"and", ArgShape::kList, ArgScope::kCurrent, [](CallContext& call) { return AndOr(call, false); }});
  registry.Add({"or", ArgShape::kList, ArgScope::kCurrent, [](CallContext& call) { return AndOr(call, true); }});
  registry.Add({"!", ArgShape::kAny, ArgScope::kCurrent, [](CallContext& call) { return Not(call, true); }});
  registry.Add({"!!", ArgShape::kAny, ArgScope::kCurrent, [](CallContext& call) { return Not(call, false); }});
  registry.Add({"??", ArgShape::kAny, ArgScope::kCurrent, Coalesce});
}

}  // namespace yaosu::rules::internal

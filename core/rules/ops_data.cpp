// Data access: val (path as a list of keys, with [[n], ...] to climb n scopes),
// var (dotted path with a default), exists, missing, missing_some.
#include <cmath>
#include <limits>
#include <vector>

#include "core/rules/coercion.h"
#include "core/rules/internal/builtin_operators.h"

namespace yaosu::rules::internal {
namespace {

// Step: `current`'s member `key` (objects by name, arrays by index), or null when absent.
const nlohmann::json* Step(const nlohmann::json* current, const nlohmann::json& key) {
  if (current->is_object()) {
    auto it = current->find(ToText(key));
    return it == current->end() ? nullptr : &*it;
  }
  if (current->is_array()) {
    const std::optional<double> index =
        key.is_string() && key.get_ref<const std::string&>().empty() ? std::nullopt : ToNumber(key);
    if (!index || *index < 0 || std::trunc(*index) != *index || *index >= static_cast<double>(current->size())) {
      return nullptr;
    }
    return &(*current)[static_cast<std::size_t>(*index)];
  }
  return nullptr;
}

// ScopeLevels: how many scopes [[n], ...] climbs — |n|, and past the root is the root, so a count
// beyond size_t (1e30, infinity) climbs to it rather than overflowing the conversion; not a number: none.
std::size_t ScopeLevels(std::optional<double> levels) {
  if (!levels || std::isnan(*levels)) return 0;
  const double up = std::fabs(*levels);
  constexpr std::size_t kMost = std::numeric_limits<std::size_t>::max();
  return up >= static_cast<double>(kMost) ? kMost : static_cast<std::size_t>(up);
}

// ValPath: the components of a val/exists path, and where it starts.
std::optional<RuleError> ValPath(CallContext& call, std::vector<nlohmann::json>& path, const nlohmann::json*& start) {
  path.clear();
  for (std::size_t i = 0; i < call.ArgCount(); ++i) {
    Outcome component = call.Evaluate(i);
    if (!component.ok()) return component.error();
    path.push_back(std::move(component).value());
  }
  if (!call.ArgsAreList() && path.size() == 1 && path[0].is_array()) {
    nlohmann::json list = std::move(path[0]);
    path.assign(list.begin(), list.end());
  }
  start = &call.Data();
  if (!path.empty() && path[0].is_array()) {  // [[n], ...]: climb |n| scopes
    start = &call.Scope(ScopeLevels(path[0].empty() ? 0.0 : ToNumber(path[0][0])));
    path.erase(path.begin());
  }
  return std::nullopt;
}

Outcome Val(CallContext& call, bool exists) {
  std::vector<nlohmann::json> path;
  const nlohmann::json* current = nullptr;
  if (auto error = ValPath(call, path, current)) return *error;
  for (const auto& key : path) {
    current = Step(current, key);
    if (current == nullptr) return exists ? nlohmann::json(false) : nlohmann::json();
  }
  return exists ? nlohmann::json(true) : *current;
}

// Lookup: a dotted path ("a.b.0") in `data`; null when absent.
const nlohmann::json* Lookup(const nlohmann::json& data, const nlohmann::json& path) {
  if (path.is_null() || (path.is_string() && path.get_ref<const std::string&>().empty())) return &data;
  const std::string text = ToText(path);
  const nlohmann::json* current = &data;
  std::size_t begin = 0;
  while (current != nullptr) {
    const std::size_t dot = text.find('.', begin);
    current = Step(current, nlohmann::json(text.substr(begin, dot == std::string::npos ? dot : dot - begin)));
    if (dot == std::string::npos) break;
    begin = dot + 1;
  }
  return current;
}

Outcome Var(CallContext& call) {
  std::vector<nlohmann::json> args;
  for (std::size_t i = 0; i < call.ArgCount(); ++i) {
    Outcome arg = call.Evaluate(i);
    if (!arg.ok()) return arg;
    args.push_back(std::move(arg).value());
  }
  const nlohmann::json path = args.empty() ? nlohmann::json() : args[0];
  const nlohmann::json* found = Lookup(call.Data(), path);
  if (found == nullptr) return args.size() > 1 ? args[1] : nlohmann::json();
  return *found;
}

// MissingKeys: the keys of `keys` whose value is absent, null or "".
nlohmann::json MissingKeys(const nlohmann::json& data, const std::vector<nlohmann::json>& keys) {
  nlohmann::json missing = nlohmann::json::array();
  for (const auto& key : keys) {
    const nlohmann::json* found = Lookup(data, key);
    if (found == nullptr || found->is_null() || (found->is_string() && found->get_ref<const std::string&>().empty())) {
      missing.push_back(key);
    }
  }
  return missing;
}

Outcome Missing(CallContext& call) {
  std::vector<nlohmann::json> keys;
  for (std::size_t i = 0; i < call.ArgCount(); ++i) {
    Outcome key = call.Evaluate(i);
    if (!key.ok()) return key;
    keys.push_back(std::move(key).value());
  }
  if (!keys.empty() && keys[0].is_array()) {  // {"missing": [["a", "b"]]} and {"missing": {"merge": ...}}
    nlohmann::json list = std::move(keys[0]);
    keys.assign(list.begin(), list.end());
  }
  if (auto error = call.Charge(keys.size())) return *error;
  return MissingKeys(call.Data(), keys);
}

Outcome MissingSome(CallContext& call) {
  Outcome need = call.Evaluate(0);
  if (!need.ok()) return need;
  Outcome keys = call.Evaluate(1);
  if (!keys.ok()) return keys;
  const std::optional<double> minimum = ToNumber(need.value());
  if (!minimum || !keys.value().is_array()) {
    return MakeError(kErrorInvalidArguments, "missing_some needs [minimum, [keys]]");
  }
  if (auto error = call.Charge(keys.value().size())) return *error;
  const std::vector<nlohmann::json> list(keys.value().begin(), keys.value().end());
  nlohmann::json missing = MissingKeys(call.Data(), list);
  if (static_cast<double>(list.size() - missing.size()) >= *minimum) return nlohmann::json::array();
  return missing;
}

}  // namespace

void AddDataOperators(OperatorRegistry& registry) {
  registry.Add({"val", ArgShape::kAny, ArgScope::kDataPath, [](CallContext& call) { return Val(call, false); }});
  registry.Add({"exists", ArgShape::kAny, ArgScope::kDataPath, [](CallContext& call) { return Val(call, true); }});
  registry.Add({"var", ArgShape::kAny, ArgScope::kDataPath, Var});
  registry.Add({"missing", ArgShape::kAny, ArgScope::kDataPath, Missing});
  registry.Add({"missing_some", ArgShape::kList, ArgScope::kDataPath, MissingSome});
}

}  // namespace yaosu::rules::internal

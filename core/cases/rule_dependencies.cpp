#include "core/cases/rule_dependencies.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <optional>

#include "core/json/pointer.h"
#include "core/rules/coercion.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;

using rules::ArgScope;

// ScopeOf: how the operator `name` scopes its arguments, as its registry entry declares.
ArgScope ScopeOf(const rules::OperatorRegistry& operators, std::string_view name) {
  const std::shared_ptr<const rules::OperatorSpec> spec = operators.Find(name);
  return spec == nullptr ? ArgScope::kUndeclared : spec->scope;
}

// InnerScope: whether argument `i` is evaluated in a scope of its own: an
// iterator's body (argument 1), try's fallbacks (1…).
bool InnerScope(ArgScope scope, std::size_t i) {
  return (scope == ArgScope::kIterator && i == 1) || (scope == ArgScope::kFallbacks && i >= 1);
}

// Arguments: an operator's arguments as the engine takes them ({"op": a} is one argument).
std::vector<const json*> Arguments(const json& value) {
  std::vector<const json*> arguments;
  if (!value.is_array()) {
    arguments.push_back(&value);
    return arguments;
  }
  for (const json& argument : value) arguments.push_back(&argument);
  return arguments;
}

// PathKey: a literal path component as the engine spells it; nullopt for anything else.
std::optional<std::string> PathKey(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return rules::ToText(value);
  return std::nullopt;
}

// AmbiguousIndex: a key an array would also take as an index ("1e0", " 1"),
// which no canonical pointer token names; a read stops above it.
bool AmbiguousIndex(const std::string& key) {
  const bool canonical = key == "0" || (!key.empty() && key[0] != '0' && key.size() < 10 &&
                                        key.find_first_not_of("0123456789") == std::string::npos);
  if (canonical) return false;
  const std::optional<double> number = key.empty() ? std::nullopt : rules::ToNumber(json(key));
  return number && *number >= 0 && std::trunc(*number) == *number;
}

std::vector<std::string> SplitDots(const std::string& path) {
  std::vector<std::string> keys;
  std::size_t begin = 0;
  while (true) {
    const std::size_t dot = path.find('.', begin);
    keys.push_back(path.substr(begin, dot == std::string::npos ? dot : dot - begin));
    if (dot == std::string::npos) return keys;
    begin = dot + 1;
  }
}

class ReadsCollector {
 public:
  ReadsCollector(bool iterates, const rules::OperatorRegistry& operators)
      : iterates_(iterates), operators_(operators) {}

  // Visit: `logic` evaluated `depth` iterator scopes below the form's data.
  void Visit(const json& logic, std::size_t depth) {
    if (reads_.everything) return;
    if (logic.is_array()) {
      for (const json& element : logic) Visit(element, depth);
      return;
    }
    if (!logic.is_object() || logic.size() != 1) return;  // a literal
    const std::string& name = logic.begin().key();
    const std::vector<const json*> arguments = Arguments(logic.begin().value());
    const ArgScope scope = ScopeOf(operators_, name);
    if (scope == ArgScope::kDataPath) return ReadPath(name, logic.begin().value(), arguments, depth);
    if (scope == ArgScope::kUndeclared) {
      reads_.everything = true;  // an operator that does not say how it scopes its arguments
      return;
    }
    for (std::size_t i = 0; i < arguments.size(); ++i) Visit(*arguments[i], InnerScope(scope, i) ? depth + 1 : depth);
  }

  DataReads Take() { return std::move(reads_); }

 private:
  // Read: `keys` from the form's data (the root scope).
  void Read(const std::vector<std::string>& keys) {
    if (keys.empty()) {
      reads_.everything = true;
      return;
    }
    if (keys[0] == "computed") {
      if (keys.size() == 1) reads_.all_computed = true;
      else reads_.computed.push_back(keys[1]);
      return;
    }
    if (iterates_ && (keys[0] == "item" || keys[0] == "index")) return;  // the iterated arrays, added by the caller
    std::string pointer;
    for (const std::string& key : keys) {
      if (AmbiguousIndex(key)) break;
      pointer += "/" + EscapePointerToken(key);
    }
    if (pointer.empty()) reads_.everything = true;
    else reads_.pointers.push_back(std::move(pointer));
  }

  // ReadPath: a data reader; each names its data in its own way.
  void ReadPath(const std::string& name, const json& written, const std::vector<const json*>& arguments,
                std::size_t depth) {
    if (name == "var") return Var(arguments, depth);
    if (name == "val" || name == "exists") return Val(written, arguments, depth);
    if (name == "missing") return Missing(arguments, depth);
    if (name == "missing_some") return MissingSome(arguments, depth);
    reads_.everything = true;  // a data reader this analysis cannot follow
  }

  // Var: {"var": path} or {"var": [path, default]}; a dotted path, "" for the whole data.
  void Var(const std::vector<const json*>& arguments, std::size_t depth) {
    for (std::size_t i = 1; i < arguments.size(); ++i) Visit(*arguments[i], depth);
    if (depth > 0) {  // reads the iterated element, itself what an outer expression read
      if (!arguments.empty()) Visit(*arguments[0], depth);
      return;
    }
    const std::optional<std::string> path = arguments.empty() ? std::optional<std::string>("") : PathKey(*arguments[0]);
    if (!path) {
      reads_.everything = true;
      return;
    }
    Read(path->empty() ? std::vector<std::string>{} : SplitDots(*path));
  }

  // Val: a list of keys, [[n], keys…] to climb n scopes first.
  void Val(const json& written, std::vector<const json*> arguments, std::size_t depth) {
    for (const json* argument : arguments) Visit(*argument, depth);
    if (!written.is_array() && arguments.size() == 1 && arguments[0]->is_array()) {  // {"val": [..]} spelled once more
      arguments = Arguments(*arguments[0]);
    }
    std::size_t climb = 0;
    if (!arguments.empty() && arguments[0]->is_array()) {
      const json& levels = *arguments[0];
      if (!levels.empty() && !levels[0].is_number_integer()) {
        reads_.everything = true;
        return;
      }
      climb = levels.empty() ? 0 : static_cast<std::size_t>(std::llabs(levels[0].get<long long>()));
      arguments.erase(arguments.begin());
    }
    // Each iterator scope is two levels (its element and its {"index"}); past the root is the root.
    if (climb < 2 * depth) return;
    std::vector<std::string> keys;
    for (const json* argument : arguments) {
      const std::optional<std::string> key = PathKey(*argument);
      if (!key) {
        reads_.everything = true;
        return;
      }
      keys.push_back(*key);
    }
    Read(keys);
  }

  void Missing(const std::vector<const json*>& arguments, std::size_t depth) {
    std::vector<const json*> keys = arguments;
    if (!keys.empty() && keys[0]->is_array()) keys = Arguments(*keys[0]);
    ReadKeys(keys, depth);
  }

  void MissingSome(const std::vector<const json*>& arguments, std::size_t depth) {
    if (!arguments.empty()) Visit(*arguments[0], depth);
    if (arguments.size() < 2 || !arguments[1]->is_array()) {
      if (arguments.size() >= 2) Visit(*arguments[1], depth);
      if (depth == 0) reads_.everything = true;
      return;
    }
    ReadKeys(Arguments(*arguments[1]), depth);
  }

  // ReadKeys: missing's dotted keys, each a read when literal.
  void ReadKeys(const std::vector<const json*>& keys, std::size_t depth) {
    for (const json* key : keys) {
      Visit(*key, depth);
      if (depth > 0) continue;
      if (!key->is_string()) {
        reads_.everything = true;
        return;
      }
      const std::string& path = key->get_ref<const std::string&>();
      Read(path.empty() ? std::vector<std::string>{} : SplitDots(path));
    }
  }

  bool iterates_;
  const rules::OperatorRegistry& operators_;
  DataReads reads_;
};

template <typename T>
void Append(std::vector<T>& into, const std::vector<T>& more) {
  for (const T& item : more) {
    if (std::find(into.begin(), into.end(), item) == into.end()) into.push_back(item);
  }
}

}  // namespace

void DataReads::Add(const DataReads& other) {
  everything = everything || other.everything;
  all_computed = all_computed || other.all_computed;
  Append(pointers, other.pointers);
  Append(computed, other.computed);
}

DataReads ExpressionReads(const json& logic, bool iterates, const rules::OperatorRegistry& operators) {
  ReadsCollector collector(iterates, operators);
  collector.Visit(logic, 0);
  return collector.Take();
}

bool PointerOnPath(std::string_view a, std::string_view b) {
  const std::string_view shorter = a.size() <= b.size() ? a : b;
  const std::string_view longer = a.size() <= b.size() ? b : a;
  return longer.substr(0, shorter.size()) == shorter &&
         (longer.size() == shorter.size() || longer[shorter.size()] == '/');
}

bool Dependencies::Touches(std::string_view changed) const {
  if (everything) return true;
  return std::any_of(pointers.begin(), pointers.end(),
                     [&](const std::string& read) { return PointerOnPath(read, changed); });
}

void Dependencies::Add(const Dependencies& other) {
  everything = everything || other.everything;
  Append(pointers, other.pointers);
}

Dependencies Resolve(const DataReads& reads, const std::vector<Dependencies>& computed,
                     const std::vector<std::string>& ids) {
  Dependencies resolved{.everything = reads.everything, .pointers = reads.pointers};
  for (std::size_t i = 0; i < ids.size() && i < computed.size(); ++i) {
    const bool read =
        reads.all_computed || std::find(reads.computed.begin(), reads.computed.end(), ids[i]) != reads.computed.end();
    if (read) resolved.Add(computed[i]);
  }
  return resolved;
}

std::vector<Dependencies> ResolveComputed(const std::vector<DataReads>& values, const std::vector<std::string>& ids) {
  std::vector<Dependencies> resolved;
  for (const DataReads& reads : values)
    resolved.push_back(Dependencies{.everything = reads.everything, .pointers = reads.pointers});
  // A value may read another that reads a third: widen until nothing changes.
  for (bool grew = true; grew;) {
    grew = false;
    for (std::size_t i = 0; i < values.size(); ++i) {
      const Dependencies wider = Resolve(values[i], resolved, ids);
      if (wider.everything != resolved[i].everything || wider.pointers.size() != resolved[i].pointers.size()) {
        resolved[i].Add(wider);
        grew = true;
      }
    }
  }
  return resolved;
}

}  // namespace yaosu::cases

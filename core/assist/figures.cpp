#include "core/assist/figures.h"

#include <algorithm>

#include "core/json/pointer.h"
#include "core/law/legal_operators.h"
#include "core/law/parameter_set.h"
#include "core/rules/coercion.h"
#include "core/rules/rule.h"

namespace yaosu::assist {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 32;

const rules::OperatorRegistry& Operators() {
  static const rules::OperatorRegistry registry = [] {
    rules::OperatorRegistry built = rules::OperatorRegistry::WithBuiltins();
    if (const auto& parameters = law::ParameterSet::Builtin(); parameters.ok())
      law::RegisterLegalOperators(built, *parameters);
    return built;
  }();
  return registry;
}

// Walker: one Needs() call — the data the expressions see and what was found.
class Walker {
 public:
  Walker(const std::vector<std::pair<std::string, json>>& expressions, const json& instance, const json& computed)
      : expressions_(expressions), data_(instance.is_object() ? instance : json::object()) {
    data_["computed"] = computed;
  }

  std::vector<std::string> Of(const json& expression) {
    found_.clear();
    Blockers(expression, 0);
    return found_;
  }

 private:
  bool Holds(const json& logic) const {
    Result<rules::Rule> rule = rules::Rule::Compile(logic, Operators());
    if (!rule.ok()) return false;
    const rules::Outcome outcome = rule->Evaluate(data_);
    return outcome.ok() && rules::Truthy(outcome.value());
  }

  static bool IsCall(const json& logic, const char* op) {
    return logic.is_object() && logic.size() == 1 && logic.contains(op);
  }

  static json Args(const json& call) {
    const json& args = call.begin().value();
    return args.is_array() ? args : json::array({args});
  }

  // Blockers: what keeps `logic` from giving a value.
  void Blockers(const json& logic, int depth) {
    if (depth > kMaxDepth) return;
    if (IsCall(logic, "if") || IsCall(logic, "?:")) {
      const json args = Args(logic);
      std::size_t i = 0;
      for (; i + 1 < args.size(); i += 2) {
        if (Holds(args[i])) return Blockers(args[i + 1], depth + 1);
      }
      for (std::size_t c = 0; c + 1 < args.size(); c += 2) Failing(args[c], depth + 1);
      if (i < args.size()) Blockers(args[i], depth + 1);
      return;
    }
    if (IsCall(logic, "try")) {
      const json args = Args(logic);
      if (!args.empty()) Blockers(args[0], depth + 1);
      return;
    }
    Absent(logic, depth + 1);
  }

  // Failing: what makes the condition `logic` fail (only the failing parts of an `and`).
  void Failing(const json& logic, int depth) {
    if (depth > kMaxDepth || Holds(logic)) return;
    if (IsCall(logic, "and") || IsCall(logic, "or") || IsCall(logic, "!!")) {
      for (const json& part : Args(logic)) Failing(part, depth + 1);
      return;
    }
    Absent(logic, depth + 1);
  }

  // Absent: the elements `logic` reads that are not there.
  void Absent(const json& logic, int depth) {
    if (depth > kMaxDepth) return;
    if (logic.is_array()) {
      for (const json& item : logic) Absent(item, depth + 1);
      return;
    }
    if (!logic.is_object()) return;
    if (IsCall(logic, "var")) {
      const json args = Args(logic);
      if (args.empty() || !args[0].is_string()) return;
      if (args.size() > 1 && !args[1].is_null() && Holds(json{{"!==", json::array({logic, nullptr})}})) return;
      Read(args[0].get<std::string>(), depth);
      return;
    }
    for (const auto& [op, args] : logic.items()) Absent(args, depth + 1);
  }

  void Read(const std::string& path, int depth) {
    if (path.rfind("computed.", 0) == 0) {
      const std::string id = path.substr(9);
      const json& value = data_["computed"].contains(id) ? data_["computed"][id] : json();
      if (!value.is_null()) return;
      for (const auto& [other, expression] : expressions_) {
        if (other == id) Blockers(expression, depth + 1);
      }
      return;
    }
    std::string pointer;
    std::size_t start = 0;
    while (start <= path.size()) {
      const std::size_t dot = std::min(path.find('.', start), path.size());
      pointer += "/" + EscapePointerToken(path.substr(start, dot - start));
      start = dot + 1;
    }
    const json* value = ResolvePointer(data_, pointer);
    const bool absent =
        value == nullptr || value->is_null() || (value->is_string() && value->get_ref<const std::string&>().empty());
    if (absent && std::find(found_.begin(), found_.end(), pointer) == found_.end()) found_.push_back(pointer);
  }

  const std::vector<std::pair<std::string, json>>& expressions_;
  json data_;
  std::vector<std::string> found_;
};

}  // namespace

FigureNeeds FigureNeeds::Of(const json& computed_document) {
  FigureNeeds needs;
  const json list = computed_document.is_object() ? computed_document.value("computed", json::array()) : json::array();
  for (const json& entry : list) {
    if (entry.is_object() && entry.contains("id") && entry["id"].is_string() && entry.contains("expression")) {
      needs.expressions_.emplace_back(entry["id"].get<std::string>(), entry["expression"]);
    }
  }
  return needs;
}

json FigureNeeds::Needs(const json& instance, const json& computed) const {
  json out = json::object();
  Walker walker(expressions_, instance, computed.is_object() ? computed : json::object());
  for (const auto& [id, expression] : expressions_) {
    if (!computed.is_object() || !computed.contains(id) || !computed[id].is_null()) continue;
    out[id] = walker.Of(expression);
  }
  return out;
}

}  // namespace yaosu::assist

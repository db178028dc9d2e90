#include "core/rules/internal/evaluator.h"

#include <string>

namespace yaosu::rules::internal {

Outcome Evaluator::Evaluate(const Node& node) {
  if (auto error = Charge(1)) return *error;
  switch (node.kind) {
    case Node::Kind::kLiteral: return node.literal;
    case Node::Kind::kArray: {
      nlohmann::json array = nlohmann::json::array();
      for (const Node& child : node.children) {
        Outcome element = Evaluate(child);
        if (!element.ok()) return element;
        array.push_back(std::move(element).value());
      }
      return array;
    }
    case Node::Kind::kCall: break;
  }
  // The compiled tree is bounded by RuleLimits::max_depth; this guard only
  // protects operators that re-enter the evaluator in unusual ways.
  if (depth_ >= limits_.max_depth * 2 + 8) {
    RuleError error = MakeError(kErrorDepthLimit, "evaluation nested too deeply");
    error.fatal = true;
    return error;
  }
  ++depth_;
  CallContext call(*this, node);
  Outcome result = node.op->evaluate(call);
  --depth_;
  return result;
}

Outcome Evaluator::EvaluateInScope(const Node& node, const nlohmann::json& data, const nlohmann::json& meta) {
  scopes_.push_back(&meta);
  scopes_.push_back(&data);
  Outcome result = Evaluate(node);
  scopes_.pop_back();
  scopes_.pop_back();
  return result;
}

const nlohmann::json& Evaluator::Scope(std::size_t levels) const {
  if (levels >= scopes_.size()) return *scopes_.front();
  return *scopes_[scopes_.size() - 1 - levels];
}

std::optional<RuleError> Evaluator::Charge(std::size_t units) {
  operations_ += units;
  if (operations_ <= limits_.max_operations) return std::nullopt;
  RuleError error = MakeError(kErrorBudgetExceeded,
                              "rule needed more than " + std::to_string(limits_.max_operations) + " operations");
  error.fatal = true;
  return error;
}

}  // namespace yaosu::rules::internal

namespace yaosu::rules {

std::size_t CallContext::ArgCount() const { return node_.children.size(); }
bool CallContext::ArgsAreList() const { return node_.args_are_list; }
bool CallContext::ArgIsNullLiteral(std::size_t i) const {
  return i < node_.children.size() && node_.children[i].kind == internal::Node::Kind::kLiteral &&
         node_.children[i].literal.is_null();
}

Outcome CallContext::Evaluate(std::size_t i) {
  if (i >= node_.children.size()) return nlohmann::json();  // absent arguments read as null
  return evaluator_.Evaluate(node_.children[i]);
}

Outcome CallContext::EvaluateInScope(std::size_t i, const nlohmann::json& data, const nlohmann::json& meta) {
  if (i >= node_.children.size()) return nlohmann::json();
  return evaluator_.EvaluateInScope(node_.children[i], data, meta);
}

std::optional<RuleError> CallContext::EvaluateArguments(std::vector<nlohmann::json>& values) {
  values.clear();
  for (std::size_t i = 0; i < node_.children.size(); ++i) {
    Outcome value = Evaluate(i);
    if (!value.ok()) return value.error();
    values.push_back(std::move(value).value());
  }
  if (!node_.args_are_list && values.size() == 1 && values[0].is_array()) {
    nlohmann::json spread = std::move(values[0]);
    values.clear();
    if (auto error = Charge(spread.size())) return error;
    for (auto& element : spread) values.push_back(std::move(element));
  }
  return std::nullopt;
}

const nlohmann::json& CallContext::Data() const { return evaluator_.Scope(0); }
const nlohmann::json& CallContext::Scope(std::size_t levels) const { return evaluator_.Scope(levels); }
std::optional<RuleError> CallContext::Charge(std::size_t units) { return evaluator_.Charge(units); }
const std::string& CallContext::Name() const { return node_.op->name; }

}  // namespace yaosu::rules

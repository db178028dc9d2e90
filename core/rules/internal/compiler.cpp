#include "core/rules/internal/compiler.h"

#include "core/rules/outcome.h"

namespace yaosu::rules::internal {
namespace {

std::string EscapePointerToken(const std::string& token) {
  std::string escaped;
  for (char c : token) {
    if (c == '~') escaped += "~0";
    else if (c == '/') escaped += "~1";
    else escaped += c;
  }
  return escaped;
}

Diagnostic RuleDiagnostic(std::string code, const std::string& location, nlohmann::json params) {
  Diagnostic diagnostic;
  diagnostic.code = std::move(code);
  diagnostic.keyword_location = location;
  diagnostic.params = std::move(params);
  return diagnostic;
}

}  // namespace

void CompileNode(const nlohmann::json& rule, const OperatorRegistry& registry, std::size_t max_depth, std::size_t depth,
                 const std::string& location, Node& node, Diagnostics& diagnostics) {
  if (depth > max_depth) {
    diagnostics.push_back(
        RuleDiagnostic("rule.too_deep", location, {{"limit", max_depth}, {"type", kErrorDepthLimit}}));
    return;
  }
  if (rule.is_array()) {
    node.kind = Node::Kind::kArray;
    node.children.resize(rule.size());
    for (std::size_t i = 0; i < rule.size(); ++i) {
      CompileNode(rule[i], registry, max_depth, depth + 1, location + "/" + std::to_string(i), node.children[i],
                  diagnostics);
    }
    return;
  }
  // Scalars and {} are literals.
  if (!rule.is_object() || rule.empty()) {
    node.kind = Node::Kind::kLiteral;
    node.literal = rule;
    return;
  }
  if (rule.size() != 1) {
    diagnostics.push_back(
        RuleDiagnostic("rule.invalid_rule", location, {{"keys", rule.size()}, {"type", "Invalid Rule"}}));
    return;
  }
  const std::string& name = rule.begin().key();
  const nlohmann::json& args = rule.begin().value();
  const std::string args_location = location + "/" + EscapePointerToken(name);
  // preserve: its argument is data, returned as written.
  if (name == "preserve") {
    node.kind = Node::Kind::kLiteral;
    node.literal = args;
    return;
  }
  node.kind = Node::Kind::kCall;
  node.op = registry.Find(name);
  if (!node.op) {
    diagnostics.push_back(
        RuleDiagnostic("rule.unknown_operator", location, {{"operator", name}, {"type", kErrorUnknownOperator}}));
    return;
  }
  node.args_are_list = args.is_array();
  if (node.op->shape == ArgShape::kList && !node.args_are_list) {
    diagnostics.push_back(RuleDiagnostic("rule.invalid_arguments", args_location,
                                         {{"operator", name}, {"type", kErrorInvalidArguments}}));
    return;
  }
  if (node.args_are_list) {
    node.children.resize(args.size());
    for (std::size_t i = 0; i < args.size(); ++i) {
      CompileNode(args[i], registry, max_depth, depth + 2, args_location + "/" + std::to_string(i), node.children[i],
                  diagnostics);
    }
  } else {
    node.children.resize(1);
    CompileNode(args, registry, max_depth, depth + 1, args_location, node.children[0], diagnostics);
  }
}

}  // namespace yaosu::rules::internal

// File: the compiled form of a rule — an immutable tree of Nodes.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/rules/operator_registry.h"

namespace yaosu::rules::internal {

// Node: a literal, an array whose elements are rules, or an operator call.
struct Node {
  enum class Kind { kLiteral, kArray, kCall };
  Kind kind = Kind::kLiteral;
  nlohmann::json literal;                  // kLiteral
  std::vector<Node> children;              // kArray elements, or kCall arguments
  bool args_are_list = false;              // kCall: {"op": [ ... ]}
  std::shared_ptr<const OperatorSpec> op;  // kCall
};

}  // namespace yaosu::rules::internal

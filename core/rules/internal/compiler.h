// File: CompileNode — turns rule JSON into a Node tree, checking operators
// against a registry. Recursion is bounded by RuleLimits::max_depth.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/diagnostics/diagnostic.h"
#include "core/rules/internal/node.h"
#include "core/rules/operator_registry.h"

namespace yaosu::rules::internal {

// CompileNode: fills `node` from `rule` (at JSON Pointer `location`), adding
// problems to `diagnostics`.
void CompileNode(const nlohmann::json& rule, const OperatorRegistry& registry, std::size_t max_depth, std::size_t depth,
                 const std::string& location, Node& node, Diagnostics& diagnostics);

}  // namespace yaosu::rules::internal

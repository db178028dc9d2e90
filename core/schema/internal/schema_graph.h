// File: SchemaGraph — the owner of a compiled schema: its nodes, its schema
// resources, and the documents whose values the nodes point into.
#pragma once

#include <deque>
#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/schema/format_registry.h"
#include "core/schema/internal/node.h"

namespace yaosu::schema::internal {

class SchemaGraph {
 public:
  const Node* root = nullptr;
  std::deque<Node> nodes;  // deque: stable addresses as nodes are added
  std::deque<Resource> resources;
  std::vector<std::shared_ptr<const nlohmann::json>> documents;  // kept alive for EnumKeyword etc.
  FormatRegistry formats;                                        // FormatKeyword::checker points in here
};

}  // namespace yaosu::schema::internal

// File: Compiler — turns schema documents into the node graph of a CompiledSchema.
//
// Nodes are created on first reference and compiled from a worklist, so a
// chain or cycle of `$ref`s never recurses: a reference to a subschema being
// compiled simply receives its (already allocated) node. Every document a
// reference names is fetched from the SchemaRegistry and indexed once.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics/diagnostic.h"
#include "core/schema/internal/document_index.h"
#include "core/schema/internal/schema_graph.h"
#include "core/schema/internal/vocabulary.h"
#include "core/schema/registry.h"
#include "core/schema/schema.h"

namespace yaosu::schema::internal {

class Compiler {
 public:
  Compiler(const SchemaRegistry& registry, const CompileOptions& options, SchemaGraph& graph);

  // Compile: compiles `schema` and everything it reaches into the graph; the
  // diagnostics explain a schema that cannot be compiled.
  Diagnostics Compile(std::shared_ptr<const nlohmann::json> schema);

  // What keyword compilers (compile_vocabularies.h) need from the compiler:
  const Node* Subschema(const SchemaLocation& location);
  const Node* Resolve(const SubschemaInfo& info, const std::string& reference, const SchemaLocation& keyword);
  void Report(std::string code, const SchemaLocation& where, nlohmann::json params = nlohmann::json::object());
  const CompileOptions& options() const { return options_; }
  const FormatRegistry& formats() const { return graph_.formats; }

 private:
  std::size_t AddDocument(std::shared_ptr<const nlohmann::json> document, const std::string& uri);
  const Resource* ResourceFor(const SubschemaInfo& info);
  bool DialectFor(const std::string& metaschema_uri, const SchemaLocation& where, Dialect& dialect);
  void CompileNode(Node& node, const SchemaLocation& location);

  const SchemaRegistry& registry_;
  const CompileOptions& options_;
  SchemaGraph& graph_;
  DocumentIndex index_;
  std::map<SchemaLocation, Node*> nodes_;
  std::map<std::string, Resource*, std::less<>> resources_;
  std::map<std::string, Dialect, std::less<>> dialects_;
  std::vector<std::pair<Node*, SchemaLocation>> worklist_;
  Diagnostics diagnostics_;
};

}  // namespace yaosu::schema::internal

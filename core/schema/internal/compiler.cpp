#include "core/schema/internal/compiler.h"

#include "core/json/pointer.h"
#include "core/schema/internal/compile_keywords.h"
#include "core/schema/uri.h"

namespace yaosu::schema::internal {

Compiler::Compiler(const SchemaRegistry& registry, const CompileOptions& options, SchemaGraph& graph)
    : registry_(registry), options_(options), graph_(graph) {}

Diagnostics Compiler::Compile(std::shared_ptr<const nlohmann::json> schema) {
  graph_.formats = options_.formats;
  AddDocument(std::move(schema), StripEmptyFragment(options_.base_uri));
  graph_.root = Subschema(SchemaLocation{0, ""});
  constexpr std::size_t kMaxSchemaDiagnostics = 100;
  while (!worklist_.empty() && diagnostics_.size() < kMaxSchemaDiagnostics) {
    auto [node, location] = std::move(worklist_.back());
    worklist_.pop_back();
    CompileNode(*node, location);
  }
  return std::move(diagnostics_);
}

std::size_t Compiler::AddDocument(std::shared_ptr<const nlohmann::json> document, const std::string& uri) {
  const std::size_t number = graph_.documents.size();
  graph_.documents.push_back(std::move(document));
  index_.AddDocument(number, *graph_.documents.back(), uri, "");
  return number;
}

void Compiler::Report(std::string code, const SchemaLocation& where, nlohmann::json params) {
  const SubschemaInfo* info = index_.Find(where);
  Diagnostic diagnostic{.code = std::move(code), .keyword_location = where.pointer, .params = std::move(params)};
  if (info != nullptr) {
    diagnostic.absolute_keyword_location =
        info->resource_uri + "#" + where.pointer.substr(std::min(info->resource_pointer.size(), where.pointer.size()));
  }
  diagnostics_.push_back(std::move(diagnostic));
}

const Resource* Compiler::ResourceFor(const SubschemaInfo& info) {
  if (const auto it = resources_.find(info.resource_uri); it != resources_.end()) return it->second;
  Resource& resource = graph_.resources.emplace_back();
  resource.uri = info.resource_uri;
  resources_.emplace(info.resource_uri, &resource);
  // `$dynamicRef` may look up any of the resource's dynamic anchors once the
  // resource is in the dynamic scope, so they are compiled with it.
  for (const auto& [name, location] : index_.DynamicAnchors(info.resource_uri)) {
    resource.dynamic_anchors.emplace(name, Subschema(location));
  }
  return &resource;
}

const Node* Compiler::Subschema(const SchemaLocation& location) {
  if (const auto it = nodes_.find(location); it != nodes_.end()) return it->second;
  if (graph_.nodes.size() >= options_.max_nodes) {
    if (diagnostics_.empty()) Report("schema.too_many_subschemas", location, {{"limit", options_.max_nodes}});
    static const Node kFalse{.boolean = false};
    return &kFalse;
  }
  Node& node = graph_.nodes.emplace_back();
  nodes_.emplace(location, &node);
  const SubschemaInfo* info = index_.Find(location);
  node.location = info->resource_uri + "#" + location.pointer.substr(info->resource_pointer.size());
  node.resource = ResourceFor(*info);
  worklist_.emplace_back(&node, location);
  return &node;
}

const Node* Compiler::Resolve(const SubschemaInfo& info, const std::string& reference, const SchemaLocation& keyword) {
  // Plain variables, not a structured binding: clang 14 cannot capture those in a lambda.
  const std::pair<std::string, std::string> parts = SplitFragment(ResolveUri(info.base_uri, reference));
  const std::string& uri = parts.first;
  const std::string& fragment = parts.second;
  const SchemaLocation* resource = index_.FindUri(uri);
  if (resource == nullptr) {
    if (std::shared_ptr<const nlohmann::json> document = registry_.Find(uri)) {
      AddDocument(std::move(document), uri);
      resource = index_.FindUri(uri);
    }
  }
  const auto unresolved = [&]() -> const Node* {
    Report("schema.unresolved_ref", keyword, {{"ref", reference}, {"uri", uri + "#" + fragment}});
    return nullptr;
  };
  if (resource == nullptr) return unresolved();
  if (fragment.empty()) return Subschema(*resource);
  if (fragment.front() != '/') {
    const SchemaLocation* anchor = index_.FindUri(uri + "#" + fragment);
    return anchor != nullptr ? Subschema(*anchor) : unresolved();
  }
  const std::optional<std::string> pointer = PercentDecode(fragment);
  if (!pointer) return unresolved();
  SchemaLocation target{resource->document, resource->pointer + *pointer};
  if (ResolvePointer(*graph_.documents[target.document], target.pointer) == nullptr) return unresolved();
  return Subschema(target);
}

bool Compiler::DialectFor(const std::string& metaschema_uri, const SchemaLocation& where, Dialect& dialect) {
  if (metaschema_uri.empty()) {
    dialect = Dialect2020();
    return true;
  }
  if (const auto it = dialects_.find(metaschema_uri); it != dialects_.end()) {
    dialect = it->second;
    return true;
  }
  if (!KnownDialect(metaschema_uri, dialect)) {
    const std::shared_ptr<const nlohmann::json> metaschema = registry_.Find(metaschema_uri);
    if (metaschema == nullptr || !metaschema->is_object()) {
      Report("schema.unknown_metaschema", where, {{"uri", metaschema_uri}});
      return false;
    }
    const auto vocabularies = metaschema->find("$vocabulary");
    if (vocabularies == metaschema->end() || !vocabularies->is_object()) {
      // No `$vocabulary`: the meta-schema extends 2020-12 without narrowing it.
      dialect = Dialect2020();
    } else {
      dialect = Dialect{};
      for (const auto& [vocabulary, required] : vocabularies->items()) {
        const VocabularyBit bit = VocabularyFromUri(vocabulary);
        if (bit == VocabularyBit{} && required == true) {
          Report("schema.unsupported_vocabulary", where, {{"vocabulary", vocabulary}});
          return false;
        }
        dialect.vocabularies |= bit;
      }
    }
  }
  dialects_.emplace(metaschema_uri, dialect);
  return true;
}

void Compiler::CompileNode(Node& node, const SchemaLocation& location) {
  const nlohmann::json& schema = *ResolvePointer(*graph_.documents[location.document], location.pointer);
  if (schema.is_boolean()) {
    node.boolean = schema.get<bool>();
    return;
  }
  if (!schema.is_object()) {
    Report("schema.invalid_schema", location, {{"type", schema.type_name()}});
    return;
  }
  const SubschemaInfo& info = *index_.Find(location);
  Dialect dialect;
  if (!DialectFor(info.metaschema_uri, location, dialect)) return;
  CompileKeywords(*this, node, location, schema, info, dialect);
}

}  // namespace yaosu::schema::internal

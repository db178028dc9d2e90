// File: DocumentIndex — the identifiers of every schema document in play.
//
// Before anything is compiled, each document is walked once (iteratively, so a
// deep document cannot exhaust the stack) to learn, for every subschema, the
// base URI its references resolve against, the schema resource it belongs to
// and the `$schema` in force; and to map every `$id`, `$anchor` and
// `$dynamicAnchor` to the subschema it names. `$ref` resolution is then a
// lookup, whatever the order in which subschemas are compiled.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace yaosu::schema::internal {

// SchemaLocation: a subschema, as a document number and a JSON Pointer in it.
struct SchemaLocation {
  std::size_t document = 0;
  std::string pointer;
  // Spelled out: Emscripten 3.1.6's libc++ has no operator<=> for std::string.
  bool operator==(const SchemaLocation&) const = default;
  bool operator<(const SchemaLocation& other) const {
    return document != other.document ? document < other.document : pointer < other.pointer;
  }
};

// SubschemaInfo: what the indexer learnt about one subschema.
struct SubschemaInfo {
  std::string base_uri;          // references in this subschema resolve against it
  std::string resource_uri;      // the schema resource the subschema belongs to
  std::string resource_pointer;  // where that resource's root is in the document
  std::string metaschema_uri;    // the `$schema` in force ("" when none was declared)
};

class DocumentIndex {
 public:
  // AddDocument: indexes `root`, document number `document`, retrieved from
  // `retrieval_uri` (absolute, no fragment). `default_metaschema` applies
  // until a `$schema` says otherwise.
  void AddDocument(std::size_t document, const nlohmann::json& root, const std::string& retrieval_uri,
                   const std::string& default_metaschema);

  // FindUri: the subschema an absolute URI names — a resource ("http://x/a.json")
  // or an anchor ("http://x/a.json#name") — or nullptr.
  const SchemaLocation* FindUri(std::string_view uri) const;

  // Find: the information of the subschema at `location`, or of its nearest
  // indexed ancestor when `location` lies inside an unknown keyword.
  const SubschemaInfo* Find(const SchemaLocation& location) const;

  // DynamicAnchors: the `$dynamicAnchor`s declared in the resource `resource_uri`.
  const std::vector<std::pair<std::string, SchemaLocation>>& DynamicAnchors(std::string_view resource_uri) const;

 private:
  void Register(const std::string& uri, const SchemaLocation& location);

  std::map<std::string, SchemaLocation, std::less<>> uris_;
  std::map<SchemaLocation, SubschemaInfo> subschemas_;
  std::map<std::string, std::vector<std::pair<std::string, SchemaLocation>>, std::less<>> dynamic_anchors_;
};

}  // namespace yaosu::schema::internal

#include "core/schema/internal/document_index.h"

#include "core/schema/internal/subschema_keywords.h"
#include "core/schema/uri.h"

namespace yaosu::schema::internal {
namespace {

struct PendingSubschema {
  const nlohmann::json* value;
  std::string pointer;
  SubschemaInfo inherited;
};

const std::string* StringMember(const nlohmann::json& object, std::string_view name) {
  const auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get_ptr<const std::string*>() : nullptr;
}

}  // namespace

void DocumentIndex::Register(const std::string& uri, const SchemaLocation& location) {
  uris_.emplace(uri, location);  // the first declaration of a URI wins
}

void DocumentIndex::AddDocument(std::size_t document, const nlohmann::json& root, const std::string& retrieval_uri,
                                const std::string& default_metaschema) {
  Register(retrieval_uri, SchemaLocation{document, ""});
  std::vector<PendingSubschema> pending;
  pending.push_back({&root, "", SubschemaInfo{retrieval_uri, retrieval_uri, "", default_metaschema}});
  while (!pending.empty()) {
    PendingSubschema current = std::move(pending.back());
    pending.pop_back();
    SubschemaInfo info = std::move(current.inherited);
    const SchemaLocation location{document, current.pointer};
    const nlohmann::json& schema = *current.value;
    if (schema.is_object()) {
      if (const std::string* id = StringMember(schema, "$id")) {
        if (!id->empty() && id->front() == '#') {
          // Older drafts: "$id": "#name" declares a plain-name anchor.
          Register(info.resource_uri + *id, location);
        } else {
          info.base_uri = StripEmptyFragment(ResolveUri(info.base_uri, *id));
          info.resource_uri = info.base_uri;
          info.resource_pointer = current.pointer;
          Register(info.resource_uri, location);
        }
      }
      const bool resource_root = info.resource_pointer == current.pointer;
      if (const std::string* metaschema = StringMember(schema, "$schema"); metaschema && resource_root) {
        info.metaschema_uri = StripEmptyFragment(*metaschema);
      }
      if (const std::string* anchor = StringMember(schema, "$anchor")) {
        Register(info.resource_uri + "#" + *anchor, location);
      }
      if (const std::string* anchor = StringMember(schema, "$dynamicAnchor")) {
        Register(info.resource_uri + "#" + *anchor, location);
        dynamic_anchors_[info.resource_uri].emplace_back(*anchor, location);
      }
      ForEachSubschema(schema, current.pointer, [&](const nlohmann::json& child, std::string pointer) {
        pending.push_back({&child, std::move(pointer), info});
      });
    }
    subschemas_.emplace(location, std::move(info));
  }
}

const SchemaLocation* DocumentIndex::FindUri(std::string_view uri) const {
  const auto it = uris_.find(uri);
  return it == uris_.end() ? nullptr : &it->second;
}

const SubschemaInfo* DocumentIndex::Find(const SchemaLocation& location) const {
  SchemaLocation probe = location;
  while (true) {
    const auto it = subschemas_.find(probe);
    if (it != subschemas_.end()) return &it->second;
    if (probe.pointer.empty()) return nullptr;
    probe.pointer.erase(probe.pointer.rfind('/'));
  }
}

const std::vector<std::pair<std::string, SchemaLocation>>& DocumentIndex::DynamicAnchors(
    std::string_view resource_uri) const {
  static const std::vector<std::pair<std::string, SchemaLocation>> kNone;
  const auto it = dynamic_anchors_.find(resource_uri);
  return it == dynamic_anchors_.end() ? kNone : it->second;
}

}  // namespace yaosu::schema::internal

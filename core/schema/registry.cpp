#include "core/schema/registry.h"

#include "core/embedded/embedded.h"
#include "core/json/parse.h"
#include "core/schema/uri.h"

namespace yaosu::schema {

SchemaRegistry::SchemaRegistry() {
  for (std::string_view text : embedded::Metaschemas()) {
    Result<nlohmann::json> document = ParseJson(text);
    // The embedded documents are checked by tests/schema/registry_test.cpp.
    if (!document.ok() || !document->is_object()) continue;
    const auto id = document->find("$id");
    if (id == document->end() || !id->is_string()) continue;
    const std::string uri = id->get<std::string>();
    (void)Add(uri, std::move(document).value());
  }
}

Diagnostics SchemaRegistry::Add(std::string_view uri, nlohmann::json document) {
  const std::string key = StripEmptyFragment(uri);
  if (!HasScheme(key) || key.find('#') != std::string::npos) {
    return {Diagnostic{.code = "schema.registry_bad_uri", .params = {{"uri", std::string(uri)}}}};
  }
  documents_[key] = std::make_shared<const nlohmann::json>(std::move(document));
  return {};
}

std::shared_ptr<const nlohmann::json> SchemaRegistry::Find(std::string_view uri) const {
  const auto it = documents_.find(uri);
  return it == documents_.end() ? nullptr : it->second;
}

}  // namespace yaosu::schema

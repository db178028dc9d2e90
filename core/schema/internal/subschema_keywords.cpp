#include "core/schema/internal/subschema_keywords.h"

#include <array>

#include "core/json/pointer.h"

namespace yaosu::schema::internal {
namespace {

bool IsSchema(const nlohmann::json& value) { return value.is_object() || value.is_boolean(); }

// Keywords whose value is one subschema.
constexpr std::array<std::string_view, 12> kSingle = {
    "additionalProperties", "propertyNames",         "contains",        "not",   "if",           "then", "else",
    "unevaluatedItems",     "unevaluatedProperties", "additionalItems", "items", "contentSchema"};
// Keywords whose value is an array of subschemas.
constexpr std::array<std::string_view, 5> kArray = {"allOf", "anyOf", "oneOf", "prefixItems", "items"};
// Keywords whose value is an object of subschemas.
constexpr std::array<std::string_view, 6> kMap = {
    "$defs", "definitions", "properties", "patternProperties", "dependentSchemas", "dependencies"};

}  // namespace

void ForEachSubschema(const nlohmann::json& schema, const std::string& pointer,
                      const std::function<void(const nlohmann::json&, std::string)>& visit) {
  if (!schema.is_object()) return;
  for (std::string_view name : kSingle) {
    const auto it = schema.find(name);
    if (it != schema.end() && IsSchema(*it)) visit(*it, pointer + "/" + EscapePointerToken(name));
  }
  for (std::string_view name : kArray) {
    const auto it = schema.find(name);
    if (it == schema.end() || !it->is_array()) continue;
    const std::string base = pointer + "/" + EscapePointerToken(name) + "/";
    for (std::size_t i = 0; i < it->size(); ++i) {
      if (IsSchema((*it)[i])) visit((*it)[i], base + std::to_string(i));
    }
  }
  for (std::string_view name : kMap) {
    const auto it = schema.find(name);
    if (it == schema.end() || !it->is_object()) continue;
    const std::string base = pointer + "/" + EscapePointerToken(name) + "/";
    for (const auto& [key, value] : it->items()) {
      // `dependencies` mixes subschemas with arrays of names; only the former count.
      if (IsSchema(value)) visit(value, base + EscapePointerToken(key));
    }
  }
}

}  // namespace yaosu::schema::internal

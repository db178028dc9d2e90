// File: the compiled form of a schema — nodes of keyword constraints.
//
// Each subschema becomes one Node holding plain-data keyword structs (one
// variant alternative per keyword family). Subschemas are linked by pointer,
// `$ref`s already resolved, so validation only walks this graph. Nodes live in
// SchemaGraph (schema_graph.h) and never change after compilation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/regex/regex.h"
#include "core/schema/format_registry.h"

namespace yaosu::schema::internal {

struct Node;

// Resource: a schema resource (a document root or a subschema with `$id`).
// Its `$dynamicAnchor`s are what `$dynamicRef` searches the dynamic scope for.
struct Resource {
  std::string uri;
  std::unordered_map<std::string, const Node*> dynamic_anchors;
};

// JSON type bits for the `type` keyword.
enum TypeBit : std::uint8_t {
  kNullBit = 1,
  kBooleanBit = 2,
  kObjectBit = 4,
  kArrayBit = 8,
  kNumberBit = 16,
  kStringBit = 32,
  kIntegerBit = 64,
};

struct TypeKeyword {
  std::uint8_t allowed = 0;
};
struct EnumKeyword {
  const nlohmann::json* values = nullptr;
};
struct ConstKeyword {
  const nlohmann::json* value = nullptr;
};

struct BoundKeyword {
  enum class Kind { kMinimum, kMaximum, kExclusiveMinimum, kExclusiveMaximum };
  Kind kind = Kind::kMinimum;
  const nlohmann::json* limit = nullptr;
};
struct MultipleOfKeyword {
  const nlohmann::json* divisor = nullptr;
};

struct LengthKeyword {
  bool is_max = false;
  std::uint64_t limit = 0;
};
struct PatternKeyword {
  regex::Regex regex;
};
struct FormatKeyword {
  std::string name;
  const FormatChecker* checker = nullptr;  // nullptr: unknown format, annotation only
};

// CountKeyword: minItems, maxItems, minProperties, maxProperties.
struct CountKeyword {
  bool is_max = false;
  bool of_properties = false;
  std::uint64_t limit = 0;
};
struct UniqueItemsKeyword {};

struct PrefixItemsKeyword {
  std::vector<const Node*> schemas;
};
// ItemsKeyword: applies to every element from index `start` (after prefixItems).
struct ItemsKeyword {
  const Node* schema = nullptr;
  std::size_t start = 0;
};
struct ContainsKeyword {
  const Node* schema = nullptr;
  std::uint64_t min = 1;
  std::optional<std::uint64_t> max;
};

struct PropertiesKeyword {
  std::vector<std::pair<std::string, const Node*>> properties;  // sorted by name
};
struct PatternPropertiesKeyword {
  std::vector<std::pair<regex::Regex, const Node*>> patterns;
};
// AdditionalPropertiesKeyword keeps its own copy of the sibling names and
// patterns it must skip, so each keyword stays self-contained data.
struct AdditionalPropertiesKeyword {
  const Node* schema = nullptr;
  std::vector<std::string> known;  // the sibling properties' names, sorted as an instance's members are
  std::vector<regex::Regex> patterns;
};
struct PropertyNamesKeyword {
  const Node* schema = nullptr;
};
struct RequiredKeyword {
  std::vector<std::string> names;         // as the schema lists them (the order of the diagnostics)
  std::vector<std::string> sorted_names;  // the same, in an instance's member order
};
struct DependentRequiredKeyword {
  std::vector<std::pair<std::string, std::vector<std::string>>> dependencies;
};
struct DependentSchemasKeyword {
  std::vector<std::pair<std::string, const Node*>> schemas;
};

struct CombinatorKeyword {
  enum class Kind { kAllOf, kAnyOf, kOneOf };
  Kind kind = Kind::kAllOf;
  std::vector<const Node*> schemas;
};
struct NotKeyword {
  const Node* schema = nullptr;
};
struct ConditionalKeyword {
  const Node* if_schema = nullptr;
  const Node* then_schema = nullptr;  // may be nullptr
  const Node* else_schema = nullptr;  // may be nullptr
};

struct RefKeyword {
  const Node* target = nullptr;
};
// DynamicRefKeyword: `target` is the statically resolved schema; when
// `anchor` is set the dynamic scope is searched for the outermost resource
// declaring `$dynamicAnchor: anchor`.
struct DynamicRefKeyword {
  const Node* target = nullptr;
  std::optional<std::string> anchor;
};

struct UnevaluatedItemsKeyword {
  const Node* schema = nullptr;
};
struct UnevaluatedPropertiesKeyword {
  const Node* schema = nullptr;
};

using KeywordData =
    std::variant<TypeKeyword, EnumKeyword, ConstKeyword, BoundKeyword, MultipleOfKeyword, LengthKeyword, PatternKeyword,
                 FormatKeyword, CountKeyword, UniqueItemsKeyword, PrefixItemsKeyword, ItemsKeyword, ContainsKeyword,
                 PropertiesKeyword, PatternPropertiesKeyword, AdditionalPropertiesKeyword, PropertyNamesKeyword,
                 RequiredKeyword, DependentRequiredKeyword, DependentSchemasKeyword, CombinatorKeyword, NotKeyword,
                 ConditionalKeyword, RefKeyword, DynamicRefKeyword, UnevaluatedItemsKeyword,
                 UnevaluatedPropertiesKeyword>;

// Keyword: one compiled keyword and its name (the evaluation-path segment).
struct Keyword {
  std::string name;
  KeywordData data;
};

// Node: one compiled subschema.
struct Node {
  std::string location;                // absolute location: resource URI + "#" + JSON Pointer
  const Resource* resource = nullptr;  // the resource this subschema belongs to
  std::optional<bool> boolean;         // set for the boolean schemas true / false
  std::vector<Keyword> keywords;       // unevaluated* last: they read their siblings' annotations
  bool reads_annotations = false;      // has unevaluatedItems / unevaluatedProperties
};

}  // namespace yaosu::schema::internal

// File: reading the keywords of one schema object — what every vocabulary's
// compiler (compile_vocabularies.h) shares: a keyword's value, its location,
// its subschemas, and the diagnostic when a value is not what the keyword takes.
// A bad value is reported and that keyword skipped; the caller goes on with the next.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/regex/regex.h"
#include "core/schema/internal/compiler.h"
#include "core/schema/internal/document_index.h"
#include "core/schema/internal/node.h"
#include "core/schema/internal/vocabulary.h"

namespace yaosu::schema::internal {

class KeywordReader {
 public:
  KeywordReader(Compiler& compiler, Node& node, const SchemaLocation& location, const nlohmann::json& schema,
                const SubschemaInfo& info, const Dialect& dialect)
      : compiler_(compiler), node_(node), location_(location), schema_(schema), info_(info), dialect_(dialect) {}

  Compiler& compiler() const { return compiler_; }
  Node& node() const { return node_; }
  const SubschemaInfo& info() const { return info_; }
  const Dialect& dialect() const { return dialect_; }

  // Member: the value of keyword `name`, or nullptr when the schema has none.
  const nlohmann::json* Member(std::string_view name) const;
  // At: the location of keyword `name` (and of its member `key` or item `index`).
  SchemaLocation At(std::string_view name) const;
  SchemaLocation At(std::string_view name, std::string_view key) const;
  SchemaLocation At(std::string_view name, std::size_t index) const { return At(name, std::to_string(index)); }

  // Invalid: reports schema.invalid_keyword — `name`'s value is not the `expected` kind.
  void Invalid(std::string_view name, std::string_view expected);
  // Add: the compiled keyword, in the order the vocabularies compile them.
  void Add(std::string_view name, KeywordData data);

  // Schema: the subschema that is the value of `name`, or nullptr (reported).
  const Node* Schema(std::string_view name);
  // SchemaArray: the subschemas of a non-empty array value; false (reported) otherwise.
  bool SchemaArray(std::string_view name, std::vector<const Node*>& out);
  // SchemaMap: the subschemas of an object value, by property name; false (reported) otherwise.
  bool SchemaMap(std::string_view name, std::vector<std::pair<std::string, const Node*>>& out);
  bool NonNegativeInteger(std::string_view name, std::uint64_t& out);
  bool StringArray(std::string_view name, const nlohmann::json& value, std::vector<std::string>& out);
  // Pattern: `pattern` compiled, or nothing (reported as schema.invalid_pattern at `at`).
  std::optional<regex::Regex> Pattern(std::string_view name, const std::string& pattern, const SchemaLocation& at);

 private:
  Compiler& compiler_;
  Node& node_;
  const SchemaLocation& location_;
  const nlohmann::json& schema_;
  const SubschemaInfo& info_;
  const Dialect& dialect_;
};

// IsSchemaValue: whether `value` can be a schema (an object or a boolean).
inline bool IsSchemaValue(const nlohmann::json& value) { return value.is_object() || value.is_boolean(); }

}  // namespace yaosu::schema::internal

#include "core/schema/internal/keyword_reader.h"

#include <algorithm>

#include "core/json/numbers.h"
#include "core/json/pointer.h"

namespace yaosu::schema::internal {

const nlohmann::json* KeywordReader::Member(std::string_view name) const {
  const auto it = schema_.find(name);
  return it == schema_.end() ? nullptr : &*it;
}

SchemaLocation KeywordReader::At(std::string_view name) const {
  return {location_.document, location_.pointer + "/" + EscapePointerToken(name)};
}

SchemaLocation KeywordReader::At(std::string_view name, std::string_view key) const {
  SchemaLocation location = At(name);
  location.pointer += "/" + EscapePointerToken(key);
  return location;
}

void KeywordReader::Invalid(std::string_view name, std::string_view expected) {
  compiler_.Report("schema.invalid_keyword", At(name), {{"keyword", name}, {"expected", expected}});
}

void KeywordReader::Add(std::string_view name, KeywordData data) {
  node_.keywords.push_back({std::string(name), std::move(data)});
}

const Node* KeywordReader::Schema(std::string_view name) {
  if (!IsSchemaValue(*Member(name))) {
    Invalid(name, "schema");
    return nullptr;
  }
  return compiler_.Subschema(At(name));
}

bool KeywordReader::SchemaArray(std::string_view name, std::vector<const Node*>& out) {
  const nlohmann::json& value = *Member(name);
  if (!value.is_array() || value.empty()) {
    Invalid(name, "non-empty array of schemas");
    return false;
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!IsSchemaValue(value[i])) {
      Invalid(name, "non-empty array of schemas");
      return false;
    }
    out.push_back(compiler_.Subschema(At(name, i)));
  }
  return true;
}

bool KeywordReader::SchemaMap(std::string_view name, std::vector<std::pair<std::string, const Node*>>& out) {
  const nlohmann::json& value = *Member(name);
  if (!value.is_object()) {
    Invalid(name, "object of schemas");
    return false;
  }
  for (const auto& [key, subschema] : value.items()) {
    if (!IsSchemaValue(subschema)) {
      Invalid(name, "object of schemas");
      return false;
    }
    out.emplace_back(key, compiler_.Subschema(At(name, key)));
  }
  return true;
}

bool KeywordReader::NonNegativeInteger(std::string_view name, std::uint64_t& out) {
  const nlohmann::json& value = *Member(name);
  if (!value.is_number() || !IsIntegral(value) || value.get<double>() < 0) {
    Invalid(name, "non-negative integer");
    return false;
  }
  out = value.is_number_float() ? static_cast<std::uint64_t>(std::min(value.get<double>(), 1.8e19))
                                : value.get<std::uint64_t>();
  return true;
}

bool KeywordReader::StringArray(std::string_view name, const nlohmann::json& value, std::vector<std::string>& out) {
  if (!value.is_array()) {
    Invalid(name, "array of strings");
    return false;
  }
  for (const nlohmann::json& item : value) {
    if (!item.is_string()) {
      Invalid(name, "array of strings");
      return false;
    }
    out.push_back(item.get<std::string>());
  }
  return true;
}

std::optional<regex::Regex> KeywordReader::Pattern(std::string_view name, const std::string& pattern,
                                                   const SchemaLocation& at) {
  std::string error;
  std::optional<regex::Regex> compiled = regex::Regex::Compile(pattern, &error);
  if (!compiled) {
    compiler_.Report("schema.invalid_pattern", at, {{"keyword", name}, {"pattern", pattern}, {"reason", error}});
  }
  return compiled;
}

}  // namespace yaosu::schema::internal

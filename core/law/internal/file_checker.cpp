#include "core/law/internal/file_checker.h"

#include <set>

namespace yaosu::law::internal {

using nlohmann::json;

void FileChecker::Add(std::string code, std::string pointer, json params) {
  params["file"] = source_;
  diagnostics_.push_back(
      Diagnostic{.code = std::move(code), .instance_location = std::move(pointer), .params = std::move(params)});
}

void FileChecker::Keys(const json& object, const std::string& pointer, std::initializer_list<const char*> required,
                       std::initializer_list<const char*> optional) {
  std::set<std::string> known;
  for (const char* key : required) {
    known.insert(key);
    if (!object.contains(key)) Add("law.param.missing_key", pointer, {{"key", key}});
  }
  for (const char* key : optional) known.insert(key);
  for (const auto& item : object.items()) {
    if (!known.count(item.key())) Add("law.param.unknown_key", pointer + "/" + item.key(), {{"key", item.key()}});
  }
}

std::string FileChecker::String(const json& object, const std::string& pointer, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) return "";
  if (!it->is_string()) {
    Add("law.param.wrong_type", pointer + "/" + key, {{"expected", "string"}});
    return "";
  }
  return it->get<std::string>();
}

std::optional<CivilDate> FileChecker::Date(const json& value, const std::string& pointer) {
  if (!value.is_string()) {
    Add("law.param.wrong_type", pointer, {{"expected", "date"}});
    return std::nullopt;
  }
  Result<CivilDate> date = ParseCivilDate(value.get_ref<const std::string&>());
  if (!date.ok()) {
    Add("law.param.bad_date", pointer, {{"text", value.get<std::string>()}});
    return std::nullopt;
  }
  return *date;
}

}  // namespace yaosu::law::internal

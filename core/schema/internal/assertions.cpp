#include "core/schema/internal/assertions.h"

#include <algorithm>

#include "core/json/equality.h"
#include "core/json/numbers.h"
#include "core/schema/internal/member_names.h"

namespace yaosu::schema::internal {
namespace {

std::uint8_t TypeBitsOf(const nlohmann::json& instance) {
  switch (instance.type()) {
    case nlohmann::json::value_t::null: return kNullBit;
    case nlohmann::json::value_t::boolean: return kBooleanBit;
    case nlohmann::json::value_t::object: return kObjectBit;
    case nlohmann::json::value_t::array: return kArrayBit;
    case nlohmann::json::value_t::string: return kStringBit;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return kNumberBit | kIntegerBit;
    case nlohmann::json::value_t::number_float: return kNumberBit | (IsIntegral(instance) ? kIntegerBit : 0);
    default: return 0;
  }
}

nlohmann::json TypeNames(std::uint8_t bits) {
  static constexpr std::pair<std::uint8_t, const char*> kNames[] = {
      {kNullBit, "null"},     {kBooleanBit, "boolean"}, {kObjectBit, "object"},  {kArrayBit, "array"},
      {kNumberBit, "number"}, {kStringBit, "string"},   {kIntegerBit, "integer"}};
  nlohmann::json names = nlohmann::json::array();
  for (const auto& [bit, name] : kNames) {
    if (bits & bit) names.push_back(name);
  }
  return names;
}

const char* TypeName(const nlohmann::json& instance) {
  if (instance.is_number()) return IsIntegral(instance) ? "integer" : "number";
  return instance.type_name();
}

}  // namespace

std::size_t CodePointCount(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool CheckType(const TypeKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params) {
  if ((TypeBitsOf(instance) & keyword.allowed) != 0) return true;
  if (params) *params = {{"expected", TypeNames(keyword.allowed)}, {"actual", TypeName(instance)}};
  return false;
}

bool CheckEnum(const EnumKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params) {
  const nlohmann::json& values = *keyword.values;
  if (std::find(values.begin(), values.end(), instance) != values.end()) return true;
  if (params) *params = {{"allowed", values}};
  return false;
}

bool CheckConst(const ConstKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params) {
  if (instance == *keyword.value) return true;
  if (params) *params = {{"expected", *keyword.value}};
  return false;
}

bool CheckBound(const BoundKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params) {
  if (!instance.is_number()) return true;
  const int order = CompareNumbers(instance, *keyword.limit);
  bool ok = false;
  switch (keyword.kind) {
    case BoundKeyword::Kind::kMinimum: ok = order >= 0; break;
    case BoundKeyword::Kind::kMaximum: ok = order <= 0; break;
    case BoundKeyword::Kind::kExclusiveMinimum: ok = order > 0; break;
    case BoundKeyword::Kind::kExclusiveMaximum: ok = order < 0; break;
  }
  if (!ok && params) *params = {{"limit", *keyword.limit}, {"actual", instance}};
  return ok;
}

bool CheckMultipleOf(const MultipleOfKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params) {
  if (!instance.is_number() || IsMultipleOf(instance, *keyword.divisor)) return true;
  if (params) *params = {{"divisor", *keyword.divisor}, {"actual", instance}};
  return false;
}

bool CheckLength(const LengthKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params) {
  if (!instance.is_string()) return true;
  const std::string& text = instance.get_ref<const std::string&>();
  // A code point takes one to four bytes: the byte length alone often decides.
  if (keyword.is_max ? text.size() <= keyword.limit : (text.size() + 3) / 4 >= keyword.limit) return true;
  const std::size_t length = CodePointCount(text);
  if (keyword.is_max ? length <= keyword.limit : length >= keyword.limit) return true;
  if (params) *params = {{"limit", keyword.limit}, {"actual", length}};
  return false;
}

bool CheckCount(const CountKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params) {
  if (keyword.of_properties ? !instance.is_object() : !instance.is_array()) return true;
  const std::size_t count = instance.size();
  if (keyword.is_max ? count <= keyword.limit : count >= keyword.limit) return true;
  if (params) *params = {{"limit", keyword.limit}, {"actual", count}};
  return false;
}

bool CheckUniqueItems(const nlohmann::json& instance, nlohmann::json* params) {
  if (!instance.is_array()) return true;
  const long duplicate = FindDuplicate(instance);
  if (duplicate < 0) return true;
  if (params) *params = {{"duplicate_index", duplicate}};
  return false;
}

bool CheckRequired(const RequiredKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params) {
  if (!instance.is_object()) return true;
  // The usual answer, without a look-up per name or an allocation: every name is there.
  if (HasEveryMember(keyword.sorted_names, instance.get_ref<const nlohmann::json::object_t&>())) return true;
  nlohmann::json missing = nlohmann::json::array();
  for (const std::string& name : keyword.names) {
    if (instance.contains(name)) continue;
    if (!params) return false;
    missing.push_back(name);
  }
  if (missing.empty()) return true;
  *params = {{"missing", std::move(missing)}};
  return false;
}

bool CheckDependentRequired(const DependentRequiredKeyword& keyword, const nlohmann::json& instance,
                            nlohmann::json* params) {
  if (!instance.is_object()) return true;
  nlohmann::json missing = nlohmann::json::array();
  for (const auto& [property, names] : keyword.dependencies) {
    if (!instance.contains(property)) continue;
    for (const std::string& name : names) {
      if (instance.contains(name)) continue;
      if (!params) return false;
      missing.push_back({{"property", property}, {"missing", name}});
    }
  }
  if (missing.empty()) return true;
  *params = {{"missing", std::move(missing)}};
  return false;
}

}  // namespace yaosu::schema::internal

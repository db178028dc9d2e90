// File: the assertion keywords — checks on one instance value, no subschemas.
//
// Each Check* answers whether `instance` satisfies the keyword. On failure,
// when `params` is not null, it fills the parameters a message needs (the
// limit, the actual value or size, the expected types). Keywords that do not
// apply to the instance's type pass, as JSON Schema specifies.
#pragma once

#include <nlohmann/json.hpp>

#include "core/schema/internal/node.h"

namespace yaosu::schema::internal {

bool CheckType(const TypeKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params);
bool CheckEnum(const EnumKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params);
bool CheckConst(const ConstKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params);
bool CheckBound(const BoundKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params);
bool CheckMultipleOf(const MultipleOfKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params);
bool CheckLength(const LengthKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params);
bool CheckCount(const CountKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params);
bool CheckUniqueItems(const nlohmann::json& instance, nlohmann::json* params);
bool CheckRequired(const RequiredKeyword& keyword, const nlohmann::json& instance, nlohmann::json* params);
bool CheckDependentRequired(const DependentRequiredKeyword& keyword, const nlohmann::json& instance,
                            nlohmann::json* params);

// CodePointCount: the length of a UTF-8 string in Unicode code points, which
// is how `minLength` and `maxLength` count ("张三" has length 2).
std::size_t CodePointCount(const std::string& text);

}  // namespace yaosu::schema::internal

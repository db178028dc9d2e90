// File: DescribeIdentifier — guess what kind of identifier a string is, check
// it, and say what it encodes. Behind `yaosu check-id` (and any binding that
// wants the same answer).
//
//   nlohmann::json r = DescribeIdentifier("11010519491231002X", ChinaToday());
//   // {"kind": "cn-resident-id", "valid": true, "reason": null, "severity": null,
//   //  "region": "110105", "province": "北京市", "birth_date": "1949-12-31", "sex": "female",
//   //  "legacy": false, "check_character": "X", "params": {}}
//
// Kinds are the format names: "cn-resident-id", "cn-uscc", "cn-mobile",
// "cn-landline", or "unknown" (reason "unrecognized"). 18 characters are read
// as a resident ID when they look like one (17 digits + digit or X), unless
// only the USCC reading is valid; "reason" is a stable code whose sentence is
// "format.<kind>.<reason>" in the message catalog. "region", "birth_date" and
// "sex" are always present (null where the kind does not encode them); the
// other fields are present where the kind has them.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "core/law/civil_date.h"

namespace yaosu::law {

// DescribeIdentifier: the report above; resident ID birth dates are judged
// against `as_of`.
nlohmann::json DescribeIdentifier(std::string_view text, const CivilDate& as_of);

}  // namespace yaosu::law

// File: amounts of money in yuan (元), as a form holds them.
//
// Decision: the canonical form is TEXT — "1234.56" — because a JSON number is
// a binary double whose cents are not exact and whose written decimals are
// lost once parsed. The "cn-money-yuan" format therefore checks strings (as
// every JSON Schema format does); a schema that accepts a JSON number writes
// {"type": "number", "minimum": 0, "multipleOf": 0.01}, and
// CheckMoneyYuanNumber applies the text rules to the number as the document
// wrote it (the shortest decimal that reads back as the same double).
//
//   MoneyYuan m = CheckMoneyYuan("1234.5");          // valid, m.fen == 123450
//   CheckMoneyYuan("1,234.56");                      // invalid: "charset" (no separators)
//   CheckMoneyYuanNumber(nlohmann::json(1234.56));   // valid, fen == 123456
//
// Text: digits, optionally "." and one or two decimals; no sign, no leading
// zeros ("007"), no exponent, no thousands separators, no "元"/"¥". Reasons:
// "charset", "negative", "leading_zero", "decimals" (more than two, or a
// bare "."), "too_large" (more than 15 integer digits: beyond any claim,
// and the fen still fit an int64).
#pragma once

#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/law/identifiers/verdict.h"

namespace yaosu::law {

struct MoneyYuan {
  IdVerdict verdict;
  std::int64_t fen = 0;  // the amount in fen (分, 0.01 yuan) when valid
};

// CheckMoneyYuan: an amount written as text.
MoneyYuan CheckMoneyYuan(std::string_view text);

// CheckMoneyYuanNumber: an amount given as a JSON number; 1.5 and 1.50 are the
// same, 100.0 is fine, 1e20 is "too_large", 1e-5 has too many "decimals".
MoneyYuan CheckMoneyYuanNumber(const nlohmann::json& number);

}  // namespace yaosu::law

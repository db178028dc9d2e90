// File: 统一社会信用代码 — the unified social credit code of a legal person or
// other organisation (GB 32100-2015).
//
// 18 characters from 0-9 and A-Z without I, O, S, V, Z: registration
// authority (1) + organisation type (1) + area code of the registering office
// (6 digits) + organisation identifier (9) + check character.
//
//   UsccCheck c = CheckUscc("91350100M000100Y43");
//   // c.verdict.valid, c.registration_authority == '9' (市场监管/工商), c.organization_type == '1' (企业)
//
// Reasons (errors): "length", "charset", "area_code" (positions 3-8 not six
// digits), "registration_authority", "check_character" (params {"expected",
// "actual"}). Warnings, which leave the code valid: "organization_type" (a type
// not listed for its authority), "region" (unknown province). The authority
// and type tables follow GB 32100-2015 and its amendments (A, N added later;
// MED confidence), so an unlisted type only warns. The GB 11714 check of the
// organisation identifier (positions 9-17) is not applied: codes of
// individual businesses (个体工商户) do not always satisfy it.
#pragma once

#include <string>
#include <string_view>

#include "core/law/identifiers/verdict.h"

namespace yaosu::law {

struct UsccCheck {
  IdVerdict verdict;
  char registration_authority = 0;  // position 1, when the charset is right
  char organization_type = 0;       // position 2
  std::string region_code;          // positions 3-8
  std::string_view authority_name;  // "机构编制", "民政", "工商", ... or ""
  std::string_view type_name;       // "企业", "社会团体", ... or ""
};

// UsccCheckCharacter: the GB 32100 check character of the first 17 characters
// of `body`, or 0 if one of them is outside the character set.
char UsccCheckCharacter(std::string_view body);

// CheckUscc: checks and decodes an 18-character code (uppercase only: GB 32100
// defines no lowercase letters).
UsccCheck CheckUscc(std::string_view text);

}  // namespace yaosu::law

// File: Chinese telephone numbers — mobile (11 digits from 1) and fixed lines
// (area code + local number).
//
//   CheckMobile("13800138000")          // valid
//   CheckMobile("12012345678")          // valid with the warning "unusual_prefix"
//   CheckLandline("0472-1234567-89")    // valid: Baotou, extension 89
//
// Mobile: an optional "+86" (then an optional space or hyphen), then 11
// digits. "length"/"charset" and "prefix" (not starting with 1) are errors;
// a second digit outside 3-9 is only the warning "unusual_prefix": the
// ^1[3-9]\d{9}$ convention follows the MIIT numbering plan, not a statute,
// and new blocks appear (legal-reference §3.8).
//
// Landline: area code, optional "-", local number, optional extension ("-",
// "转" or "#" then 1-6 digits). The area code is 010 or 02x (3 digits; their
// local numbers have 8 digits) or 0[3-9]xx (4 digits; 7 or 8 digits), so a
// number without a hyphen still splits one way only. Reasons: "charset",
// "area_code", "local_number" (wrong length, or starting with 0), "extension";
// a local number starting with 1 is the warning "unusual_local_number".
// Separators inside numbers (spaces, "138 0013 8000") are not accepted:
// the form normalises what a person types before checking.
#pragma once

#include <string>
#include <string_view>

#include "core/law/identifiers/verdict.h"

namespace yaosu::law {

struct PhoneNumber {
  IdVerdict verdict;
  std::string area_code;  // landlines: "0472"
  std::string number;     // the 11 mobile digits, or the local number
  std::string extension;  // landlines only, may be ""
};

// CheckMobile: a mobile number, with or without the +86 prefix.
PhoneNumber CheckMobile(std::string_view text);

// CheckLandline: a fixed-line number with its area code.
PhoneNumber CheckLandline(std::string_view text);

}  // namespace yaosu::law

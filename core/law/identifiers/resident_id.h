// File: 居民身份证号码 — China's resident identity number (GB 11643-1999).
//
// 18 characters: a 6-digit area code, the birth date YYYYMMDD, a 3-digit
// sequence (odd = male, even = female) and a check character (0-9 or X). The
// legacy 15-digit number (issued before 1999) has the birth date as YYMMDD
// (always 19YY), the sequence last and no check character.
//
//   ResidentId id = ParseResidentId("11010519491231002X", CivilDate{2025, 1, 1});
//   // id.verdict.valid, id.kind == ResidentIdKind::kEighteen, id.region_code == "110105",
//   // id.birth_date == {1949, 12, 31}, id.sex == Sex::kFemale, id.check_character == 'X'
//
// Reasons, checked in this order: "length", "charset", "region" (unknown
// province), "birth_date" (not a real date), "birth_date_before_1900",
// "birth_date_in_future" (after `as_of`), "check_character" (params
// {"expected", "actual"}). A lowercase "x" is accepted with the warning
// "lowercase_x": GB 11643 writes it uppercase, but people type it either way.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/law/civil_date.h"
#include "core/law/identifiers/verdict.h"

namespace yaosu::law {

enum class ResidentIdKind { kUnknown, kEighteen, kFifteenLegacy };
enum class Sex { kUnknown, kMale, kFemale };

std::string_view SexName(Sex sex);  // "male", "female", "unknown"

// ResidentId: what a resident ID number says, and whether it is valid. The
// decoded fields are filled as far as the number could be read, even when it
// is invalid (a wrong check character still has a birth date).
struct ResidentId {
  ResidentIdKind kind = ResidentIdKind::kUnknown;
  IdVerdict verdict;
  std::string region_code;              // 6 digits
  std::optional<CivilDate> birth_date;  // set when the digits form a real date
  Sex sex = Sex::kUnknown;
  char check_character = 0;  // as written (uppercased); 0 for the 15-digit form
};

// ResidentIdCheckCharacter: the GB 11643 check character of the first 17
// digits of `body` (which must be 17 ASCII digits).
char ResidentIdCheckCharacter(std::string_view body);

// ParseResidentId: checks and decodes an 18- or 15-digit number. The birth
// date must not lie after `as_of` (the date the form is checked on).
ResidentId ParseResidentId(std::string_view text, const CivilDate& as_of);

// UpgradeLegacyResidentId: the 18-digit form of a valid 15-digit number
// ("19" inserted before the birth year, check character appended), or "".
std::string UpgradeLegacyResidentId(std::string_view legacy);

}  // namespace yaosu::law

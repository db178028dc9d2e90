#include "core/law/identifiers/resident_id.h"

#include "core/law/identifiers/region_codes.h"
#include "core/text/ascii.h"

namespace yaosu::law {
namespace {

using text::IsDigits;

// GB 11643: weight of position i (1-based) is 2^(18-i) mod 11.
constexpr int kResidentIdWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckCharacters[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
constexpr CivilDate kEarliestBirth{1900, 1, 1};

int Number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// BirthDateProblem: the reason a decoded birth date is unacceptable, or "".
std::string_view BirthDateProblem(const CivilDate& date, const CivilDate& as_of) {
  if (!IsRealDate(date)) return "birth_date";
  if (date < kEarliestBirth) return "birth_date_before_1900";
  if (as_of < date) return "birth_date_in_future";
  return {};
}

// WrittenBirthDate: the birth date as the digits write it (maybe 30 February).
CivilDate WrittenBirthDate(std::string_view digits, bool legacy) {
  return legacy
             ? CivilDate{1900 + Number(digits.substr(6, 2)), Number(digits.substr(8, 2)), Number(digits.substr(10, 2))}
             : CivilDate{Number(digits.substr(6, 4)), Number(digits.substr(10, 2)), Number(digits.substr(12, 2))};
}

// Decode: region, birth date and sex from the digits, whichever the layout.
void Decode(std::string_view digits, ResidentId& id) {
  const bool legacy = id.kind == ResidentIdKind::kFifteenLegacy;
  id.region_code = std::string(digits.substr(0, 6));
  if (const CivilDate date = WrittenBirthDate(digits, legacy); IsRealDate(date)) id.birth_date = date;
  const char sex_digit = legacy ? digits[14] : digits[16];
  id.sex = (sex_digit - '0') % 2 == 1 ? Sex::kMale : Sex::kFemale;
}

}  // namespace

std::string_view SexName(Sex sex) {
  switch (sex) {
    case Sex::kMale: return "male";
    case Sex::kFemale: return "female";
    case Sex::kUnknown: break;
  }
  return "unknown";
}

char ResidentIdCheckCharacter(std::string_view body) {
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (body[i] - '0') * kResidentIdWeights[i];
  return kCheckCharacters[sum % 11];
}

ResidentId ParseResidentId(std::string_view text, const CivilDate& as_of) {
  ResidentId id;
  if (text.size() == 18) {
    id.kind = ResidentIdKind::kEighteen;
    const char last = text[17];
    if (!IsDigits(text.substr(0, 17)) || !(IsDigits(text.substr(17)) || last == 'X' || last == 'x')) {
      id.verdict = IdVerdict::Invalid("charset");
      return id;
    }
    id.check_character = last == 'x' ? 'X' : last;
  } else if (text.size() == 15) {
    id.kind = ResidentIdKind::kFifteenLegacy;
    if (!IsDigits(text)) {
      id.verdict = IdVerdict::Invalid("charset");
      return id;
    }
  } else {
    id.verdict = IdVerdict::Invalid("length", {{"actual", text.size()}});
    return id;
  }

  Decode(text, id);
  if (ProvinceName(id.region_code).empty()) {
    id.verdict = IdVerdict::Invalid("region", {{"region", id.region_code}});
    return id;
  }
  const bool legacy = id.kind == ResidentIdKind::kFifteenLegacy;
  const std::string_view date_digits = legacy ? text.substr(6, 6) : text.substr(6, 8);
  if (const std::string_view problem = BirthDateProblem(WrittenBirthDate(text, legacy), as_of); !problem.empty()) {
    id.verdict = IdVerdict::Invalid(std::string(problem), {{"birth_date", std::string(date_digits)}});
    return id;
  }
  if (!legacy) {
    const char expected = ResidentIdCheckCharacter(text);
    if (expected != id.check_character) {
      id.verdict = IdVerdict::Invalid("check_character",
                                      {{"expected", std::string(1, expected)}, {"actual", std::string(1, text[17])}});
      return id;
    }
    if (text[17] == 'x') id.verdict = IdVerdict::Warning("lowercase_x");
  }
  return id;
}

std::string UpgradeLegacyResidentId(std::string_view legacy) {
  if (legacy.size() != 15 || !IsDigits(legacy)) return {};
  std::string upgraded = std::string(legacy.substr(0, 6)) + "19" + std::string(legacy.substr(6));
  upgraded += ResidentIdCheckCharacter(upgraded);
  return upgraded;
}

}  // namespace yaosu::law

// uuid (RFC 4122 section 3), json-pointer (RFC 6901 section 3) and
// relative-json-pointer (draft-handrews-relative-json-pointer-01 section 3).
#include <cstddef>
#include <string_view>

#include "core/schema/formats/formats.h"
#include "core/schema/formats/internal/utf8.h"
#include "core/text/ascii.h"

namespace yaosu::formats {

// UUID = time-low "-" time-mid "-" time-high-and-version "-"
//        clock-seq-and-reserved clock-seq-low "-" node
// i.e. 8-4-4-4-12 hex digits, either case. Version and variant are not checked:
// RFC 9562 defines more of them than RFC 4122 did.
bool IsUuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash_position = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash_position ? text[i] != '-' : !text::IsHexDigit(text[i])) return false;
  }
  return true;
}

// json-pointer = *( "/" reference-token );  reference-token = *( unescaped / escaped )
// escaped = "~" ( "0" / "1" ); unescaped is any other character.
bool IsJsonPointer(std::string_view text) {
  if (!text.empty() && text[0] != '/') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '~' && (i + 1 == text.size() || (text[i + 1] != '0' && text[i + 1] != '1'))) return false;
  }
  return internal::IsValidUtf8(text);
}

// relative-json-pointer = non-negative-integer ( "#" / json-pointer )
// non-negative-integer = "0" / %x31-39 *DIGIT
bool IsRelativeJsonPointer(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && text::IsAsciiDigit(text[digits])) ++digits;
  if (digits == 0 || (digits > 1 && text[0] == '0')) return false;
  const std::string_view rest = text.substr(digits);
  return rest == "#" || IsJsonPointer(rest);
}

}  // namespace yaosu::formats

// uri-template: RFC 6570 section 2 syntax (any level), without expanding.
#include <cstddef>
#include <string_view>

#include "core/schema/formats/formats.h"
#include "core/schema/formats/internal/uri_chars.h"
#include "core/schema/formats/internal/utf8.h"
#include "core/text/ascii.h"

namespace yaosu::formats {
namespace {

// RFC 6570 2.1: literals are any character except CTL, SP, DQUOTE, "%" (but
// for pct-encoded), "<", ">", "\", "^", "`", "{", "|" and "}". The RFC's ABNF
// also leaves out "'", but it is a sub-delim any URI may hold and the JSON
// Schema test suite accepts it, so it is kept as a literal here.
constexpr bool IsLiteralAscii(char c) {
  if (c <= 0x20 || c == 0x7F) return false;
  return std::string_view("\"%<>\\^`{|}").find(c) == std::string_view::npos;
}

// varchar = ALPHA / DIGIT / "_" / pct-encoded; consumes one at text[pos].
bool ConsumeVarchar(std::string_view text, std::size_t& pos) {
  if (pos >= text.size()) return false;
  if (text::IsAsciiAlnum(text[pos]) || text[pos] == '_') {
    ++pos;
    return true;
  }
  if (internal::IsPctEncodedAt(text, pos)) {
    pos += 3;
    return true;
  }
  return false;
}

// varspec = varname [ modifier-level4 ]
// varname = varchar *( ["."] varchar )
// modifier-level4 = prefix / explode;  prefix = ":" max-length;  explode = "*"
// max-length = %x31-39 0*3DIGIT  (1 to 9999)
bool IsVarspec(std::string_view text) {
  std::size_t pos = 0;
  if (!ConsumeVarchar(text, pos)) return false;
  while (pos < text.size() && text[pos] != ':' && text[pos] != '*') {
    if (text[pos] == '.') ++pos;
    if (!ConsumeVarchar(text, pos)) return false;
  }
  const std::string_view modifier = text.substr(pos);
  if (modifier.empty() || modifier == "*") return true;
  const std::string_view max_length = modifier.substr(1);
  return max_length.size() <= 4 && text::IsDigits(max_length) && max_length[0] != '0';
}

// expression = "{" [ operator ] variable-list "}"   (body without braces)
// operator = "+" / "#" / "." / "/" / ";" / "?" / "&"; the op-reserve characters
// "=" "," "!" "@" "|" are reserved for future extensions (2.2), so refused.
// variable-list = varspec *( "," varspec )
bool IsExpression(std::string_view body) {
  if (!body.empty() && std::string_view("+#./;?&").find(body[0]) != std::string_view::npos) {
    body.remove_prefix(1);
  }
  while (true) {
    const std::size_t comma = body.find(',');
    if (!IsVarspec(body.substr(0, comma))) return false;
    if (comma == std::string_view::npos) return true;
    body.remove_prefix(comma + 1);
  }
}

}  // namespace

// URI-Template = *( literals / expression )
bool IsUriTemplate(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '{') {
      const std::size_t close = text.find('}', pos);
      if (close == std::string_view::npos || !IsExpression(text.substr(pos + 1, close - pos - 1))) return false;
      pos = close + 1;
    } else if (c == '%') {
      if (!internal::IsPctEncodedAt(text, pos)) return false;
      pos += 3;
    } else if (text::IsAscii(c)) {
      if (!IsLiteralAscii(c)) return false;
      ++pos;
    } else {
      // literals also take ucschar / iprivate
      char32_t cp = 0;
      if (!internal::DecodeUtf8(text, pos, cp)) return false;
      if (!internal::IsUcsChar(cp) && !internal::IsIPrivate(cp)) return false;
    }
  }
  return true;
}

}  // namespace yaosu::formats

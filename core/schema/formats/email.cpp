// email (RFC 5321 section 4.1.2 Mailbox) and idn-email (RFC 6531 section 3.3,
// which adds UTF-8 to the local part and U-labels to the domain).
#include <cstddef>
#include <string_view>

#include "core/schema/formats/formats.h"
#include "core/schema/formats/internal/utf8.h"
#include "core/text/ascii.h"

namespace yaosu::formats {
namespace {

// RFC 5321 4.5.3.1.1: a local part is at most 64 octets.
constexpr std::size_t kMaxLocalPartLength = 64;

// atext (RFC 5322 3.2.3) = ALPHA / DIGIT / "!#$%&'*+-/=?^_`{|}~";
// RFC 6531 adds UTF8-non-ascii (the input is checked to be valid UTF-8 first).
bool IsAtext(char c, bool international) {
  if (!text::IsAscii(c)) return international;
  return text::IsAsciiAlnum(c) || std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

// Dot-string = Atom *("."  Atom);  Atom = 1*atext
bool IsDotString(std::string_view text, bool international) {
  if (text.empty() || text.front() == '.' || text.back() == '.') return false;
  char previous = '\0';
  for (char c : text) {
    if (c == '.' ? previous == '.' : !IsAtext(c, international)) return false;
    previous = c;
  }
  return true;
}

// Quoted-string = DQUOTE *QcontentSMTP DQUOTE, from text[0]; returns the length
// consumed, or 0 when there is no well-formed quoted string.
// qtextSMTP = %d32-33 / %d35-91 / %d93-126 (plus UTF8-non-ascii in RFC 6531)
// quoted-pairSMTP = %d92 %d32-126
std::size_t QuotedStringLength(std::string_view text, bool international) {
  if (text.empty() || text[0] != '"') return 0;
  for (std::size_t pos = 1; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c == '"') return pos + 1;
    if (c == '\\') {
      ++pos;
      if (pos == text.size() || text[pos] < 32 || text[pos] > 126) return 0;
    } else if (text::IsAscii(c) ? (c < 32 || c > 126) : !international) {
      return 0;
    }
  }
  return 0;
}

// address-literal = "[" ( IPv4-address-literal / IPv6-address-literal /
// General-address-literal ) "]". No General-address-literal tag other than
// IPv6 is registered, so only the first two are accepted.
bool IsAddressLiteral(std::string_view text) {
  if (text.size() < 2 || text.front() != '[' || text.back() != ']') return false;
  const std::string_view inner = text.substr(1, text.size() - 2);
  constexpr std::string_view kIpv6Tag = "IPv6:";
  if (text::EqualsIgnoreAsciiCase(inner.substr(0, kIpv6Tag.size()), kIpv6Tag)) {
    return IsIpv6(inner.substr(kIpv6Tag.size()));
  }
  return IsIpv4(inner);
}

// Mailbox = Local-part "@" ( Domain / address-literal )
// Local-part = Dot-string / Quoted-string
bool IsMailbox(std::string_view text, bool international) {
  if (!internal::IsValidUtf8(text)) return false;
  std::size_t local_length = QuotedStringLength(text, international);
  if (local_length == 0) {
    local_length = text.find('@');
    if (local_length == std::string_view::npos || !IsDotString(text.substr(0, local_length), international)) {
      return false;
    }
  }
  if (local_length > kMaxLocalPartLength || local_length >= text.size() || text[local_length] != '@') return false;
  const std::string_view domain = text.substr(local_length + 1);
  if (!domain.empty() && domain.front() == '[') return IsAddressLiteral(domain);
  return international ? IsIdnHostname(domain) : IsHostname(domain);
}

}  // namespace

bool IsEmail(std::string_view text) { return IsMailbox(text, /*international=*/false); }

bool IsIdnEmail(std::string_view text) { return IsMailbox(text, /*international=*/true); }

}  // namespace yaosu::formats

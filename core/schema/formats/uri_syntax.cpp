// uri, uri-reference (RFC 3986 section 3 and 4.1) and iri, iri-reference
// (RFC 3987 section 2.2, the same grammar with non-ASCII "ucschar" allowed).
#include <cstddef>
#include <string_view>

#include "core/schema/formats/formats.h"
#include "core/schema/formats/internal/uri_chars.h"
#include "core/schema/formats/internal/utf8.h"
#include "core/text/ascii.h"

namespace yaosu::formats {
namespace {

using internal::IsPctEncodedAt;
using internal::IsSubDelim;
using internal::IsUnreserved;

// What a component may hold besides unreserved / pct-encoded / sub-delims.
struct Allowed {
  std::string_view extra_ascii;
  bool ucschar = false;   // IRI: iunreserved includes ucschar
  bool iprivate = false;  // IRI: iquery also allows iprivate
};

// RFC 3987 4.1: IRIs must not contain the bidirectional formatting characters
// LRM, RLM, LRE, RLE, PDF, LRO and RLO, though they are in the ucschar ranges.
constexpr bool IsBidiFormattingCharacter(char32_t cp) {
  return cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E);
}

bool IsComponent(std::string_view part, const Allowed& allowed) {
  std::size_t pos = 0;
  while (pos < part.size()) {
    const char c = part[pos];
    if (c == '%') {
      if (!IsPctEncodedAt(part, pos)) return false;
      pos += 3;
    } else if (text::IsAscii(c)) {
      if (!IsUnreserved(c) && !IsSubDelim(c) && allowed.extra_ascii.find(c) == std::string_view::npos) return false;
      ++pos;
    } else {
      char32_t cp = 0;
      if (!allowed.ucschar || !internal::DecodeUtf8(part, pos, cp)) return false;
      if (IsBidiFormattingCharacter(cp)) return false;
      if (!internal::IsUcsChar(cp) && !(allowed.iprivate && internal::IsIPrivate(cp))) return false;
    }
  }
  return true;
}

// scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
bool IsScheme(std::string_view text) {
  if (text.empty() || !text::IsAsciiAlpha(text[0])) return false;
  for (char c : text) {
    if (!text::IsAsciiAlnum(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return true;
}

// IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
bool IsIpvFuture(std::string_view text) {
  if (text.size() < 4 || (text[0] != 'v' && text[0] != 'V')) return false;
  const std::size_t dot = text.find('.');
  if (dot == std::string_view::npos || dot < 2 || dot + 1 == text.size()) return false;
  for (std::size_t i = 1; i < dot; ++i) {
    if (!text::IsHexDigit(text[i])) return false;
  }
  for (char c : text.substr(dot + 1)) {
    if (!IsUnreserved(c) && !IsSubDelim(c) && c != ':') return false;
  }
  return true;
}

// authority = [ userinfo "@" ] host [ ":" port ]
// host = IP-literal / IPv4address / reg-name; every IPv4address is also a
// reg-name, so "999.999.999.999" is a valid (if unresolvable) host.
bool IsAuthority(std::string_view text, bool iri) {
  const std::size_t at = text.find('@');
  if (at != std::string_view::npos) {
    if (!IsComponent(text.substr(0, at), {.extra_ascii = ":", .ucschar = iri})) return false;
    text.remove_prefix(at + 1);
  }
  std::string_view port;
  if (!text.empty() && text[0] == '[') {
    // IP-literal = "[" ( IPv6address / IPvFuture ) "]"
    const std::size_t close = text.find(']');
    if (close == std::string_view::npos) return false;
    const std::string_view literal = text.substr(1, close - 1);
    if (!IsIpv6(literal) && !IsIpvFuture(literal)) return false;
    const std::string_view after = text.substr(close + 1);
    if (!after.empty() && after[0] != ':') return false;
    port = after.empty() ? after : after.substr(1);
  } else {
    const std::size_t colon = text.find(':');
    if (colon != std::string_view::npos) port = text.substr(colon + 1);
    if (!IsComponent(text.substr(0, colon), {.extra_ascii = "", .ucschar = iri})) return false;  // reg-name
  }
  // port = *DIGIT
  return port.empty() || text::IsDigits(port);
}

// URI-reference = URI / relative-ref, split as in RFC 3986 Appendix B:
//   URI          = scheme ":" hier-part [ "?" query ] [ "#" fragment ]
//   relative-ref = relative-part [ "?" query ] [ "#" fragment ]
//   hier-part / relative-part = "//" authority path-abempty / path-absolute
//                             / path-rootless (path-noscheme) / path-empty
bool IsReference(std::string_view text, bool iri, bool require_scheme) {
  if (iri && !internal::IsValidUtf8(text)) return false;
  const std::size_t scheme_end = text.find_first_of(":/?#");
  const bool has_scheme =
      scheme_end != std::string_view::npos && text[scheme_end] == ':' && IsScheme(text.substr(0, scheme_end));
  if (require_scheme && !has_scheme) return false;
  std::string_view rest = has_scheme ? text.substr(scheme_end + 1) : text;

  // fragment = *( pchar / "/" / "?" );  query likewise, plus iprivate in an IRI
  if (const std::size_t hash = rest.find('#'); hash != std::string_view::npos) {
    if (!IsComponent(rest.substr(hash + 1), {.extra_ascii = ":@/?", .ucschar = iri})) return false;
    rest = rest.substr(0, hash);
  }
  if (const std::size_t question = rest.find('?'); question != std::string_view::npos) {
    if (!IsComponent(rest.substr(question + 1), {.extra_ascii = ":@/?", .ucschar = iri, .iprivate = iri})) {
      return false;
    }
    rest = rest.substr(0, question);
  }

  std::string_view path = rest;
  if (rest.substr(0, 2) == "//") {
    const std::size_t path_start = rest.find('/', 2);
    if (!IsAuthority(rest.substr(2, path_start == std::string_view::npos ? std::string_view::npos : path_start - 2),
                     iri)) {
      return false;
    }
    path = path_start == std::string_view::npos ? std::string_view() : rest.substr(path_start);
  } else if (!has_scheme) {
    // path-noscheme: a ':' in the first segment would make it look like a scheme.
    if (path.substr(0, path.find('/')).find(':') != std::string_view::npos) return false;
  }
  // path segments: pchar = unreserved / pct-encoded / sub-delims / ":" / "@"
  return IsComponent(path, {.extra_ascii = ":@/", .ucschar = iri});
}

}  // namespace

bool IsUri(std::string_view text) { return IsReference(text, /*iri=*/false, /*require_scheme=*/true); }

bool IsUriReference(std::string_view text) { return IsReference(text, /*iri=*/false, /*require_scheme=*/false); }

bool IsIri(std::string_view text) { return IsReference(text, /*iri=*/true, /*require_scheme=*/true); }

bool IsIriReference(std::string_view text) { return IsReference(text, /*iri=*/true, /*require_scheme=*/false); }

}  // namespace yaosu::formats

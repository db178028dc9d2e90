// ipv4 and ipv6: RFC 2673 section 3.2 dotted-quad and RFC 4291 section 2.2
// text forms. Only the address itself: no brackets, prefix length or zone id.
#include <cstddef>
#include <string_view>

#include "core/schema/formats/formats.h"
#include "core/text/ascii.h"

namespace yaosu::formats {
namespace {

// dec-octet = "0" / %x31-39 0*2DIGIT, at most 255. Leading zeros are refused:
// some parsers read them as octal, so "010" would name a different address.
bool IsDecOctet(std::string_view part) {
  if (part.empty() || part.size() > 3 || !text::IsDigits(part)) return false;
  if (part.size() > 1 && part[0] == '0') return false;
  int value = 0;
  for (char c : part) value = value * 10 + (c - '0');
  return value <= 255;
}

}  // namespace

// dotted-quad = dec-octet "." dec-octet "." dec-octet "." dec-octet
bool IsIpv4(std::string_view text) {
  for (int part = 0; part < 4; ++part) {
    const std::size_t dot = text.find('.');
    const bool last = part == 3;
    if (last != (dot == std::string_view::npos)) return false;
    if (!IsDecOctet(text.substr(0, dot))) return false;
    if (!last) text.remove_prefix(dot + 1);
  }
  return true;
}

// x:x:x:x:x:x:x:x with 1-4 hex digits each, at most one "::" standing for one
// or more zero groups, and optionally an IPv4 dotted-quad as the last 32 bits.
bool IsIpv6(std::string_view text) {
  int groups = 0;  // 16-bit groups written out (an IPv4 tail counts two)
  bool compressed = false;
  std::size_t pos = 0;
  if (text.substr(0, 2) == "::") {
    compressed = true;
    pos = 2;
    if (pos == text.size()) return true;  // "::" alone
  }
  while (true) {
    const std::size_t end = text.find(':', pos);
    const std::string_view piece = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (piece.find('.') != std::string_view::npos) {
      // The IPv4 tail must be the last piece.
      if (end != std::string_view::npos || !IsIpv4(piece)) return false;
      groups += 2;
      break;
    }
    if (piece.empty() || piece.size() > 4) return false;
    for (char c : piece) {
      if (!text::IsHexDigit(c)) return false;
    }
    ++groups;
    if (end == std::string_view::npos) break;
    pos = end + 1;
    if (pos < text.size() && text[pos] == ':') {
      if (compressed) return false;  // a second "::" (or ":::")
      compressed = true;
      ++pos;
      if (pos == text.size()) break;  // trailing "::"
    } else if (pos == text.size()) {
      return false;  // trailing single ':'
    }
  }
  return compressed ? groups <= 7 : groups == 8;
}

}  // namespace yaosu::formats

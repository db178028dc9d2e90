// hostname (RFC 1123 section 2.1, with the IDNA2008 A-label checks of RFC 5891
// section 5.4 for "xn--" labels) and idn-hostname (RFC 5890 U-labels).
#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "core/schema/formats/formats.h"
#include "core/schema/formats/internal/idna.h"
#include "core/schema/formats/internal/punycode.h"
#include "core/schema/formats/internal/utf8.h"
#include "core/text/ascii.h"

namespace yaosu::formats {
namespace {

// RFC 1035 2.3.4: a label is at most 63 octets, a name at most 255 octets on
// the wire, which is 253 characters of text without the final dot.
constexpr std::size_t kMaxLabelLength = 63;
constexpr std::size_t kMaxNameLength = 253;
constexpr std::string_view kAcePrefix = "xn--";  // RFC 5890 2.3.2.5
// The Punycode part of a 63-octet A-label.
constexpr std::size_t kMaxPunycodeLength = kMaxLabelLength - kAcePrefix.size();

// RFC 3490 3.1 (kept by UTS 46): full stop, ideographic full stop, fullwidth
// full stop and halfwidth ideographic full stop all separate IDN labels.
constexpr bool IsIdnLabelSeparator(char32_t cp) { return cp == U'.' || cp == 0x3002 || cp == 0xFF0E || cp == 0xFF61; }

// One label, as code points, plus what the whole name needs to know of it.
struct Label {
  std::array<char32_t, kMaxLabelLength + 1> code_points{};
  std::size_t size = 0;
  bool too_long = false;  // more code points than any valid label has
  bool ascii = true;

  std::span<const char32_t> View() const { return {code_points.data(), size}; }
  void Append(char32_t cp) {
    if (size == code_points.size()) {
      too_long = true;
      return;
    }
    code_points[size++] = cp;
    ascii = ascii && cp < 0x80;
  }
};

// RFC 1123 2.1 / RFC 952: letters, digits and hyphens, not starting or ending
// with a hyphen. (RFC 1123 allows a leading digit.) A label is code points, or
// bytes where the whole name is ASCII (CheckPlainAsciiName).
template <typename Char>
bool IsLdhLabel(std::span<const Char> label) {
  if (label.empty() || label.size() > kMaxLabelLength) return false;
  if (label.front() == '-' || label.back() == '-') return false;
  for (Char c : label) {
    if (static_cast<char32_t>(c) >= 0x80 || !(text::IsAsciiAlnum(static_cast<char>(c)) || c == '-')) return false;
  }
  return true;
}

// An LDH label with "--" in positions 3 and 4 is reserved (RFC 5890 2.3.1);
// the only reserved labels in use are A-labels, "xn--" + Punycode.
template <typename Char>
bool HasReservedHyphens(std::span<const Char> label) {
  return label.size() >= 4 && label[2] == '-' && label[3] == '-';
}

// Checks one label; on success stores the length of its ASCII (A-label or LDH)
// form and the code points the Bidi rule looks at (the U-label for an A-label).
bool CheckLabel(const Label& label, Label& unicode_form, std::size_t& ascii_length) {
  if (label.too_long || label.size == 0) return false;
  unicode_form = Label{};
  if (label.ascii) {
    if (!IsLdhLabel(label.View())) return false;
    ascii_length = label.size;
    std::array<char, kMaxLabelLength> lower{};
    for (std::size_t i = 0; i < label.size; ++i) {
      lower[i] = text::ToAsciiLower(static_cast<char>(label.code_points[i]));
    }
    const std::string_view ascii(lower.data(), label.size);
    if (!HasReservedHyphens(label.View())) {
      for (char c : ascii) unicode_form.Append(static_cast<unsigned char>(c));
      return true;
    }
    // RFC 5891 5.4: an A-label must decode to a valid U-label that encodes
    // back to the same A-label, and must not be plain ASCII in disguise.
    if (ascii.substr(0, kAcePrefix.size()) != kAcePrefix) return false;
    const std::string_view punycode = ascii.substr(kAcePrefix.size());
    std::array<char32_t, kMaxLabelLength> decoded{};
    std::size_t count = 0;
    if (!internal::DecodePunycode(punycode, decoded, count)) return false;
    for (std::size_t i = 0; i < count; ++i) unicode_form.Append(decoded[i]);
    if (unicode_form.ascii || !internal::IsValidULabel(unicode_form.View())) return false;
    std::array<char, kMaxPunycodeLength> encoded{};
    std::size_t encoded_length = 0;
    return internal::EncodePunycode(unicode_form.View(), encoded, encoded_length) &&
           std::string_view(encoded.data(), encoded_length) == punycode;
  }
  // A U-label: valid in itself, and its A-label must fit in 63 octets.
  if (!internal::IsValidULabel(label.View())) return false;
  std::array<char, kMaxPunycodeLength> encoded{};
  std::size_t encoded_length = 0;
  if (!internal::EncodePunycode(label.View(), encoded, encoded_length)) return false;
  ascii_length = kAcePrefix.size() + encoded_length;
  unicode_form = label;
  return true;
}

// The common case: an ASCII name with no reserved label ("xn--…"). Only the
// LDH rule and the lengths apply: ASCII has no right-to-left character, so the
// Bidi rule binds nothing. Says nothing (nullopt) where IDNA may apply.
std::optional<bool> CheckPlainAsciiName(std::string_view text) {
  for (std::size_t start = 0;;) {
    const std::size_t end = std::min(text.find('.', start), text.size());
    const std::span<const char> label(text.data() + start, end - start);
    if (!std::all_of(label.begin(), label.end(), text::IsAscii) || HasReservedHyphens(label)) return std::nullopt;
    if (!IsLdhLabel(label)) return false;
    if (end == text.size()) return text.size() <= kMaxNameLength;
    start = end + 1;
  }
}

// Walks the labels of `text` (separated as `allow_unicode` says) and applies
// the per-label rules, the length limits and the name-wide Bidi rule.
bool IsDomainName(std::string_view text, bool allow_unicode) {
  if (text.empty()) return false;
  if (const std::optional<bool> plain = CheckPlainAsciiName(text)) return *plain;
  std::size_t total_length = 0;  // of the ASCII form, separators included
  bool any_rtl = false;
  bool all_satisfy_bidi = true;
  Label label;
  Label unicode_form;
  std::size_t pos = 0;
  while (true) {
    char32_t cp = 0;
    const bool at_end = pos == text.size();
    if (!at_end) {
      if (!internal::DecodeUtf8(text, pos, cp)) return false;
      if (cp >= 0x80 && !allow_unicode) return false;
    }
    const bool separator = !at_end && (allow_unicode ? IsIdnLabelSeparator(cp) : cp == U'.');
    if (!at_end && !separator) {
      label.Append(cp);
      continue;
    }
    std::size_t ascii_length = 0;
    if (!CheckLabel(label, unicode_form, ascii_length)) return false;
    total_length += ascii_length + (at_end ? 0 : 1);
    if (total_length > kMaxNameLength) return false;
    const internal::BidiVerdict bidi = internal::CheckBidiRule(unicode_form.View());
    any_rtl = any_rtl || bidi.is_rtl;
    all_satisfy_bidi = all_satisfy_bidi && bidi.satisfies_rule;
    if (at_end) break;
    label = Label{};
  }
  // RFC 5893 section 2: the Bidi rule binds every label of a Bidi domain name.
  return !any_rtl || all_satisfy_bidi;
}

}  // namespace

bool IsHostname(std::string_view text) { return IsDomainName(text, /*allow_unicode=*/false); }

bool IsIdnHostname(std::string_view text) { return IsDomainName(text, /*allow_unicode=*/true); }

}  // namespace yaosu::formats

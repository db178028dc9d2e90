// Internal to formats/: the IDNA2008 label rules (RFC 5891 section 5.4, with
// the contextual rules of RFC 5892 Appendix A and the Bidi rule of RFC 5893)
// that hostname.cpp applies to U-labels and to decoded A-labels.
#pragma once

#include <span>

namespace yaosu::formats::internal {

// RFC 5891 4.2.3.1-4.2.3.3 and 4.2.2: hyphen placement, no leading combining
// mark, and every code point PVALID or a CONTEXTJ/CONTEXTO one whose rule
// holds. Of NFC (5.3) only canonical ordering is checked: a base letter and a
// combining mark that would compose (e + U+0301) are accepted.
bool IsValidULabel(std::span<const char32_t> label);

// RFC 5893 section 2, per label. `is_rtl` tells whether the label holds an R,
// AL or AN character (which makes the whole name a "Bidi domain name"); the
// rule has to hold for every label of a Bidi domain name, and only then.
struct BidiVerdict {
  bool is_rtl = false;
  bool satisfies_rule = false;
};
BidiVerdict CheckBidiRule(std::span<const char32_t> label);

}  // namespace yaosu::formats::internal

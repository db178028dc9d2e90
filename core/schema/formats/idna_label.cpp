// IDNA2008 validity of one label: RFC 5891 section 4.2.3, the contextual rules
// of RFC 5892 Appendix A, and the Bidi rule of RFC 5893 section 2.
#include <array>
#include <cstddef>
#include <span>

#include "core/schema/formats/internal/idna.h"
#include "core/schema/formats/internal/idna_tables.h"

namespace yaosu::formats::internal {
namespace {

constexpr char32_t kMiddleDot = 0x00B7;
constexpr char32_t kGreekKeraia = 0x0375;
constexpr char32_t kHebrewGeresh = 0x05F3;
constexpr char32_t kHebrewGershayim = 0x05F4;
constexpr char32_t kKatakanaMiddleDot = 0x30FB;
constexpr char32_t kZeroWidthNonJoiner = 0x200C;
constexpr char32_t kZeroWidthJoiner = 0x200D;

constexpr bool IsArabicIndicDigit(char32_t cp) { return cp >= 0x0660 && cp <= 0x0669; }
constexpr bool IsExtendedArabicIndicDigit(char32_t cp) { return cp >= 0x06F0 && cp <= 0x06F9; }

// BidiClassOf: a code point's Bidi class, the ASCII ones read once from the
// tables into an array (most labels are ASCII, and the tables are a binary search).
BidiClass BidiClassOf(char32_t cp) {
  constexpr char32_t kAsciiEnd = 0x80;
  static const std::array<BidiClass, kAsciiEnd> kAscii = [] {
    std::array<BidiClass, kAsciiEnd> classes{};
    for (char32_t c = 0; c < kAsciiEnd; ++c) classes[c] = LookUpCodePoint(c).bidi;
    return classes;
  }();
  return cp < kAsciiEnd ? kAscii[cp] : LookUpCodePoint(cp).bidi;
}

bool Contains(std::span<const char32_t> label, bool (*predicate)(char32_t)) {
  for (char32_t cp : label) {
    if (predicate(cp)) return true;
  }
  return false;
}

// RFC 5892 A.1 (ZERO WIDTH NON-JOINER): after a virama, or inside
// (Joining_Type:{L,D})(Joining_Type:T)* ZWNJ (Joining_Type:T)*(Joining_Type:{R,D}).
bool ZeroWidthNonJoinerAllowed(std::span<const char32_t> label, std::size_t at) {
  if (at > 0 && LookUpCodePoint(label[at - 1]).IsVirama()) return true;
  std::size_t before = at;
  JoiningType left = JoiningType::kOther;
  while (before > 0) {
    left = LookUpCodePoint(label[--before]).joining;
    if (left != JoiningType::kT) break;
  }
  if (left != JoiningType::kL && left != JoiningType::kD) return false;
  JoiningType right = JoiningType::kOther;
  for (std::size_t after = at + 1; after < label.size(); ++after) {
    right = LookUpCodePoint(label[after]).joining;
    if (right != JoiningType::kT) break;
  }
  return right == JoiningType::kR || right == JoiningType::kD;
}

// RFC 5892 A.1 and A.2: the rules for CONTEXTJ code points.
bool ContextJAllowed(std::span<const char32_t> label, std::size_t at) {
  if (label[at] == kZeroWidthNonJoiner) return ZeroWidthNonJoinerAllowed(label, at);
  if (label[at] == kZeroWidthJoiner) return at > 0 && LookUpCodePoint(label[at - 1]).IsVirama();
  return false;
}

// RFC 5892 A.3-A.9: the rules for CONTEXTO code points.
bool ContextOAllowed(std::span<const char32_t> label, std::size_t at) {
  const char32_t cp = label[at];
  const bool has_before = at > 0;
  const bool has_after = at + 1 < label.size();
  if (cp == kMiddleDot) {  // A.3: only between two 'l' (Catalan l·l)
    return has_before && has_after && label[at - 1] == U'l' && label[at + 1] == U'l';
  }
  if (cp == kGreekKeraia) {  // A.4: followed by a Greek character
    return has_after && LookUpCodePoint(label[at + 1]).script == Script::kGreek;
  }
  if (cp == kHebrewGeresh || cp == kHebrewGershayim) {  // A.5, A.6: preceded by Hebrew
    return has_before && LookUpCodePoint(label[at - 1]).script == Script::kHebrew;
  }
  if (cp == kKatakanaMiddleDot) {  // A.7: the label has Hiragana, Katakana or Han
    for (char32_t other : label) {
      const Script script = LookUpCodePoint(other).script;
      if (script == Script::kHiragana || script == Script::kKatakana || script == Script::kHan) return true;
    }
    return false;
  }
  if (IsArabicIndicDigit(cp)) return !Contains(label, IsExtendedArabicIndicDigit);  // A.8
  if (IsExtendedArabicIndicDigit(cp)) return !Contains(label, IsArabicIndicDigit);  // A.9
  return false;
}

}  // namespace

bool IsValidULabel(std::span<const char32_t> label) {
  if (label.empty()) return false;
  // 4.2.3.1: no "--" in positions 3 and 4, no leading or trailing hyphen.
  if (label.size() >= 4 && label[2] == U'-' && label[3] == U'-') return false;
  if (label.front() == U'-' || label.back() == U'-') return false;
  // 4.2.3.2: a label must not begin with a combining mark.
  if (LookUpCodePoint(label.front()).is_mark) return false;
  unsigned char previous_class = 0;
  for (std::size_t at = 0; at < label.size(); ++at) {
    const CodePointInfo info = LookUpCodePoint(label[at]);
    // 5.3 wants NFC. Composition is not checked (so "cafe\u0301" passes), but
    // combining marks out of canonical order are never NFC.
    if (info.combining_class != 0 && previous_class > info.combining_class) return false;
    previous_class = info.combining_class;
    // 4.2.2 / 4.2.3.3: code point classes and their contextual rules.
    switch (info.property) {
      case IdnaProperty::kPvalid: break;
      case IdnaProperty::kContextJ:
        if (!ContextJAllowed(label, at)) return false;
        break;
      case IdnaProperty::kContextO:
        if (!ContextOAllowed(label, at)) return false;
        break;
      case IdnaProperty::kDisallowed: return false;
    }
  }
  return true;
}

BidiVerdict CheckBidiRule(std::span<const char32_t> label) {
  BidiVerdict verdict;
  bool has_en = false;
  bool has_an = false;
  bool all_allowed_rtl = true;         // condition 2
  bool all_allowed_ltr = true;         // condition 5
  BidiClass last = BidiClass::kOther;  // last class that is not NSM (conditions 3, 6)
  for (char32_t cp : label) {
    const BidiClass bidi = BidiClassOf(cp);
    switch (bidi) {
      case BidiClass::kR:
      case BidiClass::kAL:
        verdict.is_rtl = true;
        all_allowed_ltr = false;
        break;
      case BidiClass::kAN:
        verdict.is_rtl = true;
        has_an = true;
        all_allowed_ltr = false;
        break;
      case BidiClass::kL: all_allowed_rtl = false; break;
      case BidiClass::kEN: has_en = true; break;
      case BidiClass::kES:
      case BidiClass::kCS:
      case BidiClass::kET:
      case BidiClass::kON:
      case BidiClass::kBN:
      case BidiClass::kNSM: break;
      case BidiClass::kOther: all_allowed_rtl = all_allowed_ltr = false; break;
    }
    if (bidi != BidiClass::kNSM) last = bidi;
  }
  if (label.empty()) return verdict;
  // Condition 1: the first character is L (an LTR label) or R / AL (an RTL label).
  const BidiClass first = BidiClassOf(label.front());
  if (first == BidiClass::kR || first == BidiClass::kAL) {
    verdict.satisfies_rule =
        all_allowed_rtl &&
        (last == BidiClass::kR || last == BidiClass::kAL || last == BidiClass::kEN || last == BidiClass::kAN) &&
        !(has_en && has_an);  // conditions 2, 3, 4
  } else if (first == BidiClass::kL) {
    verdict.satisfies_rule = all_allowed_ltr && (last == BidiClass::kL || last == BidiClass::kEN);  // 5, 6
  }
  return verdict;
}

}  // namespace yaosu::formats::internal

#include "core/regex/internal/escape_parser.h"

#include <optional>
#include <string>

#include "core/regex/internal/builtin_sets.h"
#include "core/regex/internal/unicode_properties.h"

namespace yaosu::regex::internal {
namespace {

int HexValue(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'a' && c <= U'f') return static_cast<int>(c - U'a' + 10);
  if (c >= U'A' && c <= U'F') return static_cast<int>(c - U'A' + 10);
  return -1;
}

// ReadHex: exactly `count` hex digits, or nothing consumed.
std::optional<char32_t> ReadHex(PatternReader& reader, int count) {
  char32_t value = 0;
  for (int i = 0; i < count; ++i) {
    const int digit = HexValue(reader.Peek(static_cast<std::size_t>(i)));
    if (digit < 0) return std::nullopt;
    value = value * 16 + static_cast<char32_t>(digit);
  }
  for (int i = 0; i < count; ++i) reader.Next();
  return value;
}

bool IsLeadSurrogate(char32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool IsTrailSurrogate(char32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

// ParseUnicodeEscape: after "\u".
bool ParseUnicodeEscape(PatternReader& reader, char32_t* code_point) {
  if (reader.Eat(U'{')) {
    char32_t value = 0;
    bool any = false;
    while (HexValue(reader.Peek()) >= 0) {
      value = value * 16 + static_cast<char32_t>(HexValue(reader.Next()));
      if (value > kMaxCodePoint) return reader.Fail("\\u{...} escape beyond U+10FFFF");
      any = true;
    }
    if (!any || !reader.Eat(U'}')) return reader.Fail("invalid \\u{...} escape");
    *code_point = value;
    return true;
  }
  const std::optional<char32_t> unit = ReadHex(reader, 4);
  if (!unit) return reader.Fail("invalid \\u escape");
  *code_point = *unit;
  // With the u flag, an escaped surrogate pair denotes one code point.
  if (IsLeadSurrogate(*unit) && reader.Peek() == U'\\' && reader.Peek(1) == U'u') {
    const std::size_t start = reader.position();
    reader.Next();
    reader.Next();
    const std::optional<char32_t> trail = ReadHex(reader, 4);
    if (trail && IsTrailSurrogate(*trail)) {
      *code_point = 0x10000 + ((*unit - 0xD800) << 10) + (*trail - 0xDC00);
      return true;
    }
    // Not a pair: leave the second escape to be parsed on its own.
    while (reader.position() > start) reader.Unread();
  }
  return true;
}

bool IsPropertyCharacter(char32_t c) { return IsAsciiLetter(c) || IsDecimalDigit(c) || c == U'_'; }

// ParsePropertyEscape: after "\p" or "\P".
bool ParsePropertyEscape(PatternReader& reader, bool negated, CodePointSet* set) {
  if (!reader.Eat(U'{')) return reader.Fail("\\p must be followed by {");
  std::string name;
  std::optional<std::string> value;
  std::string* target = &name;
  while (true) {
    const char32_t c = reader.Peek();
    if (IsPropertyCharacter(c)) {
      target->push_back(static_cast<char>(c));
      reader.Next();
    } else if (c == U'=' && !value) {
      reader.Next();
      value.emplace();
      target = &*value;
    } else {
      break;
    }
  }
  if (!reader.Eat(U'}') || name.empty() || (value && value->empty())) {
    return reader.Fail("invalid \\p{...} escape");
  }
  CodePointSet property;
  const PropertyLookup found = LookupProperty(name, value, reader.build_sets() ? &property : nullptr);
  if (found == PropertyLookup::kUnknown) return reader.Fail("unknown Unicode property");
  if (found == PropertyLookup::kUnsupported) reader.uses_unsupported_property = true;
  if (reader.build_sets()) {
    if (negated) property.Invert();
    set->AddSet(property);
  }
  return true;
}

}  // namespace

bool ParseCharacterEscape(PatternReader& reader, char32_t* code_point) {
  const char32_t c = reader.Next();
  switch (c) {
    case U'f': *code_point = 0x0C; return true;
    case U'n': *code_point = 0x0A; return true;
    case U'r': *code_point = 0x0D; return true;
    case U't': *code_point = 0x09; return true;
    case U'v': *code_point = 0x0B; return true;
    case U'c':
      if (!IsAsciiLetter(reader.Peek())) return reader.Fail("invalid \\c escape");
      *code_point = reader.Next() % 32;
      return true;
    case U'0':
      if (IsDecimalDigit(reader.Peek())) return reader.Fail("invalid octal escape");
      *code_point = 0;
      return true;
    case U'x': {
      const std::optional<char32_t> value = ReadHex(reader, 2);
      if (!value) return reader.Fail("invalid \\x escape");
      *code_point = *value;
      return true;
    }
    case U'u': return ParseUnicodeEscape(reader, code_point);
    default:
      if (IsSyntaxCharacter(c) || c == U'/') {
        *code_point = c;
        return true;
      }
      if (c == kEndOfPattern) return reader.Fail("\\ at end of pattern");
      return reader.Fail("invalid escape");
  }
}

bool IsClassEscapeStart(char32_t c) { return std::u32string_view(U"dDsSwWpP").find(c) != std::u32string_view::npos; }

bool ParseClassEscape(PatternReader& reader, CodePointSet* set) {
  const char32_t c = reader.Next();
  if (c == U'p' || c == U'P') return ParsePropertyEscape(reader, c == U'P', set);
  if (!reader.build_sets()) return true;
  CodePointSet escape;
  switch (c) {
    case U'd':
    case U'D': escape = DigitSet(); break;
    case U's':
    case U'S': escape = SpaceSet(); break;
    default: escape = WordSet(); break;  // w, W
  }
  if (c == U'D' || c == U'S' || c == U'W') escape.Invert();
  set->AddSet(escape);
  return true;
}

bool ParseGroupName(PatternReader& reader, std::u32string* name) {
  if (!reader.Eat(U'<')) return reader.Fail("expected a group name");
  name->clear();
  while (!reader.Eat(U'>')) {
    char32_t c = reader.Next();
    if (c == U'\\') {
      if (!reader.Eat(U'u')) return reader.Fail("invalid escape in group name");
      if (!ParseUnicodeEscape(reader, &c)) return false;
    }
    const bool first = name->empty();
    const bool valid =
        c == U'$' || c == U'_' || (first ? IsIdStart(c) : (IsIdContinue(c) || c == 0x200C || c == 0x200D));
    if (c == kEndOfPattern || !valid) return reader.Fail("invalid group name");
    name->push_back(c);
  }
  if (name->empty()) return reader.Fail("empty group name");
  return true;
}

}  // namespace yaosu::regex::internal

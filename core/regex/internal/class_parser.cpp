#include "core/regex/internal/class_parser.h"

#include "core/regex/internal/escape_parser.h"

namespace yaosu::regex::internal {
namespace {

// ClassAtom: one code point, or a set escape such as \d (which cannot be a
// range endpoint with the u flag).
struct ClassAtom {
  bool is_set = false;
  char32_t code_point = 0;
};

bool ParseClassAtom(PatternReader& reader, CodePointSet* set, ClassAtom* atom) {
  if (reader.AtEnd()) return reader.Fail("unterminated character class");
  if (!reader.Eat(U'\\')) {
    atom->code_point = reader.Next();
    return true;
  }
  const char32_t c = reader.Peek();
  if (IsClassEscapeStart(c)) {
    atom->is_set = true;
    return ParseClassEscape(reader, set);
  }
  if (c == U'b' || c == U'-') {  // \b is backspace inside a class; \- is allowed with u
    reader.Next();
    atom->code_point = c == U'b' ? 0x08 : U'-';
    return true;
  }
  return ParseCharacterEscape(reader, &atom->code_point);
}

}  // namespace

bool ParseCharacterClass(PatternReader& reader, CodePointSet* set) {
  reader.Next();  // [
  const bool negated = reader.Eat(U'^');
  CodePointSet result;
  while (!reader.Eat(U']')) {
    ClassAtom first;
    if (!ParseClassAtom(reader, &result, &first)) return false;
    // "a-z" is a range unless the "-" is the last thing before "]".
    if (reader.Peek() != U'-' || reader.Peek(1) == U']' || reader.Peek(1) == kEndOfPattern) {
      if (!first.is_set) result.Add(first.code_point);
      continue;
    }
    reader.Next();  // -
    ClassAtom last;
    if (!ParseClassAtom(reader, &result, &last)) return false;
    if (first.is_set || last.is_set) return reader.Fail("character class escape in a range");
    if (first.code_point > last.code_point) {
      return reader.Fail("range out of order in character class");
    }
    result.AddRange(first.code_point, last.code_point);
  }
  if (reader.build_sets()) {
    result.Normalize();
    if (negated) result.Invert();
    *set = std::move(result);
  }
  return true;
}

}  // namespace yaosu::regex::internal

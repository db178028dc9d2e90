// File: PatternReader — the cursor and first-error record shared by the
// pieces of the pattern parser (parser.cpp, escape_parser.cpp, class_parser.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace yaosu::regex::internal {

// kEndOfPattern: what Peek returns past the end; not a code point.
inline constexpr char32_t kEndOfPattern = 0xFFFFFFFF;

class PatternReader {
 public:
  // build_sets: false for a syntax check only (IsEcmaScriptRegex), which then
  // never materializes \p{...} tables however long the pattern is.
  PatternReader(std::u32string_view text, bool build_sets) : text_(text), build_sets_(build_sets) {}

  bool AtEnd() const { return position_ >= text_.size(); }
  char32_t Peek(std::size_t ahead = 0) const {
    return position_ + ahead < text_.size() ? text_[position_ + ahead] : kEndOfPattern;
  }
  char32_t Next() { return AtEnd() ? kEndOfPattern : text_[position_++]; }
  void Unread() {
    if (position_ > 0) --position_;
  }
  bool Eat(char32_t c) {
    if (Peek() != c) return false;
    ++position_;
    return true;
  }
  std::size_t position() const { return position_; }
  bool build_sets() const { return build_sets_; }

  // Fail: records the first error (with the code point offset) and returns false.
  bool Fail(std::string_view message) {
    if (error_.empty()) {
      error_ = std::string(message) + " at position " + std::to_string(position_);
    }
    return false;
  }
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }

  // Set when a \p{...} names a property ECMAScript knows but we have no data for.
  bool uses_unsupported_property = false;

 private:
  std::u32string_view text_;
  std::size_t position_ = 0;
  bool build_sets_;
  std::string error_;
};

inline bool IsDecimalDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

inline bool IsAsciiLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// IsSyntaxCharacter: ^ $ \ . * + ? ( ) [ ] { } |, which need a backslash to be literal.
inline bool IsSyntaxCharacter(char32_t c) {
  return std::u32string_view(U"^$\\.*+?()[]{}|").find(c) != std::u32string_view::npos;
}

}  // namespace yaosu::regex::internal

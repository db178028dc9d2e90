#include "core/json/internal/limit_scan.h"

#include "core/json/internal/grammar.h"

#include <vector>

namespace yaosu::internal {
namespace {

// StartsScalar: a character a number, true, false or null begins with. Other
// stray characters are left to the parser's syntax error, not counted.
bool StartsScalar(char c) { return c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n'; }

bool InScalar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' || c == '+' || c == '.' || c == 'E';
}

class LimitScan {
 public:
  LimitScan(std::string_view text, const ParseLimits& limits) : text_(text), limits_(limits) { open_.reserve(64); }

  std::optional<LimitBreach> Run() {
    for (std::size_t i = 0; i < text_.size() && !breach_; ++i) {
      const char c = text_[i];
      if (IsJsonSpace(c) || c == ':') continue;
      if (c == '"') {
        i = String(i);
      } else if (c == '[' || c == '{') {
        Value(i);
        if (open_.size() >= limits_.max_depth) Breach("json.too_deep", limits_.max_depth, i);
        open_.push_back(Level{.array = c == '[', .items = 0});
        key_next_ = c == '{';
      } else if (c == ']' || c == '}') {
        if (!open_.empty()) open_.pop_back();
        key_next_ = false;
      } else if (c == ',') {
        key_next_ = !open_.empty() && !open_.back().array;
      } else if (StartsScalar(c)) {
        Value(i);
        while (i + 1 < text_.size() && InScalar(text_[i + 1])) ++i;
      }
    }
    return breach_;
  }

 private:
  struct Level {
    bool array;
    std::size_t items;
  };

  // String: skips the string opening at `quote` (its length counted as written,
  // escapes included); returns the offset of its closing quote, or the end.
  std::size_t String(std::size_t quote) {
    const bool key = key_next_ && !open_.empty() && !open_.back().array;
    if (key) key_next_ = false;
    else Value(quote);
    std::size_t i = quote + 1;
    while (i < text_.size() && text_[i] != '"') i += text_[i] == '\\' ? 2 : 1;
    const std::size_t length = (i < text_.size() ? i : text_.size()) - quote - 1;
    if (length > limits_.max_string_bytes) Breach("json.string_too_long", limits_.max_string_bytes, quote);
    return i;
  }

  // Value: one more value, at `byte`: counted in the document and in its array.
  void Value(std::size_t byte) {
    if (++values_ > limits_.max_values) Breach("json.too_many_values", limits_.max_values, byte);
    if (!open_.empty() && open_.back().array && ++open_.back().items > limits_.max_array_items) {
      Breach("json.array_too_long", limits_.max_array_items, byte);
    }
  }

  void Breach(const char* code, std::size_t limit, std::size_t byte) {
    if (!breach_) breach_ = LimitBreach{.code = code, .limit = limit, .byte = byte};
  }

  std::string_view text_;
  const ParseLimits& limits_;
  std::vector<Level> open_;  // the arrays and objects open here, outermost first
  bool key_next_ = false;    // the next string in the innermost object is a key
  std::size_t values_ = 0;
  std::optional<LimitBreach> breach_;
};

}  // namespace

std::optional<LimitBreach> FindLimitBreach(std::string_view text, const ParseLimits& limits) {
  return LimitScan(text, limits).Run();
}

}  // namespace yaosu::internal

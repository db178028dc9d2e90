#include "core/json/internal/well_formed_reader.h"

#include "core/json/internal/grammar.h"
#include "core/json/internal/short_decimal.h"
#include "core/text/ascii.h"
#include "core/text/utf8.h"

#include <clocale>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace yaosu::internal {
namespace {

using nlohmann::json;

class Reader {
 public:
  Reader(std::string_view text, const ParseLimits& limits) : text_(text), limits_(limits) {}

  std::optional<json> Run() {
    SkipSpace();
    json root;
    if (!ReadValue(root)) return std::nullopt;
    while (!open_.empty()) {
      if (!ReadNextInContainer()) return std::nullopt;
    }
    SkipSpace();
    if (at_ != text_.size()) return std::nullopt;
    return root;
  }

 private:
  // Open: an array or object read as far as its last item or member.
  struct Open {
    json* value;
    bool array;
    std::size_t items = 0;
  };

  // ReadNextInContainer: the innermost open container's next item or member,
  // or its closing bracket.
  bool ReadNextInContainer() {
    Open& open = open_.back();
    SkipSpace();
    if (at_ == text_.size()) return false;
    const char closing = open.array ? ']' : '}';
    if (text_[at_] == closing) {
      ++at_;
      open_.pop_back();
      return true;
    }
    if (open.items > 0) {
      if (text_[at_] != ',') return false;
      ++at_;
      SkipSpace();
    }
    ++open.items;
    json* slot = nullptr;
    if (open.array) {
      if (open.items > limits_.max_array_items) return false;
      auto& items = open.value->get_ref<json::array_t&>();
      slot = &items.emplace_back();
    } else {
      std::string key;
      if (!ReadString(key)) return false;
      SkipSpace();
      if (at_ == text_.size() || text_[at_] != ':') return false;
      ++at_;
      SkipSpace();
      auto [member, inserted] = open.value->get_ref<json::object_t&>().try_emplace(std::move(key));
      if (!inserted) return false;
      slot = &member->second;
    }
    // May open a container: `open` is not used after this.
    return ReadValue(*slot);
  }

  // ReadValue: a scalar into `slot`, or an empty container there, left open.
  bool ReadValue(json& slot) {
    if (at_ == text_.size()) return false;
    if (++values_ > limits_.max_values) return false;
    switch (text_[at_]) {
      case '{': return OpenContainer(slot, json::value_t::object, false);
      case '[': return OpenContainer(slot, json::value_t::array, true);
      case '"': {
        std::string text;
        if (!ReadString(text)) return false;
        slot = std::move(text);
        return true;
      }
      case 't': return ReadLiteral("true", slot, json(true));
      case 'f': return ReadLiteral("false", slot, json(false));
      case 'n': return ReadLiteral("null", slot, json(nullptr));
      default: return ReadNumber(slot);
    }
  }

  bool OpenContainer(json& slot, json::value_t type, bool array) {
    if (open_.size() >= limits_.max_depth) return false;
    slot = json(type);
    open_.push_back(Open{.value = &slot, .array = array});
    ++at_;
    return true;
  }

  bool ReadLiteral(std::string_view word, json& slot, json value) {
    if (text_.substr(at_, word.size()) != word) return false;
    at_ += word.size();
    slot = std::move(value);
    return true;
  }

  // ReadString: the string whose opening quote is at `at_`, unescaped.
  bool ReadString(std::string& out) {
    if (at_ == text_.size() || text_[at_] != '"') return false;
    const std::size_t quote = at_;
    std::size_t run = ++at_;  // the start of the bytes not yet copied
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text_[i]); };
    while (true) {
      // Most bytes: printable ASCII other than the quote and the backslash.
      while (at_ < text_.size() && byte(at_) >= 0x20 && byte(at_) < 0x80 && byte(at_) != '"' && byte(at_) != '\\') {
        ++at_;
      }
      if (at_ == text_.size()) return false;
      const unsigned char c = byte(at_);
      if (c == '"') break;
      if (c == '\\') {
        out.append(text_.substr(run, at_ - run));
        if (!ReadEscape(out)) return false;
        run = at_;
      } else if (c < 0x20) {
        return false;
      } else {
        char32_t ignored = 0;  // checked, not kept: the bytes are copied as they are
        if (!text::DecodeUtf8(text_, at_, ignored)) return false;
      }
    }
    // Its length as written, escapes included, as the limit scan counts it.
    if (at_ - quote - 1 > limits_.max_string_bytes) return false;
    out.append(text_.substr(run, at_ - run));
    ++at_;
    return true;
  }

  // ReadEscape: the escape whose backslash is at `at_`, appended to `out`.
  bool ReadEscape(std::string& out) {
    if (++at_ == text_.size()) return false;
    const char c = text_[at_++];
    switch (c) {
      case '"': out += '"'; return true;
      case '\\': out += '\\'; return true;
      case '/': out += '/'; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default: return false;
    }
    char32_t cp = 0;
    if (!ReadHex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate alone
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      char32_t low = 0;
      if (text_.substr(at_, 2) != "\\u") return false;
      at_ += 2;
      if (!ReadHex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    text::AppendUtf8(out, cp);
    return true;
  }

  bool ReadHex4(char32_t& value) {
    if (at_ + 4 > text_.size()) return false;
    for (int i = 0; i < 4; ++i) {
      const int digit = text::HexDigitValue(text_[at_++]);
      if (digit < 0) return false;
      value = value * 16 + static_cast<char32_t>(digit);
    }
    return true;
  }

  // ReadNumber: JSON's number grammar; an integer that fits 64 bits as
  // nlohmann types it (unsigned unless negative), anything else as a double.
  bool ReadNumber(json& slot) {
    const std::size_t start = at_;
    const bool negative = text_[at_] == '-';
    if (negative) ++at_;
    if (at_ == text_.size() || !IsJsonDigit(text_[at_])) return false;
    std::uint64_t magnitude = 0;
    bool fits = true;
    if (text_[at_] == '0') {
      ++at_;
    } else {
      while (at_ < text_.size() && IsJsonDigit(text_[at_])) {
        fits = fits && !__builtin_mul_overflow(magnitude, 10u, &magnitude) &&
               !__builtin_add_overflow(magnitude, static_cast<unsigned>(text_[at_] - '0'), &magnitude);
        ++at_;
      }
    }
    bool integral = true;
    if (at_ < text_.size() && text_[at_] == '.') {
      integral = false;
      if (!SkipDigits(++at_)) return false;
    }
    if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
      integral = false;
      ++at_;
      if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-')) ++at_;
      if (!SkipDigits(at_)) return false;
    }
    if (integral) {
      // Past 64 bits nlohmann reads the integer as a double; left to it.
      if (!fits) return false;
      if (!negative) {
        slot = magnitude;
        return true;
      }
      constexpr std::uint64_t kMostNegative = std::uint64_t{1} << 63;
      if (magnitude > kMostNegative) return false;
      slot = magnitude == kMostNegative ? INT64_MIN : -static_cast<std::int64_t>(magnitude);
      return true;
    }
    return ReadDouble(text_.substr(start, at_ - start), slot);
  }

  bool SkipDigits(std::size_t& at) {
    const std::size_t first = at;
    while (at < text_.size() && IsJsonDigit(text_[at])) ++at;
    return at > first;
  }

  // ReadDouble: a short decimal computed exactly, else strtod, as nlohmann
  // reads a number; strtod reads the locale's decimal point, so another locale
  // than "C" is left to nlohmann.
  static bool ReadDouble(std::string_view token, json& slot) {
    if (const std::optional<double> value = ShortDecimal(token)) {
      slot = *value;
      return true;
    }
    constexpr std::size_t kLongestToken = 127;
    if (token.size() > kLongestToken) return false;
    const char* point = std::localeconv()->decimal_point;
    if (point == nullptr || point[0] != '.' || point[1] != '\0') return false;
    char buffer[kLongestToken + 1];
    token.copy(buffer, token.size());
    buffer[token.size()] = '\0';
    const double value = std::strtod(buffer, nullptr);
    if (!std::isfinite(value)) return false;  // nlohmann's "number overflow"
    slot = value;
    return true;
  }

  void SkipSpace() {
    while (at_ < text_.size() && IsJsonSpace(text_[at_])) ++at_;
  }

  std::string_view text_;
  const ParseLimits& limits_;
  std::size_t at_ = 0;
  std::size_t values_ = 0;
  std::vector<Open> open_;  // outermost first
};

}  // namespace

std::optional<nlohmann::json> ReadWellFormed(std::string_view text, const ParseLimits& limits) {
  return Reader(text, limits).Run();
}

}  // namespace yaosu::internal

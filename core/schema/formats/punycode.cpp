// Punycode (RFC 3492), with the parameter values of section 5 and the overflow
// handling of section 6.4.
#include "core/schema/formats/internal/punycode.h"

#include <cstdint>
#include <limits>

namespace yaosu::formats::internal {
namespace {

constexpr std::uint32_t kBase = 36;
constexpr std::uint32_t kTMin = 1;
constexpr std::uint32_t kTMax = 26;
constexpr std::uint32_t kSkew = 38;
constexpr std::uint32_t kDamp = 700;
constexpr std::uint32_t kInitialBias = 72;
constexpr std::uint32_t kInitialN = 0x80;
constexpr std::uint32_t kMaxInt = std::numeric_limits<std::uint32_t>::max();
constexpr char kDelimiter = '-';

// Section 5: a-z are 0-25 and 0-9 are 26-35 (we only see lowercase input).
constexpr std::uint32_t kNotADigit = kBase;
constexpr std::uint32_t DigitValue(char c) {
  if (c >= 'a' && c <= 'z') return static_cast<std::uint32_t>(c - 'a');
  if (c >= '0' && c <= '9') return static_cast<std::uint32_t>(c - '0') + 26;
  return kNotADigit;
}
constexpr char DigitChar(std::uint32_t digit) {
  return digit < 26 ? static_cast<char>('a' + digit) : static_cast<char>('0' + (digit - 26));
}

// Section 6.1: bias adaptation.
std::uint32_t Adapt(std::uint32_t delta, std::uint32_t num_points, bool first_time) {
  delta = first_time ? delta / kDamp : delta / 2;
  delta += delta / num_points;
  std::uint32_t k = 0;
  while (delta > ((kBase - kTMin) * kTMax) / 2) {
    delta /= kBase - kTMin;
    k += kBase;
  }
  return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

// The threshold t for digit position k (section 6.2 / 6.3).
constexpr std::uint32_t Threshold(std::uint32_t k, std::uint32_t bias) {
  if (k <= bias) return kTMin;
  if (k >= bias + kTMax) return kTMax;
  return k - bias;
}

}  // namespace

// Section 6.2: decoding procedure.
bool DecodePunycode(std::string_view input, std::span<char32_t> out, std::size_t& count) {
  count = 0;
  // Basic code points are everything before the last delimiter; if there is
  // none (or it is the first character) there are no basic code points.
  const std::size_t delimiter = input.rfind(kDelimiter);
  std::size_t in = 0;
  if (delimiter != std::string_view::npos && delimiter > 0) {
    for (std::size_t j = 0; j < delimiter; ++j) {
      if (static_cast<unsigned char>(input[j]) >= 0x80 || count == out.size()) return false;
      out[count++] = static_cast<unsigned char>(input[j]);
    }
    in = delimiter + 1;
  }

  std::uint32_t n = kInitialN;
  std::uint32_t i = 0;
  std::uint32_t bias = kInitialBias;
  while (in < input.size()) {
    const std::uint32_t old_i = i;
    std::uint32_t w = 1;
    for (std::uint32_t k = kBase;; k += kBase) {
      if (in >= input.size()) return false;
      const std::uint32_t digit = DigitValue(input[in++]);
      if (digit == kNotADigit || digit > (kMaxInt - i) / w) return false;
      i += digit * w;
      const std::uint32_t t = Threshold(k, bias);
      if (digit < t) break;
      if (w > kMaxInt / (kBase - t)) return false;
      w *= kBase - t;
    }
    const auto points = static_cast<std::uint32_t>(count + 1);
    bias = Adapt(i - old_i, points, old_i == 0);
    if (i / points > kMaxInt - n) return false;
    n += i / points;
    i %= points;
    // The decoded value must be a non-basic Unicode scalar value.
    if (n < 0x80 || n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return false;
    if (count == out.size()) return false;
    for (std::size_t j = count; j > i; --j) out[j] = out[j - 1];
    out[i] = static_cast<char32_t>(n);
    ++count;
    ++i;
  }
  return true;
}

// Section 6.3: encoding procedure.
bool EncodePunycode(std::span<const char32_t> input, std::span<char> out, std::size_t& length) {
  length = 0;
  const auto emit = [&](char c) {
    if (length == out.size()) return false;
    out[length++] = c;
    return true;
  };
  std::uint32_t basic = 0;
  for (char32_t c : input) {
    if (c < 0x80) {
      if (!emit(static_cast<char>(c))) return false;
      ++basic;
    }
  }
  if (basic > 0 && !emit(kDelimiter)) return false;

  std::uint32_t n = kInitialN;
  std::uint32_t delta = 0;
  std::uint32_t bias = kInitialBias;
  std::uint32_t handled = basic;
  while (handled < input.size()) {
    std::uint32_t m = kMaxInt;  // the smallest code point not yet handled
    for (char32_t c : input) {
      if (c >= n && c < m) m = c;
    }
    if ((m - n) > (kMaxInt - delta) / (handled + 1)) return false;
    delta += (m - n) * (handled + 1);
    n = m;
    for (char32_t c : input) {
      if (c < n && ++delta == 0) return false;
      if (c != n) continue;
      std::uint32_t q = delta;
      for (std::uint32_t k = kBase;; k += kBase) {
        const std::uint32_t t = Threshold(k, bias);
        if (q < t) break;
        if (!emit(DigitChar(t + (q - t) % (kBase - t)))) return false;
        q = (q - t) / (kBase - t);
      }
      if (!emit(DigitChar(q))) return false;
      bias = Adapt(delta, handled + 1, handled == basic);
      delta = 0;
      ++handled;
    }
    ++delta;
    ++n;
  }
  return true;
}

}  // namespace yaosu::formats::internal

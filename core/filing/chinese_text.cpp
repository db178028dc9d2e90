#include "core/filing/chinese_text.h"

#include <array>

namespace yaosu::filing {
namespace {

constexpr std::array<const char*, 10> kDigits = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
constexpr std::array<const char*, 4> kPlaces = {"仟", "佰", "拾", ""};

// BelowTenThousand: 1..9999 with 仟佰拾, one 零 for each run of zeros inside.
std::string BelowTenThousand(int64_t n) {
  std::string out;
  bool started = false, zero_pending = false;
  for (int place = 0, divisor = 1000; place < 4; ++place, divisor /= 10) {
    const int64_t digit = n / divisor % 10;
    if (digit == 0) {
      zero_pending = started;
      continue;
    }
    if (zero_pending) out += kDigits[0];
    out += kDigits[digit];
    out += kPlaces[place];
    started = true;
    zero_pending = false;
  }
  return out;
}

// Whole: n > 0 in 亿/万 groups; a lower group that does not fill its places starts with 零.
std::string Whole(int64_t n) {
  if (n >= 100000000) {
    std::string out = Whole(n / 100000000) + "亿";
    const int64_t rest = n % 100000000;
    if (rest > 0) out += (rest < 10000000 ? std::string(kDigits[0]) : "") + Whole(rest);
    return out;
  }
  if (n >= 10000) {
    std::string out = BelowTenThousand(n / 10000) + "万";
    const int64_t rest = n % 10000;
    if (rest > 0) out += (rest < 1000 ? std::string(kDigits[0]) : "") + BelowTenThousand(rest);
    return out;
  }
  return BelowTenThousand(n);
}

}  // namespace

std::string CapitalYuan(int64_t fen) {
  if (fen == 0) return "零元整";
  std::string out = fen < 0 ? "负" : "";
  const uint64_t magnitude = fen < 0 ? -static_cast<uint64_t>(fen) : static_cast<uint64_t>(fen);
  const int64_t yuan = static_cast<int64_t>(magnitude / 100);
  const int jiao = static_cast<int>(magnitude / 10 % 10);
  const int cents = static_cast<int>(magnitude % 10);
  if (yuan > 0) out += Whole(yuan) + "元";
  if (jiao == 0 && cents == 0) return out + "整";
  if (jiao > 0) {
    out += std::string(kDigits[jiao]) + "角";
  } else if (yuan > 0) {
    out += kDigits[0];
  }
  return cents > 0 ? out + kDigits[cents] + "分" : out + "整";
}

std::optional<std::string> ChineseDate(std::string_view text) {
  const auto digits = [&](std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(0, 4) || !digits(5, 2) || !digits(8, 2)) {
    return std::nullopt;
  }
  const int month = (text[5] - '0') * 10 + (text[6] - '0');
  const int day = (text[8] - '0') * 10 + (text[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  return std::string(text.substr(0, 4)) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日";
}

}  // namespace yaosu::filing

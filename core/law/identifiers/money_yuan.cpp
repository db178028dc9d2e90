#include "core/law/identifiers/money_yuan.h"

#include <string>

#include "core/text/ascii.h"

namespace yaosu::law {
namespace {

using text::IsAsciiDigit;

constexpr std::size_t kMaxIntegerDigits = 15;

}  // namespace

MoneyYuan CheckMoneyYuan(std::string_view text) {
  MoneyYuan money;
  if (!text.empty() && text[0] == '-') {
    money.verdict = IdVerdict::Invalid("negative");
    return money;
  }
  const std::size_t dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const std::string_view decimals = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
  for (char c : whole) {
    if (!IsAsciiDigit(c)) {
      money.verdict = IdVerdict::Invalid("charset");
      return money;
    }
  }
  for (char c : decimals) {
    if (!IsAsciiDigit(c)) {
      money.verdict = IdVerdict::Invalid(c == '.' ? "decimals" : "charset");
      return money;
    }
  }
  if (whole.empty()) {
    money.verdict = IdVerdict::Invalid("charset");  // "" or ".5": write "0.5"
    return money;
  }
  if (whole.size() > 1 && whole[0] == '0') {
    money.verdict = IdVerdict::Invalid("leading_zero");
    return money;
  }
  if ((dot != std::string_view::npos && decimals.empty()) || decimals.size() > 2) {
    money.verdict = IdVerdict::Invalid("decimals", {{"actual", decimals.size()}});
    return money;
  }
  if (whole.size() > kMaxIntegerDigits) {
    money.verdict = IdVerdict::Invalid("too_large");
    return money;
  }
  std::int64_t fen = 0;
  for (char c : whole) fen = fen * 10 + (c - '0');
  fen *= 100;
  if (!decimals.empty()) fen += (decimals[0] - '0') * 10;
  if (decimals.size() == 2) fen += decimals[1] - '0';
  money.fen = fen;
  return money;
}

MoneyYuan CheckMoneyYuanNumber(const nlohmann::json& number) {
  if (!number.is_number()) {
    MoneyYuan money;
    money.verdict = IdVerdict::Invalid("charset");
    return money;
  }
  // The shortest text that reads back as the same double is what the
  // document wrote (0.3, not 0.299999...), so the text rules apply exactly.
  const std::string text = number.dump();
  if (const std::size_t e = text.find_first_of("eE"); e != std::string::npos) {
    MoneyYuan money;
    if (text[0] == '-') money.verdict = IdVerdict::Invalid("negative");
    else money.verdict = IdVerdict::Invalid(text.find('-', e) != std::string::npos ? "decimals" : "too_large");
    return money;
  }
  return CheckMoneyYuan(text);
}

}  // namespace yaosu::law

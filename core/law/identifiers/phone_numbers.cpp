#include "core/law/identifiers/phone_numbers.h"

#include "core/text/ascii.h"

namespace yaosu::law {
namespace {

using text::IsAsciiDigit;

std::size_t CountDigits(std::string_view text, std::size_t from) {
  std::size_t end = from;
  while (end < text.size() && IsAsciiDigit(text[end])) ++end;
  return end - from;
}

bool ConsumePrefix(std::string_view& text, std::string_view prefix) {
  if (text.substr(0, prefix.size()) != prefix) return false;
  text.remove_prefix(prefix.size());
  return true;
}

}  // namespace

PhoneNumber CheckMobile(std::string_view text) {
  PhoneNumber phone;
  if (ConsumePrefix(text, "+86")) {
    if (!ConsumePrefix(text, " ")) ConsumePrefix(text, "-");
  }
  if (CountDigits(text, 0) != text.size()) {
    phone.verdict = IdVerdict::Invalid("charset");
    return phone;
  }
  if (text.size() != 11) {
    phone.verdict = IdVerdict::Invalid("length", {{"actual", text.size()}});
    return phone;
  }
  phone.number = std::string(text);
  if (text[0] != '1') {
    phone.verdict = IdVerdict::Invalid("prefix", {{"prefix", std::string(text.substr(0, 3))}});
  } else if (text[1] < '3') {
    phone.verdict = IdVerdict::Warning("unusual_prefix", {{"prefix", std::string(text.substr(0, 3))}});
  }
  return phone;
}

PhoneNumber CheckLandline(std::string_view text) {
  PhoneNumber phone;
  if (text.empty() || text[0] != '0') {
    phone.verdict = IdVerdict::Invalid("area_code");
    return phone;
  }
  // 010 and 02x are the only three-digit area codes; every other one has four.
  const bool short_code = text.substr(0, 3) == "010" || (text.size() > 2 && text[1] == '2');
  const std::size_t code_length = short_code ? 3 : 4;
  if (CountDigits(text, 0) < code_length || (!short_code && text[1] < '3')) {
    phone.verdict = IdVerdict::Invalid("area_code");
    return phone;
  }
  phone.area_code = std::string(text.substr(0, code_length));
  text.remove_prefix(code_length);
  ConsumePrefix(text, "-");
  const std::size_t local_length = CountDigits(text, 0);
  phone.number = std::string(text.substr(0, local_length));
  text.remove_prefix(local_length);
  if (!text.empty()) {
    if (!ConsumePrefix(text, "-") && !ConsumePrefix(text, "转") && !ConsumePrefix(text, "#")) {
      phone.verdict = IdVerdict::Invalid("charset");
      return phone;
    }
    const std::size_t extension_length = CountDigits(text, 0);
    if (extension_length == 0 || extension_length > 6 || extension_length != text.size()) {
      phone.verdict = IdVerdict::Invalid("extension");
      return phone;
    }
    phone.extension = std::string(text);
  }
  const bool length_ok = short_code ? local_length == 8 : (local_length == 7 || local_length == 8);
  if (!length_ok || phone.number[0] == '0') {
    phone.verdict = IdVerdict::Invalid("local_number", {{"actual", local_length}});
  } else if (phone.number[0] == '1') {
    phone.verdict = IdVerdict::Warning("unusual_local_number");
  }
  return phone;
}

}  // namespace yaosu::law

#include "core/batch/cell_value.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>

#include "core/calendar/gregorian.h"
#include "core/text/ascii.h"

namespace yaosu::batch {
namespace {

using text::IsAsciiDigit;

using nlohmann::json;

bool Allows(const Leaf& leaf, std::string_view type) {
  return std::find(leaf.types.begin(), leaf.types.end(), type) != leaf.types.end();
}

// AsciiDigits: full-width digits, point and comma (０-９ ． ，) as ASCII.
std::string AsciiDigits(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xEF) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
      if (b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99) {  // U+FF10..FF19
        out += static_cast<char>('0' + (b2 - 0x90));
        i += 2;
        continue;
      }
      if (b1 == 0xBC && (b2 == 0x8E || b2 == 0x8C)) {  // U+FF0E full stop, U+FF0C comma
        out += b2 == 0x8E ? '.' : ',';
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

// Number: the JSON number a cell writes (separators, a currency sign and 元 left out), or nullopt.
std::optional<json> Number(std::string_view cell) {
  std::string text = AsciiDigits(cell);
  for (std::string_view affix : {"¥", "￥", "RMB", "CNY"}) {
    if (std::string_view(text).starts_with(affix)) text.erase(0, affix.size());
  }
  for (std::string_view affix : {"元", "人民币"}) {
    if (std::string_view(text).ends_with(affix)) text.erase(text.size() - affix.size());
  }
  std::string digits;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // A thousands separator sits after a digit and before three digits that end the number or meet ',' or '.'.
    const bool separator = text[i] == ',' && i > 0 && IsAsciiDigit(text[i - 1]) && i + 3 < text.size() &&
                           IsAsciiDigit(text[i + 1]) && IsAsciiDigit(text[i + 2]) && IsAsciiDigit(text[i + 3]) &&
                           (i + 4 == text.size() || text[i + 4] == ',' || text[i + 4] == '.');
    if (!separator) digits += text[i];
  }
  // JSON's number syntax, so nothing else (hex, "1e", "+1", ".5") gets through.
  std::size_t i = 0;
  if (i < digits.size() && digits[i] == '-') ++i;
  const std::size_t integer_start = i;
  while (i < digits.size() && IsAsciiDigit(digits[i])) ++i;
  if (i == integer_start || (digits[integer_start] == '0' && i - integer_start > 1)) return std::nullopt;
  if (i < digits.size() && digits[i] == '.') {
    const std::size_t fraction_start = ++i;
    while (i < digits.size() && IsAsciiDigit(digits[i])) ++i;
    if (i == fraction_start) return std::nullopt;
  }
  if (i != digits.size() || digits.size() > 40) return std::nullopt;
  json value = json::parse(digits, nullptr, false);
  if (value.is_discarded()) return std::nullopt;
  return value;
}

std::optional<bool> YesNo(std::string_view text, const Leaf& leaf) {
  for (const Choice& choice : leaf.choices) {
    if (choice.value.is_boolean() && (text == choice.zh || text == choice.en)) return choice.value.get<bool>();
  }
  for (std::string_view yes : {"是", "有", "true", "TRUE", "True", "yes", "Yes", "YES", "Y", "y"}) {
    if (text == yes) return true;
  }
  for (std::string_view no : {"否", "无", "false", "FALSE", "False", "no", "No", "NO", "N", "n"}) {
    if (text == no) return false;
  }
  return std::nullopt;
}

std::string ChoiceWords(const Leaf& leaf) {
  std::string words;
  for (const Choice& choice : leaf.choices) words += (words.empty() ? "" : "、") + choice.zh;
  return words;
}

Diagnostic CellProblem(std::string code, std::string_view text, json params = json::object()) {
  params["text"] = std::string(text);
  return Diagnostic{.code = std::move(code), .params = std::move(params)};
}

}  // namespace

std::string_view TrimCell(std::string_view text) {
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  while (true) {
    const std::size_t before = text.size();
    while (!text.empty() && std::string_view(" \t\r\n").find(text.front()) != std::string_view::npos)
      text.remove_prefix(1);
    while (!text.empty() && std::string_view(" \t\r\n").find(text.back()) != std::string_view::npos)
      text.remove_suffix(1);
    if (text.starts_with(kIdeographicSpace)) text.remove_prefix(3);
    if (text.ends_with(kIdeographicSpace)) text.remove_suffix(3);
    if (text.size() == before) return text;
  }
}

std::optional<std::string> CivilDate(std::string_view cell) {
  std::string text = AsciiDigits(TrimCell(cell));
  for (std::string_view midnight : {" 00:00:00", " 0:00:00", " 00:00", " 0:00"}) {
    if (std::string_view(text).ends_with(midnight)) text.erase(text.size() - midnight.size());
  }
  std::string_view rest = text;
  // Digits: 1..`most` ASCII digits at the front of `rest`, taken off it.
  const auto digits = [&rest](std::size_t least, std::size_t most) -> std::optional<int> {
    std::size_t n = 0;
    while (n < rest.size() && n < most && IsAsciiDigit(rest[n])) ++n;
    if (n < least) return std::nullopt;
    const int value = std::stoi(std::string(rest.substr(0, n)));
    rest.remove_prefix(n);
    return value;
  };
  const auto separator = [&rest](std::string_view sep) {
    if (!rest.starts_with(sep)) return false;
    rest.remove_prefix(sep.size());
    return true;
  };
  const std::optional<int> year = digits(4, 4);
  if (!year) return std::nullopt;
  std::string_view second, third;
  for (std::string_view sep : {"-", "/", "."}) {
    if (rest.starts_with(sep)) second = third = sep;
  }
  if (second.empty()) {
    second = "年";
    third = "月";
  }
  if (!separator(second)) return std::nullopt;
  const std::optional<int> month = digits(1, 2);
  if (!month || !separator(third)) return std::nullopt;
  const std::optional<int> day = digits(1, 2);
  if (!day || (third == "月" && !separator("日")) || !rest.empty()) return std::nullopt;
  if (*month < 1 || *month > 12 || *day < 1 || *day > calendar::DaysInMonth(*year, *month)) return std::nullopt;
  char out[32];  // room for any int, though the year has four digits
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", *year, *month, *day);
  return std::string(out);
}

Result<std::optional<json>> CellValue(std::string_view cell, const Leaf& leaf) {
  const std::string_view text = TrimCell(cell);
  if (text.empty()) return std::optional<json>();
  const bool boolean = Allows(leaf, "boolean");
  const bool number = Allows(leaf, "number") || Allows(leaf, "integer");
  const bool string = Allows(leaf, "string");
  const bool has_value_choices = std::any_of(leaf.choices.begin(), leaf.choices.end(),
                                             [](const Choice& choice) { return !choice.value.is_boolean(); });
  if (has_value_choices) {
    for (const Choice& choice : leaf.choices) {
      const std::string code = choice.value.is_string() ? choice.value.get<std::string>() : choice.value.dump();
      if (text == code || text == choice.zh || text == choice.en) return std::optional<json>(choice.value);
    }
    return CellProblem("batch.cell.not_a_choice", text, {{"choices", ChoiceWords(leaf)}});
  }
  if (boolean) {
    if (const std::optional<bool> answer = YesNo(text, leaf)) return std::optional<json>(*answer);
    if (!number && !string) return CellProblem("batch.cell.not_yes_no", text);
  }
  if (number) {
    if (std::optional<json> value = Number(text)) {
      if (Allows(leaf, "integer") && !Allows(leaf, "number") && value->is_number_float()) {
        const double d = value->get<double>();
        if (d == static_cast<double>(static_cast<long long>(d))) return std::optional<json>(static_cast<long long>(d));
      }
      return std::optional<json>(std::move(*value));
    }
    if (!string) return CellProblem("batch.cell.not_a_number", text);
  }
  if (leaf.format == "date") {
    if (std::optional<std::string> date = CivilDate(text)) return std::optional<json>(*date);
    return CellProblem("batch.cell.not_a_date", text);
  }
  return std::optional<json>(std::string(text));
}

}  // namespace yaosu::batch

#include "core/render/clean_text.h"

#include <cstdint>

#include "core/text/utf8.h"

namespace yaosu::render {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// SequenceLength: the length of the well-formed UTF-8 sequence at `text[at]`
// and its code point, or 0 when the bytes there are not one.
std::size_t SequenceLength(std::string_view text, std::size_t at, char32_t& code_point) {
  std::size_t next = at;
  return text::DecodeUtf8(text, next, code_point) ? next - at : 0;
}

bool Printable(char32_t c) {
  if (c == '\t' || c == '\n') return true;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
  return c != 0xFFFE && c != 0xFFFF;
}

}  // namespace

std::string CleanText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    char32_t c = 0;
    const std::size_t length = SequenceLength(text, at, c);
    if (length == 0) {
      out += kReplacement;
      ++at;
      continue;
    }
    if (c == '\r') {
      out += '\n';
      if (at + 1 < text.size() && text[at + 1] == '\n') ++at;
    } else if (Printable(c)) {
      out.append(text.substr(at, length));
    }
    at += length;
  }
  return out;
}

std::string CleanSingleLine(std::string_view text) {
  std::string out = CleanText(text);
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return out;
}

std::string EscapeMarkup(std::string_view text, std::string_view apostrophe) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += apostrophe; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace yaosu::render

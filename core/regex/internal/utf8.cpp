#include "core/regex/internal/utf8.h"

namespace yaosu::regex::internal {

std::optional<std::u32string> DecodeUtf8(std::string_view text) {
  std::u32string out;
  if (!DecodeUtf8Into(text, out)) return std::nullopt;
  return out;
}

bool DecodeUtf8Into(std::string_view text, std::u32string& out) {
  out.clear();
  out.reserve(text.size());
  std::size_t pos = 0;
  char32_t c = 0;
  while (text::DecodeUtf8(text, pos, c)) out.push_back(c);
  return pos == text.size();
}

}  // namespace yaosu::regex::internal

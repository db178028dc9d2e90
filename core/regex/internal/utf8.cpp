#include "core/regex/internal/utf8.h"

namespace yaosu::regex::internal {

std::optional<std::u32string> DecodeUtf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  char32_t c = 0;
  while (text::DecodeUtf8(text, pos, c)) out.push_back(c);
  if (pos != text.size()) return std::nullopt;
  return out;
}

}  // namespace yaosu::regex::internal

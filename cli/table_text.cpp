#include "cli/table_text.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>

#include "core/text/utf8.h"

namespace yaosu::cli {
namespace {

std::size_t LineAt(std::string_view bytes, std::size_t offset) {
  return 1 + std::count(bytes.begin(), bytes.begin() + std::min(offset, bytes.size()), '\n');
}

bool FromGb18030(const std::string& bytes, std::string& text, std::string& error) {
  iconv_t converter = iconv_open("UTF-8", "GB18030");
  if (converter == reinterpret_cast<iconv_t>(-1)) {
    error = "this system cannot decode GB18030 (iconv)";
    return false;
  }
  text.assign(bytes.size() * 2 + 16, '\0');  // a GB18030 character takes at most two bytes more in UTF-8
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* out = text.data();
  std::size_t out_left = text.size();
  const std::size_t result = iconv(converter, &in, &in_left, &out, &out_left);
  const int failure = errno;
  iconv_close(converter);
  if (result == static_cast<std::size_t>(-1)) {
    const std::size_t offset = bytes.size() - in_left;
    error = "line " + std::to_string(LineAt(bytes, offset)) + " (byte " + std::to_string(offset + 1) + ") is neither " +
            "UTF-8 nor GB18030" + (failure == EINVAL ? " (the file ends in the middle of a character)" : "") +
            ": save the table as \"CSV UTF-8\" and try again";
    return false;
  }
  text.resize(text.size() - out_left);
  return true;
}

}  // namespace

bool TableText(const std::string& bytes, std::string_view encoding, std::string& text, std::string& error) {
  const bool utf8_bom = bytes.starts_with("\xEF\xBB\xBF");
  if (encoding == "utf-8" || (encoding == "auto" && (utf8_bom || text::IsValidUtf8(bytes)))) {
    text = bytes;
    return true;  // ReadCsv says where UTF-8 that is not goes wrong
  }
  if (encoding == "gb18030" || encoding == "auto") return FromGb18030(bytes, text, error);
  error = "unknown encoding '" + std::string(encoding) + "' (auto, utf-8 or gb18030)";
  return false;
}

}  // namespace yaosu::cli

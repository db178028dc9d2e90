// File: a batch table's bytes as UTF-8 text. A spreadsheet program on a
// Chinese desktop saves CSV as UTF-8 (with or without a BOM) or as GBK; GB18030
// reads both GBK and every Unicode character. Decoded with glibc's iconv.
//
//   std::string text, error;
//   if (!TableText(bytes, "auto", text, error)) fail(error);   // "auto", "utf-8" or "gb18030"
#pragma once

#include <string>
#include <string_view>

namespace yaosu::cli {

// TableText: `bytes` decoded. "auto": UTF-8 when the bytes are UTF-8 (a BOM
// says so too), GB18030 otherwise. False, with a sentence naming the line, for
// bytes the encoding cannot decode or an unknown encoding name.
bool TableText(const std::string& bytes, std::string_view encoding, std::string& text, std::string& error);

}  // namespace yaosu::cli

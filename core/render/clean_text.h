// File: CleanText — the text a renderer may print. Both renderers and
// DocumentText() pass every string through here, so what is compared is what
// is printed, and no input can make the DOCX's XML invalid (XML 1.0 forbids
// most control characters; Word then refuses the whole file).
//
//   CleanText("a\r\nb\x01")   == "a\nb"
//   CleanText("\xff")         == "\uFFFD"
//   CleanSingleLine("a\nb")   == "a b"
#pragma once

#include <string>
#include <string_view>

namespace yaosu::render {

// CleanText: valid UTF-8 with '\t' and '\n' kept; "\r\n" and a lone '\r'
// become '\n'; other C0 controls, DEL, C1 controls, U+FFFE and U+FFFF are
// dropped; each byte that is not part of valid UTF-8 becomes U+FFFD.
std::string CleanText(std::string_view text);

// CleanSingleLine: CleanText with '\n' and '\t' turned into spaces — for
// titles, which have no line breaks (HTML <title>, DOCX dc:title).
std::string CleanSingleLine(std::string_view text);

// EscapeMarkup: & < > " ' as character references, `apostrophe` for ' (HTML
// writes &#39;, XML &apos;). The text is not cleaned here; see CleanText.
std::string EscapeMarkup(std::string_view text, std::string_view apostrophe);

}  // namespace yaosu::render

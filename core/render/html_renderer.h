// File: RenderHtml — a Document as one standalone HTML5 page, laid out for
// printing to A4 (the browser's "Save as PDF"). No scripts, no external
// resources; every piece of text is escaped, so hostile input stays text.
// The same Document always gives the same bytes.
//
//   std::string page = RenderHtml(document);
//   WriteFile("complaint.html", page);
#pragma once

#include <string>
#include <string_view>

#include "core/render/document.h"

namespace yaosu::render {

std::string RenderHtml(const Document& document);

// EscapeHtml: & < > " ' as character references (safe in text and in quoted
// attributes). The text is not cleaned here; see CleanText.
std::string EscapeHtml(std::string_view text);

}  // namespace yaosu::render

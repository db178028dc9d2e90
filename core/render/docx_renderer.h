// File: RenderDocx — a Document as the bytes of an Office Open XML .docx
// (ECMA-376 transitional) that Word, WPS and LibreOffice open: A4, 2 cm
// margins, 宋体 / Times New Roman 12pt, bordered tables that do not split a row
// across pages, the footer on every page. Package metadata is fixed (no
// current time) and the ZIP is stored with a fixed date, so the same Document
// always gives the same bytes.
//
//   std::string bytes = RenderDocx(document);
//   WriteFile("complaint.docx", bytes);
//
// Parts: [Content_Types].xml, _rels/.rels, docProps/core.xml, docProps/app.xml,
// word/document.xml, word/styles.xml, word/settings.xml,
// word/_rels/document.xml.rels and, when there is a footer, word/footer1.xml.
#pragma once

#include <string>
#include <string_view>

#include "core/render/document.h"

namespace yaosu::render {

std::string RenderDocx(const Document& document);

// Page geometry in twips (1/1440 inch): A4 with 2 cm margins.
inline constexpr int kDocxPageWidth = 11906;
inline constexpr int kDocxPageHeight = 16838;
inline constexpr int kDocxMargin = 1134;
inline constexpr int kDocxTextWidth = kDocxPageWidth - 2 * kDocxMargin;  // 9638

// EscapeXml: & < > " ' as entities — safe in text and in quoted attributes.
// The text is not cleaned here; see CleanText.
std::string EscapeXml(std::string_view text);

}  // namespace yaosu::render

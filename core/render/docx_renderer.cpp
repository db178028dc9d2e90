#include "core/render/docx_renderer.h"

#include "core/render/clean_text.h"
#include "core/render/table_grid.h"
#include "core/render/zip_writer.h"

namespace yaosu::render {
namespace {

constexpr std::string_view kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr std::string_view kWordNamespaces =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
constexpr std::string_view kFooterRelationship = "rId3";

// AppendRunText: the cleaned text of one run as w:t pieces, with '\n' as
// <w:br/> and '\t' as <w:tab/>; xml:space="preserve" keeps the spaces.
void AppendRunText(std::string_view raw, std::string& out) {
  const std::string text = CleanText(raw);
  std::string piece;
  const auto flush = [&] {
    if (piece.empty()) return;
    out += "<w:t xml:space=\"preserve\">" + EscapeXml(piece) + "</w:t>";
    piece.clear();
  };
  for (char c : text) {
    if (c == '\n' || c == '\t') {
      flush();
      out += c == '\n' ? "<w:br/>" : "<w:tab/>";
    } else {
      piece += c;
    }
  }
  flush();
}

void AppendRun(std::string_view text, bool bold, std::string& out) {
  if (text.empty()) return;
  out += "<w:r>";
  if (bold) out += "<w:rPr><w:b/><w:bCs/></w:rPr>";
  AppendRunText(text, out);
  out += "</w:r>";
}

const char* Justification(Paragraph::Align align) {
  switch (align) {
    case Paragraph::Align::kLeft: return "";
    case Paragraph::Align::kCenter: return "<w:jc w:val=\"center\"/>";
    case Paragraph::Align::kRight: return "<w:jc w:val=\"right\"/>";
  }
  return "";
}

// AppendParagraph: one w:p; `force_bold` for header cells.
void AppendParagraph(const Paragraph& paragraph, bool force_bold, std::string& out) {
  out += "<w:p>";
  const char* jc = Justification(paragraph.align);
  if (*jc != '\0') out += std::string("<w:pPr>") + jc + "</w:pPr>";
  for (const Run& run : paragraph.runs) AppendRun(run.text, run.bold || force_bold, out);
  out += "</w:p>";
}

void AppendHeading(const Heading& heading, std::string& out) {
  out += "<w:p><w:pPr><w:pStyle w:val=\"";
  out += heading.level <= 1 ? "Title" : "Heading2";
  out += "\"/></w:pPr>";
  AppendRun(heading.text, false, out);  // bold comes from the style
  out += "</w:p>";
}

void AppendBorder(const char* side, std::string& out) {
  out += "<w:";
  out += side;
  out += " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
}

void AppendDocxTable(const Table& table, std::string& out) {
  const TableGrid grid = LayOutTable(table, kDocxTextWidth);
  out += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) AppendBorder(side, out);
  out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>";
  for (int width : grid.widths) out += "<w:gridCol w:w=\"" + std::to_string(width) + "\"/>";
  out += "</w:tblGrid>";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    out += "<w:tr><w:trPr><w:cantSplit/>";
    if (r < static_cast<std::size_t>(grid.header_rows)) out += "<w:tblHeader/>";
    out += "</w:trPr>";
    std::size_t column = 0;
    for (const Cell& cell : table.rows[r]) {
      const std::size_t span = static_cast<std::size_t>(ColumnSpan(cell));
      int width = 0;
      for (std::size_t c = column; c < column + span && c < grid.widths.size(); ++c) width += grid.widths[c];
      column += span;
      out += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
      if (span > 1) out += "<w:gridSpan w:val=\"" + std::to_string(span) + "\"/>";
      out += "</w:tcPr>";
      // A cell must end with a paragraph, even an empty one.
      if (cell.paragraphs.empty()) out += "<w:p/>";
      for (const Paragraph& paragraph : cell.paragraphs) AppendParagraph(paragraph, cell.header, out);
      out += "</w:tc>";
    }
    out += "</w:tr>";
  }
  out += "</w:tbl>";
}

std::string DocumentXml(const Document& document, bool has_footer) {
  std::string out(kXmlDeclaration);
  out += "<w:document";
  out += kWordNamespaces;
  out += "><w:body>";
  bool after_table = false;
  for (const Block& block : document.blocks) {
    if (const auto* heading = std::get_if<Heading>(&block)) {
      AppendHeading(*heading, out);
      after_table = false;
    } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      AppendParagraph(*paragraph, false, out);
      after_table = false;
    } else if (const auto* table = std::get_if<Table>(&block)) {
      // Word merges two tables that touch into one: keep them apart.
      if (after_table) out += "<w:p/>";
      AppendDocxTable(*table, out);
      after_table = true;
    }
  }
  // Word wants the body to end with a paragraph, not a table.
  if (after_table) out += "<w:p/>";
  out += "<w:sectPr>";
  if (has_footer) out += "<w:footerReference w:type=\"default\" r:id=\"" + std::string(kFooterRelationship) + "\"/>";
  out += "<w:pgSz w:w=\"" + std::to_string(kDocxPageWidth) + "\" w:h=\"" + std::to_string(kDocxPageHeight) + "\"/>";
  const std::string margin = std::to_string(kDocxMargin);
  out += "<w:pgMar w:top=\"" + margin + "\" w:right=\"" + margin + "\" w:bottom=\"" + margin + "\" w:left=\"" + margin +
         "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>";
  out += "</w:sectPr></w:body></w:document>";
  return out;
}

std::string FooterXml(const Document& document) {
  std::string out(kXmlDeclaration);
  out += "<w:ftr";
  out += kWordNamespaces;
  out += "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>";
  AppendRun(document.footer, false, out);
  out += "</w:p></w:ftr>";
  return out;
}

// StylesXml: Normal (宋体 / Times New Roman 12pt), Title (18pt bold, centred),
// Heading2 (14pt bold, kept with the next paragraph), Footer (10.5pt, centred).
// Lines are exactly 1.5 times the font size, as CSS line-height: 1.5 makes
// them in the HTML; "auto" spacing would follow each font's own metrics and
// differ between Word, WPS, LibreOffice and the browser. No extra space is put
// between Chinese and Latin letters or digits (autoSpaceDE/DN), as in the browser.
std::string StylesXml(const Document& document) {
  const std::string language = EscapeXml(CleanSingleLine(document.language));
  std::string out(kXmlDeclaration);
  out += "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">";
  out +=
      "<w:docDefaults><w:rPrDefault><w:rPr>"
      "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\" w:cs=\"Times New Roman\"/>"
      "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"
      "<w:lang w:val=\"" +
      language + "\" w:eastAsia=\"" + language +
      "\"/>"
      "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/><w:spacing "
      "w:after=\"0\" w:line=\"360\" w:lineRule=\"exact\"/>"
      "</w:pPr></w:pPrDefault></w:docDefaults>";
  out +=
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
      "<w:pPr><w:spacing w:after=\"0\" w:line=\"360\" w:lineRule=\"exact\"/></w:pPr>"
      "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\" w:cs=\"Times New "
      "Roman\"/>"
      "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>";
  out +=
      "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
      "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\" "
      "w:line=\"540\" w:lineRule=\"exact\"/>"
      "<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
      "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:style>";
  out +=
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/>"
      "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"120\" "
      "w:line=\"420\" w:lineRule=\"exact\"/>"
      "<w:outlineLvl w:val=\"1\"/></w:pPr>"
      "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>";
  out +=
      "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
      "<w:pPr><w:spacing w:line=\"315\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz "
      "w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr></w:style>";
  out +=
      "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
      "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
      "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
      "</w:tblCellMar></w:tblPr></w:style>";
  out += "</w:styles>";
  return out;
}

std::string SettingsXml() {
  std::string out(kXmlDeclaration);
  out +=
      "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"480\"/>"
      "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
      "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
      " w:val=\"15\"/></w:compat></w:settings>";
  return out;
}

std::string ContentTypesXml(bool has_footer) {
  std::string out(kXmlDeclaration);
  out +=
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
      "<Override PartName=\"/word/settings.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>";
  if (has_footer) {
    out +=
        "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>";
  }
  out +=
      "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
      "vnd.openxmlformats-package.core-properties+xml\"/>"
      "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>";
  return out;
}

std::string PackageRelationshipsXml() {
  std::string out(kXmlDeclaration);
  out +=
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "officeDocument\" Target=\"word/document.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
      "core-properties\" Target=\"docProps/core.xml\"/>"
      "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "extended-properties\" Target=\"docProps/app.xml\"/></Relationships>";
  return out;
}

std::string DocumentRelationshipsXml(bool has_footer) {
  std::string out(kXmlDeclaration);
  out +=
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "styles\" Target=\"styles.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "settings\" Target=\"settings.xml\"/>";
  if (has_footer) {
    out += "<Relationship Id=\"" + std::string(kFooterRelationship) +
           "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\""
           " Target=\"footer1.xml\"/>";
  }
  out += "</Relationships>";
  return out;
}

// CoreXml: title and language only. No dcterms:created/modified: a time would
// make the bytes differ from run to run, and a fixed one would be untrue.
std::string CoreXml(const Document& document) {
  std::string out(kXmlDeclaration);
  out +=
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
      " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
      " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
  out += "<dc:title>" + EscapeXml(CleanSingleLine(document.title)) + "</dc:title>";
  out += "<dc:language>" + EscapeXml(CleanSingleLine(document.language)) + "</dc:language>";
  out += "<dc:creator>Yaosu</dc:creator></cp:coreProperties>";
  return out;
}

std::string AppXml() {
  std::string out(kXmlDeclaration);
  out +=
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
      "<Application>Yaosu</Application></Properties>";
  return out;
}

}  // namespace

std::string EscapeXml(std::string_view text) { return EscapeMarkup(text, "&apos;"); }

std::string RenderDocx(const Document& document) {
  const bool has_footer = !CleanText(document.footer).empty();
  // [Content_Types].xml first, as Word writes it; fixed names, so Add cannot fail.
  ZipWriter zip;
  zip.Add("[Content_Types].xml", ContentTypesXml(has_footer));
  zip.Add("_rels/.rels", PackageRelationshipsXml());
  zip.Add("docProps/core.xml", CoreXml(document));
  zip.Add("docProps/app.xml", AppXml());
  zip.Add("word/_rels/document.xml.rels", DocumentRelationshipsXml(has_footer));
  zip.Add("word/document.xml", DocumentXml(document, has_footer));
  zip.Add("word/styles.xml", StylesXml(document));
  zip.Add("word/settings.xml", SettingsXml());
  if (has_footer) zip.Add("word/footer1.xml", FooterXml(document));
  return zip.Finish();
}

}  // namespace yaosu::render

#include "core/render/html_renderer.h"

#include "core/render/clean_text.h"
#include "core/render/table_grid.h"

namespace yaosu::render {
namespace {

// The grid widths are shared out in hundredths of a percent.
constexpr int kWidthTotal = 10000;

// kContentSecurityPolicy: a page saved to disk and opened from there (or sent on) has no server to
// send a policy: this line is it. Nothing may run, load or be sent; the inline style sheet and the
// columns' style attributes may apply. (tests/filing/published/recorded_html.mjs: the line is outside
// the bytes recorded of earlier filings' pages.)
constexpr const char* kContentSecurityPolicy =
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'\">\n";

// kStyle: the page's only style sheet. Sizes follow the DOCX styles (12pt text,
// lines 1.5 times the font size, 18pt title, 14pt sections) so the two print alike. p and headings
// keep spaces and tabs as typed (white-space: pre-wrap), like xml:space="preserve".
constexpr std::string_view kStyle = R"(@page { size: A4; margin: 2cm 2cm; }
body { margin: 0 auto; max-width: 17cm; color: #000; background: #fff;
  font-family: "Times New Roman", "SimSun", "Songti SC", "Noto Serif CJK SC", serif;
  font-size: 12pt; line-height: 1.5; }
@media print { body { max-width: none; } }
p, h1, h2 { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 24pt; }
h1 { font-size: 18pt; font-weight: bold; text-align: center; margin: 12pt 0; }
h2 { font-size: 14pt; font-weight: bold; margin: 6pt 0; break-after: avoid; page-break-after: avoid; }
.center { text-align: center; }
.right { text-align: right; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid black; padding: 0 0.19cm; vertical-align: top; text-align: left; }
th { font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 12pt; font-size: 10.5pt; text-align: center; }
)";

// AppendText: cleaned, escaped text; '\n' becomes <br> (not a newline, which
// pre-wrap would print a second time).
void AppendText(std::string_view raw, std::string& out) {
  const std::string text = CleanText(raw);
  std::string::size_type start = 0;
  while (true) {
    const std::string::size_type end = text.find('\n', start);
    out += EscapeHtml(std::string_view(text).substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) break;
    out += "<br>";
    start = end + 1;
  }
}

const char* AlignClass(Paragraph::Align align) {
  switch (align) {
    case Paragraph::Align::kLeft: return "";
    case Paragraph::Align::kCenter: return " class=\"center\"";
    case Paragraph::Align::kRight: return " class=\"right\"";
  }
  return "";
}

// AppendParagraph: one <p>; an empty one holds a <br> so that it takes a line,
// as an empty Word paragraph does.
void AppendParagraph(const Paragraph& paragraph, std::string& out) {
  out += "<p";
  out += AlignClass(paragraph.align);
  out += ">";
  if (ParagraphText(paragraph).empty()) {
    out += "<br>";
  } else {
    for (const Run& run : paragraph.runs) {
      if (run.text.empty()) continue;
      if (run.bold) out += "<strong>";
      AppendText(run.text, out);
      if (run.bold) out += "</strong>";
    }
  }
  out += "</p>";
}

std::string Percent(int hundredths) {
  std::string text = std::to_string(hundredths / 100) + ".";
  const int fraction = hundredths % 100;
  if (fraction < 10) text += "0";
  return text + std::to_string(fraction) + "%";
}

void AppendRow(const std::vector<Cell>& row, std::string& out) {
  out += "<tr>";
  for (const Cell& cell : row) {
    const char* tag = cell.header ? "th" : "td";
    out += "<";
    out += tag;
    if (ColumnSpan(cell) > 1) out += " colspan=\"" + std::to_string(ColumnSpan(cell)) + "\"";
    out += ">";
    if (cell.paragraphs.empty()) out += "<p><br></p>";
    for (const Paragraph& paragraph : cell.paragraphs) AppendParagraph(paragraph, out);
    out += "</";
    out += tag;
    out += ">";
  }
  out += "</tr>\n";
}

void AppendHtmlTable(const Table& table, std::string& out) {
  const TableGrid grid = LayOutTable(table, kWidthTotal);
  out += "<table>\n<colgroup>";
  for (int width : grid.widths) out += "<col style=\"width: " + Percent(width) + "\">";
  out += "</colgroup>\n";
  // Header rows in <thead> repeat on each printed page, like w:tblHeader.
  const std::size_t header_rows = static_cast<std::size_t>(grid.header_rows);
  if (header_rows > 0) {
    out += "<thead>\n";
    for (std::size_t i = 0; i < header_rows; ++i) AppendRow(table.rows[i], out);
    out += "</thead>\n";
  }
  if (table.rows.size() > header_rows) {
    out += "<tbody>\n";
    for (std::size_t i = header_rows; i < table.rows.size(); ++i) AppendRow(table.rows[i], out);
    out += "</tbody>\n";
  }
  out += "</table>\n";
}

}  // namespace

std::string EscapeHtml(std::string_view text) { return EscapeMarkup(text, "&#39;"); }

std::string RenderHtml(const Document& document) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"";
  out += EscapeHtml(CleanSingleLine(document.language));
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += kContentSecurityPolicy;
  out += "<title>";
  out += EscapeHtml(CleanSingleLine(document.title));
  out += "</title>\n<style>\n";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n";
  for (const Block& block : document.blocks) {
    if (const auto* heading = std::get_if<Heading>(&block)) {
      const char* tag = heading->level <= 1 ? "h1" : "h2";
      out += "<";
      out += tag;
      out += ">";
      AppendText(heading->text, out);
      out += "</";
      out += tag;
      out += ">\n";
    } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      AppendParagraph(*paragraph, out);
      out += "\n";
    } else if (const auto* table = std::get_if<Table>(&block)) {
      AppendHtmlTable(*table, out);
    }
  }
  if (!CleanText(document.footer).empty()) {
    out += "<footer><p>";
    AppendText(document.footer, out);
    out += "</p></footer>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace yaosu::render

// File: Document — the one model of a filing's printed text. The HTML page
// (printed to an A4 PDF) and the DOCX are both rendered from it, so the two
// always carry the same words; DocumentText() is the reference both renderers
// are tested against.
//
//   Document doc{.title = "民事起诉状"};
//   doc.blocks.push_back(Heading{.text = "民事起诉状", .level = 1});
//   doc.blocks.push_back(Paragraph{.runs = {{.text = "原告：", .bold = true}, {.text = "张三"}}});
//   std::string html = RenderHtml(doc);   // html_renderer.h
//   std::string docx = RenderDocx(doc);   // docx_renderer.h
//
// Text is UTF-8 as the caller wants it printed: ticked boxes are characters
// (☑ / ☐), Chinese capital numerals are made by the caller. Inside a run, '\n'
// breaks the line and '\t' is a tab; other control characters and invalid
// UTF-8 are cleaned away by every renderer alike (clean_text.h).
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace yaosu::render {

struct Run {
  std::string text;
  bool bold = false;
};

struct Paragraph {
  std::vector<Run> runs;
  enum class Align { kLeft, kCenter, kRight } align = Align::kLeft;
};

// Cell: one table cell. A header cell is bold; rows made only of header cells
// at the top of a table repeat on every printed page.
struct Cell {
  std::vector<Paragraph> paragraphs;
  int column_span = 1;  // < 1 counts as 1
  bool header = false;
};

// TextCell: a cell of one run of `text`, bold when asked.
inline Cell TextCell(std::string text, bool bold = false) {
  return Cell{.paragraphs = {Paragraph{.runs = {Run{.text = std::move(text), .bold = bold}}}}};
}

// Table: column_widths_percent gives each grid column's share of the text
// width (normalised if it does not add up to 100); when it is empty, has the
// wrong count or a width <= 0, the columns are equal (table_grid.h).
struct Table {
  std::vector<int> column_widths_percent;
  std::vector<std::vector<Cell>> rows;
};

// Heading: level 1 is the document title (centred), 2 and deeper a section.
struct Heading {
  std::string text;
  int level = 1;
};

using Block = std::variant<Heading, Paragraph, Table>;

// Document: `title` names the file (HTML <title>, DOCX core properties) and is
// not printed — print it with a level-1 Heading. `footer` is printed at the
// end of the HTML page and at the foot of every DOCX page.
struct Document {
  std::string language = "zh-CN";
  std::string title;
  std::vector<Block> blocks;
  std::string footer;
};

// DocumentText: every non-empty text line in reading order — the title, then
// each heading, paragraph (runs joined) and table cell paragraph (row by row),
// then the footer — cleaned as the renderers clean it and split at '\n'.
std::vector<std::string> DocumentText(const Document& document);

// ParagraphText: the runs of a paragraph joined, cleaned (with '\n' kept).
std::string ParagraphText(const Paragraph& paragraph);

}  // namespace yaosu::render

#include "core/render/document.h"

#include "core/render/clean_text.h"

namespace yaosu::render {
namespace {

// AddLines: `text` split at '\n', empty lines left out (a blank spacer
// paragraph prints nothing to compare).
void AddLines(const std::string& text, std::vector<std::string>& lines) {
  std::string::size_type start = 0;
  while (start <= text.size()) {
    std::string::size_type end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace

std::string ParagraphText(const Paragraph& paragraph) {
  std::string text;
  for (const Run& run : paragraph.runs) text += CleanText(run.text);
  return text;
}

std::vector<std::string> DocumentText(const Document& document) {
  std::vector<std::string> lines;
  AddLines(CleanSingleLine(document.title), lines);
  for (const Block& block : document.blocks) {
    if (const auto* heading = std::get_if<Heading>(&block)) {
      AddLines(CleanText(heading->text), lines);
    } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      AddLines(ParagraphText(*paragraph), lines);
    } else if (const auto* table = std::get_if<Table>(&block)) {
      for (const auto& row : table->rows) {
        for (const Cell& cell : row) {
          for (const Paragraph& cell_paragraph : cell.paragraphs) AddLines(ParagraphText(cell_paragraph), lines);
        }
      }
    }
  }
  AddLines(CleanText(document.footer), lines);
  return lines;
}

}  // namespace yaosu::render

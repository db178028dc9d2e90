// DocumentText (the reference both renderers are compared with), CleanText
// (what may be printed at all) and LayOutTable (the shared table grid).
#include <numeric>

#include <gtest/gtest.h>

#include "core/render/clean_text.h"
#include "core/render/document.h"
#include "core/render/table_grid.h"
#include "tests/render/render_test_support.h"

namespace yaosu::render {
namespace {

using Lines = std::vector<std::string>;

TEST(DocumentText, ReadingOrder) {
  Document doc;
  doc.title = "标题\n二行";
  doc.footer = "页脚";
  doc.blocks.push_back(Heading{.text = "民事起诉状"});
  doc.blocks.push_back(Paragraph{.runs = {{.text = "原告：", .bold = true}, {.text = "张三"}}});
  Table table;
  table.rows.push_back({Cell{.paragraphs = {{.runs = {{.text = "甲"}}}, {.runs = {{.text = "乙"}}}}},
                        Cell{.paragraphs = {{.runs = {{.text = "丙"}}}}}});
  table.rows.push_back({Cell{.paragraphs = {{.runs = {{.text = "丁\n戊"}}}}}});
  doc.blocks.push_back(table);
  doc.blocks.push_back(Heading{.text = "诉讼请求", .level = 2});
  EXPECT_EQ(DocumentText(doc),
            (Lines{"标题 二行", "民事起诉状", "原告：张三", "甲", "乙", "丙", "丁", "戊", "诉讼请求", "页脚"}));
}

TEST(DocumentText, LeavesOutEmptyLinesAndCleans) {
  Document doc;
  doc.blocks.push_back(Paragraph{});
  doc.blocks.push_back(Paragraph{.runs = {{.text = "a\r\n\r\nb\x01"}, {.text = ""}}});
  doc.blocks.push_back(Paragraph{.runs = {{.text = "  "}}});
  EXPECT_EQ(DocumentText(doc), (Lines{"a", "b", "  "}));
}

TEST(CleanText, KeepsTextTabsAndLineBreaks) {
  EXPECT_EQ(CleanText("民事起诉状 ☑ ☐ 壹拾万元整\t😀\n"), "民事起诉状 ☑ ☐ 壹拾万元整\t😀\n");
}

TEST(CleanText, DropsWhatXmlForbids) {
  EXPECT_EQ(CleanText(std::string("a\0b", 3)), "ab");
  EXPECT_EQ(CleanText("\x01\x08\x0b\x0c\x1f\x7f"), "");
  EXPECT_EQ(CleanText("\xC2\x80\xC2\x9F"), "");              // C1 controls
  EXPECT_EQ(CleanText("x\xEF\xBF\xBEy\xEF\xBF\xBF"), "xy");  // U+FFFE, U+FFFF
  EXPECT_EQ(CleanText("a\r\nb\rc"), "a\nb\nc");
}

TEST(CleanText, ReplacesInvalidUtf8) {
  const std::string replacement = "\xEF\xBF\xBD";
  EXPECT_EQ(CleanText("\xff"), replacement);
  EXPECT_EQ(CleanText("\xC0\x80"), replacement + replacement);                         // overlong NUL
  EXPECT_EQ(CleanText("\xED\xA0\x80"), replacement + replacement + replacement);       // a surrogate
  EXPECT_EQ(CleanText("\xF4\x90\x80\x80").size(), 4 * replacement.size());             // past U+10FFFF
  EXPECT_EQ(CleanText("中\xE4\xB8"), "中" + replacement + replacement);                // cut short
  EXPECT_EQ(CleanText(CleanText("\xE4\xB8\x01\xff")), CleanText("\xE4\xB8\x01\xff"));  // idempotent
}

TEST(CleanSingleLine, TurnsBreaksIntoSpaces) { EXPECT_EQ(CleanSingleLine("a\nb\tc\r\n"), "a b c "); }

TEST(LayOutTable, FollowsGivenWidthsExactly) {
  Table table;
  table.column_widths_percent = {25, 75};
  table.rows.push_back({Cell{}, Cell{}});
  EXPECT_EQ(LayOutTable(table, 9638).widths, (std::vector<int>{2410, 7228}));
  table.column_widths_percent = {1, 1, 1};
  table.rows = {{Cell{}, Cell{}, Cell{}}};
  const TableGrid grid = LayOutTable(table, 10000);
  EXPECT_EQ(grid.widths, (std::vector<int>{3333, 3334, 3333}));
}

TEST(LayOutTable, EqualColumnsWhenWidthsDoNotFit) {
  Table table;
  table.column_widths_percent = {50, 50};
  table.rows.push_back({Cell{.column_span = 2}, Cell{}});  // three columns
  TableGrid grid = LayOutTable(table, 9000);
  EXPECT_EQ(grid.widths, (std::vector<int>{3000, 3000, 3000}));
  table.column_widths_percent = {50, 0, 50};
  grid = LayOutTable(table, 9000);
  EXPECT_EQ(grid.widths, (std::vector<int>{3000, 3000, 3000}));
  table.column_widths_percent = {};
  table.rows = {{Cell{.column_span = -4}}};  // counts as 1
  EXPECT_EQ(LayOutTable(table, 9000).widths, (std::vector<int>{9000}));
  EXPECT_TRUE(LayOutTable(Table{}, 9000).widths.empty());
}

TEST(LayOutTable, CountsLeadingHeaderRows) {
  Table table;
  table.rows.push_back({Cell{.column_span = 2, .header = true}});
  table.rows.push_back({Cell{.header = true}, Cell{.header = true}});
  table.rows.push_back({Cell{.header = true}, Cell{}});
  table.rows.push_back({Cell{.header = true}, Cell{.header = true}});
  EXPECT_EQ(LayOutTable(table, 100).header_rows, 2);
  table.rows.insert(table.rows.begin(), std::vector<Cell>{});
  EXPECT_EQ(LayOutTable(table, 100).header_rows, 0);
}

TEST(SampleComplaint, HasTheHostileTextInIt) {
  const Lines lines = DocumentText(test_support::SampleComplaint());
  EXPECT_EQ(lines.front(), "民事起诉状（民间借贷纠纷）");
  EXPECT_EQ(lines.back(), "张三诉李四民间借贷纠纷 起诉状");
  EXPECT_NE(std::find(lines.begin(), lines.end(), std::string(test_support::kHostile)), lines.end());
  EXPECT_NE(std::find(lines.begin(), lines.end(), "控制字符已去除\xEF\xBF\xBD" + std::string(test_support::kHostile)),
            lines.end());
}

}  // namespace
}  // namespace yaosu::render

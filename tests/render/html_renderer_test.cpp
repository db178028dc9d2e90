// RenderHtml: a standalone A4 page whose visible text is exactly DocumentText,
// with all text escaped and the same bytes every time.
#include <gtest/gtest.h>

#include "core/render/html_renderer.h"
#include "tests/render/render_test_support.h"

namespace yaosu::render {
namespace {

using test_support::kHostile;
using test_support::SampleComplaint;

std::size_t Count(const std::string& text, std::string_view what) {
  std::size_t count = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

TEST(RenderHtml, IsAStandalonePrintablePage) {
  const std::string html = RenderHtml(SampleComplaint());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n", 0), 0u);
  EXPECT_NE(html.find("<title>民事起诉状（民间借贷纠纷）</title>"), std::string::npos);
  EXPECT_EQ(Count(html, "<style>"), 1u);
  EXPECT_EQ(Count(html, "</style>"), 1u);
  EXPECT_NE(html.find("@page { size: A4; margin: 2cm 2cm; }"), std::string::npos);
  EXPECT_NE(html.find("border-collapse: collapse"), std::string::npos);
  EXPECT_NE(html.find("border: 1px solid black"), std::string::npos);
  EXPECT_NE(html.find("tr { break-inside: avoid"), std::string::npos);
  EXPECT_NE(html.find("\"SimSun\", \"Songti SC\", \"Noto Serif CJK SC\", serif"), std::string::npos);
  EXPECT_NE(html.find("<footer><p>张三诉李四民间借贷纠纷 起诉状</p></footer>\n</body>\n</html>\n"), std::string::npos);
  // Nothing runs and nothing is fetched — and a page saved to disk says so itself, with no server to say it.
  EXPECT_NE(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                      "'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n<title>"),
            std::string::npos);
  for (std::string_view banned : {"<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import"}) {
    EXPECT_EQ(html.find(banned), std::string::npos) << banned;
  }
}

TEST(RenderHtml, ShowsExactlyTheDocumentText) {
  const Document doc = SampleComplaint();
  const std::string html = RenderHtml(doc);
  bool ok = true;
  EXPECT_EQ(test_support::HtmlLines(html, ok), DocumentText(doc));
  EXPECT_TRUE(ok) << "an unknown character reference";
}

TEST(RenderHtml, EscapesHostileTextEverywhere) {
  Document doc;
  doc.language = "zh\"><script>alert(1)</script>";
  doc.title = std::string(kHostile);
  doc.footer = std::string(kHostile);
  doc.blocks.push_back(Heading{.text = std::string(kHostile)});
  doc.blocks.push_back(Heading{.text = std::string(kHostile), .level = 2});
  doc.blocks.push_back(Paragraph{.runs = {{.text = std::string(kHostile), .bold = true}}});
  doc.blocks.push_back(Table{.rows = {{Cell{.paragraphs = {{.runs = {{.text = std::string(kHostile)}}}}}}}});
  const std::string html = RenderHtml(doc);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("\"onload=\""), std::string::npos);
  EXPECT_EQ(html.find("'x'"), std::string::npos);
  EXPECT_EQ(html.find("<!--"), std::string::npos);
  EXPECT_EQ(Count(html, "</style>"), 1u);
  EXPECT_EQ(
      Count(html,
            "&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;onload=&quot; &#39;x&#39; &amp; &amp;amp;"),
      6u);
  EXPECT_NE(html.find("<html lang=\"zh&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">"), std::string::npos);
  bool ok = true;
  EXPECT_EQ(test_support::HtmlLines(html, ok), DocumentText(doc));
  EXPECT_TRUE(ok);
}

TEST(RenderHtml, EscapeHtml) {
  EXPECT_EQ(EscapeHtml("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(EscapeHtml("中文"), "中文");
}

TEST(RenderHtml, Tables) {
  const std::string html = RenderHtml(SampleComplaint());
  EXPECT_NE(html.find("<colgroup><col style=\"width: 25.00%\"><col style=\"width: 75.00%\"></colgroup>"),
            std::string::npos);
  EXPECT_NE(html.find("<col style=\"width: 30.00%\"><col style=\"width: 40.00%\"><col style=\"width: 30.00%\">"),
            std::string::npos);
  // The all-header first row repeats on each page; later header cells are <th> in the body.
  EXPECT_NE(
      html.find(
          "<thead>\n<tr><th colspan=\"2\"><p>当事人信息</p></th></tr>\n</thead>\n<tbody>\n<tr><th><p>原告</p></th>"),
      std::string::npos);
  EXPECT_NE(
      html.find(
          "<td colspan=\"2\"><p>截至2024年1月1日，尚欠本金<strong>100,000.00</strong>元（人民币壹拾万元整）</p></td>"),
      std::string::npos);
  EXPECT_NE(html.find("<tr><td><p><br></p></td>"), std::string::npos);  // an empty cell keeps its line
  EXPECT_NE(html.find("<p>姓名：张三<br>性别：男☑  女☐</p><p>住所地：北京市海淀区\t中关村大街1号</p>"),
            std::string::npos);
}

TEST(RenderHtml, ParagraphsAndHeadings) {
  const std::string html = RenderHtml(SampleComplaint());
  EXPECT_NE(html.find("<h1>民事起诉状</h1>\n<p class=\"center\">（民间借贷纠纷）</p>\n"), std::string::npos);
  EXPECT_NE(html.find("<h2>当事人信息</h2>\n"), std::string::npos);
  EXPECT_NE(html.find("<p><strong>说明：</strong>为了方便"), std::string::npos);
  EXPECT_NE(html.find("<p><br></p>\n<p class=\"right\">具状人（签字、盖章）：<br>日期：2024年1月2日</p>"),
            std::string::npos);
  EXPECT_NE(html.find("<p>控制字符已去除\xEF\xBF\xBD&lt;/style&gt;"), std::string::npos);
}

TEST(RenderHtml, NoFooterElementWithoutFooter) {
  Document doc;
  doc.blocks.push_back(Paragraph{.runs = {{.text = "正文"}}});
  const std::string html = RenderHtml(doc);
  EXPECT_EQ(html.find("<footer>"), std::string::npos);
  EXPECT_NE(html.find("<title></title>"), std::string::npos);
}

TEST(RenderHtml, IsDeterministic) { EXPECT_EQ(RenderHtml(SampleComplaint()), RenderHtml(SampleComplaint())); }

}  // namespace
}  // namespace yaosu::render

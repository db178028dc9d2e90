// RenderDocx: the package has every part Word needs, each part is well-formed
// XML, the text a reader sees is exactly DocumentText, hostile text stays
// text, and the bytes are the same every time.
#include <numeric>
#include <regex>

#include <gtest/gtest.h>

#include "core/render/clean_text.h"
#include "core/render/docx_renderer.h"
#include "tests/render/render_test_support.h"
#include "tests/render/zip_reader.h"

namespace yaosu::render {
namespace {

using test_support::kHostile;
using test_support::SampleComplaint;
using test_support::ZipEntry;

std::vector<ZipEntry> Unzip(const std::string& bytes) {
  std::vector<ZipEntry> entries;
  std::string error;
  EXPECT_TRUE(test_support::ReadZip(bytes, entries, error)) << error;
  return entries;
}

std::string Part(const std::vector<ZipEntry>& entries, std::string_view name) {
  const ZipEntry* entry = test_support::FindEntry(entries, name);
  EXPECT_NE(entry, nullptr) << name;
  return entry == nullptr ? std::string() : entry->data;
}

std::vector<std::string> Names(const std::vector<ZipEntry>& entries) {
  std::vector<std::string> names;
  for (const ZipEntry& entry : entries) names.push_back(entry.name);
  return names;
}

// ReaderLines: the DOCX as a reader meets it — the title from the core
// properties, the body, then the footer.
std::vector<std::string> ReaderLines(const std::vector<ZipEntry>& entries, bool& ok) {
  std::vector<std::string> lines;
  const std::string core = Part(entries, "docProps/core.xml");
  const std::size_t start = core.find("<dc:title>");
  const std::size_t end = core.find("</dc:title>");
  if (start != std::string::npos && end != std::string::npos) {
    const std::string title = test_support::DecodeEntities(core.substr(start + 10, end - start - 10), ok);
    if (!title.empty()) lines.push_back(title);
  }
  for (std::string& line : test_support::WordLines(Part(entries, "word/document.xml"), ok)) lines.push_back(line);
  if (test_support::FindEntry(entries, "word/footer1.xml") != nullptr) {
    for (std::string& line : test_support::WordLines(Part(entries, "word/footer1.xml"), ok)) lines.push_back(line);
  }
  return lines;
}

TEST(RenderDocx, HasEveryPart) {
  const std::vector<ZipEntry> entries = Unzip(RenderDocx(SampleComplaint()));
  EXPECT_EQ(Names(entries),
            (std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                      "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml",
                                      "word/settings.xml", "word/footer1.xml"}));
  const std::string types = Part(entries, "[Content_Types].xml");
  for (const ZipEntry& entry : entries) {
    if (entry.name.ends_with(".rels") || entry.name == "[Content_Types].xml") continue;
    EXPECT_NE(types.find("<Override PartName=\"/" + entry.name + "\""), std::string::npos) << entry.name;
  }
  const std::string package_rels = Part(entries, "_rels/.rels");
  for (const char* target : {"word/document.xml", "docProps/core.xml", "docProps/app.xml"}) {
    EXPECT_NE(package_rels.find(std::string("Target=\"") + target + "\""), std::string::npos) << target;
  }
  const std::string rels = Part(entries, "word/_rels/document.xml.rels");
  for (const char* target : {"styles.xml", "settings.xml", "footer1.xml"}) {
    EXPECT_NE(rels.find(std::string("Target=\"") + target + "\""), std::string::npos) << target;
  }
}

TEST(RenderDocx, EveryPartIsWellFormedXml) {
  const std::vector<ZipEntry> entries = Unzip(RenderDocx(SampleComplaint()));
  for (const ZipEntry& entry : entries) {
    EXPECT_EQ(test_support::XmlProblem(entry.data), "") << entry.name;
    EXPECT_EQ(CleanText(entry.data), entry.data) << entry.name << ": invalid UTF-8 or a forbidden character";
    EXPECT_EQ(entry.data.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n", 0), 0u) << entry.name;
  }
}

TEST(RenderDocx, ShowsExactlyTheDocumentText) {
  const Document doc = SampleComplaint();
  bool ok = true;
  EXPECT_EQ(ReaderLines(Unzip(RenderDocx(doc)), ok), DocumentText(doc));
  EXPECT_TRUE(ok) << "an unknown entity";
}

TEST(RenderDocx, PageAndStyles) {
  const std::vector<ZipEntry> entries = Unzip(RenderDocx(SampleComplaint()));
  const std::string document = Part(entries, "word/document.xml");
  EXPECT_NE(document.find("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/>"
                          "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" "
                          "w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
                          "</w:sectPr></w:body></w:document>"),
            std::string::npos);
  EXPECT_NE(Part(entries, "word/_rels/document.xml.rels")
                .find("<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                      "relationships/footer\" Target=\"footer1.xml\"/>"),
            std::string::npos);
  EXPECT_NE(document.find("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t xml:space=\"preserve\">民事起诉状"),
            std::string::npos);
  EXPECT_NE(document.find("<w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">当事人信息"),
            std::string::npos);
  EXPECT_NE(
      document.find("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">（民间借贷纠纷）"),
      std::string::npos);
  EXPECT_NE(document.find("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">具状人（签字、盖章）："
                          "</w:t><w:br/><w:t xml:space=\"preserve\">日期：2024年1月2日"),
            std::string::npos);
  EXPECT_NE(document.find("<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">说明：</w:t></w:r>"),
            std::string::npos);
  const std::string styles = Part(entries, "word/styles.xml");
  EXPECT_NE(styles.find("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"), std::string::npos);
  EXPECT_NE(styles.find("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\""),
            std::string::npos);
  EXPECT_NE(styles.find("<w:sz w:val=\"24\"/>"), std::string::npos);  // 12pt
  EXPECT_NE(styles.find("w:styleId=\"Title\""), std::string::npos);
  EXPECT_NE(styles.find("w:styleId=\"Heading2\""), std::string::npos);
  EXPECT_NE(styles.find("<w:lang w:val=\"zh-CN\" w:eastAsia=\"zh-CN\"/>"), std::string::npos);
  EXPECT_NE(Part(entries, "word/footer1.xml").find("<w:pStyle w:val=\"Footer\"/>"), std::string::npos);
}

TEST(RenderDocx, Tables) {
  const std::string document = Part(Unzip(RenderDocx(SampleComplaint())), "word/document.xml");
  EXPECT_NE(document.find("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
                          "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"),
            std::string::npos);
  for (const char* side : {"left", "bottom", "right", "insideH", "insideV"}) {
    EXPECT_NE(document.find(std::string("<w:") + side + " w:val=\"single\" w:sz=\"4\""), std::string::npos) << side;
  }
  // 25% / 75% and 30% / 40% / 30% of the 9638-twip text width.
  EXPECT_NE(document.find("<w:tblGrid><w:gridCol w:w=\"2410\"/><w:gridCol w:w=\"7228\"/></w:tblGrid>"),
            std::string::npos);
  EXPECT_NE(document.find("<w:tblGrid><w:gridCol w:w=\"2891\"/><w:gridCol w:w=\"3856\"/><w:gridCol w:w=\"2891\"/>"
                          "</w:tblGrid>"),
            std::string::npos);
  EXPECT_EQ(2891 + 3856 + 2891, kDocxTextWidth);
  // The all-header first row repeats on each page and its text is bold; every row keeps together.
  EXPECT_NE(document.find("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"9638\" "
                          "w:type=\"dxa\"/><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr>"
                          "<w:t xml:space=\"preserve\">当事人信息</w:t>"),
            std::string::npos);
  EXPECT_NE(document.find("<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"2410\" w:type=\"dxa\"/>"
                          "</w:tcPr><w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">原告"),
            std::string::npos);
  EXPECT_NE(document.find("<w:tcW w:w=\"6747\" w:type=\"dxa\"/><w:gridSpan w:val=\"2\"/>"), std::string::npos);
  EXPECT_NE(document.find("</w:tcPr><w:p/></w:tc>"), std::string::npos);  // an empty cell still has a paragraph
  EXPECT_NE(document.find("住所地：北京市海淀区</w:t><w:tab/><w:t xml:space=\"preserve\">中关村大街1号"),
            std::string::npos);
  // Every row keeps together.
  EXPECT_EQ(std::regex_search(document, std::regex("<w:tr><w:trPr>(?!<w:cantSplit/>)")), false);
}

TEST(RenderDocx, TablesNeverTouch) {
  Document doc;
  const Table table{.rows = {{Cell{.paragraphs = {{.runs = {{.text = "格"}}}}}}}};
  doc.blocks = {table, table};
  const std::string document = Part(Unzip(RenderDocx(doc)), "word/document.xml");
  // Word would merge two adjacent tables, and wants a paragraph before sectPr.
  EXPECT_NE(document.find("</w:tbl><w:p/><w:tbl>"), std::string::npos);
  EXPECT_NE(document.find("</w:tbl><w:p/><w:sectPr>"), std::string::npos);
}

TEST(RenderDocx, EscapesHostileTextEverywhere) {
  Document doc;
  doc.language = "zh\"/><w:b/>";
  doc.title = std::string(kHostile);
  doc.footer = std::string(kHostile);
  doc.blocks.push_back(Heading{.text = std::string(kHostile)});
  doc.blocks.push_back(Paragraph{.runs = {{.text = std::string(kHostile) + "\x01\x02\x1b\xff", .bold = true}}});
  doc.blocks.push_back(Table{.rows = {{Cell{.paragraphs = {{.runs = {{.text = std::string(kHostile)}}}}}}}});
  const std::vector<ZipEntry> entries = Unzip(RenderDocx(doc));
  for (const ZipEntry& entry : entries) {
    EXPECT_EQ(test_support::XmlProblem(entry.data), "") << entry.name;
    EXPECT_EQ(CleanText(entry.data), entry.data) << entry.name;
    EXPECT_EQ(entry.data.find("<script"), std::string::npos) << entry.name;
    EXPECT_EQ(entry.data.find("<w:t>"), std::string::npos) << entry.name;
    EXPECT_EQ(entry.data.find("<![CDATA["), std::string::npos) << entry.name;
  }
  EXPECT_NE(Part(entries, "word/document.xml")
                .find("&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;onload=&quot; &apos;x&apos; &amp; "
                      "&amp;amp; &lt;w:t&gt; ]]&gt; &lt;!-- --&gt; &lt;![CDATA[\xEF\xBF\xBD</w:t>"),
            std::string::npos);
  EXPECT_NE(Part(entries, "word/styles.xml").find("<w:lang w:val=\"zh&quot;/&gt;&lt;w:b/&gt;\""), std::string::npos);
  bool ok = true;
  EXPECT_EQ(ReaderLines(entries, ok), DocumentText(doc));
  EXPECT_TRUE(ok);
}

TEST(RenderDocx, NoFooterPartWithoutFooter) {
  Document doc;
  doc.blocks.push_back(Paragraph{.runs = {{.text = "正文"}}});
  const std::vector<ZipEntry> entries = Unzip(RenderDocx(doc));
  EXPECT_EQ(test_support::FindEntry(entries, "word/footer1.xml"), nullptr);
  EXPECT_EQ(Part(entries, "word/document.xml").find("footerReference"), std::string::npos);
  EXPECT_EQ(Part(entries, "[Content_Types].xml").find("footer"), std::string::npos);
  EXPECT_EQ(Part(entries, "word/_rels/document.xml.rels").find("footer"), std::string::npos);
  for (const ZipEntry& entry : entries) EXPECT_EQ(test_support::XmlProblem(entry.data), "") << entry.name;
}

TEST(RenderDocx, EmptyDocumentIsStillADocument) {
  const std::vector<ZipEntry> entries = Unzip(RenderDocx(Document{}));
  EXPECT_NE(Part(entries, "word/document.xml").find("<w:body><w:sectPr>"), std::string::npos);
  for (const ZipEntry& entry : entries) EXPECT_EQ(test_support::XmlProblem(entry.data), "") << entry.name;
}

TEST(RenderDocx, IsDeterministic) {
  const std::string bytes = RenderDocx(SampleComplaint());
  EXPECT_EQ(bytes, RenderDocx(SampleComplaint()));
  // No clock anywhere: the package carries no dates but the ZIP's fixed one.
  const std::vector<ZipEntry> entries = Unzip(bytes);
  EXPECT_EQ(Part(entries, "docProps/core.xml").find("dcterms:created"), std::string::npos);
  EXPECT_EQ(Part(entries, "docProps/core.xml").find("dcterms:modified"), std::string::npos);
}

TEST(XmlProblem, CatchesWhatItShould) {
  EXPECT_EQ(test_support::XmlProblem("<a><b x=\"1\"/>t&amp;</a>"), "");
  EXPECT_NE(test_support::XmlProblem("<a><b></a></b>"), "");
  EXPECT_NE(test_support::XmlProblem("<a>&nbsp;</a>"), "");
  EXPECT_NE(test_support::XmlProblem("<a x=\"<\"/>"), "");
  EXPECT_NE(test_support::XmlProblem("<a x=\"1\" x=\"2\"/>"), "");
  EXPECT_NE(test_support::XmlProblem("<a/><b/>"), "");
  EXPECT_NE(test_support::XmlProblem("<a>"), "");
}

// With the command-line checkers installed (never under Emscripten): unzip
// tests the archive and xmllint parses every part.
TEST(RenderDocx, ExternalCheckers) {
  const bool unzip = test_support::HaveCommand("unzip");
  const bool xmllint = test_support::HaveCommand("xmllint");
  if (!unzip && !xmllint) GTEST_SKIP() << "neither unzip nor xmllint is installed";
  const std::string bytes = RenderDocx(SampleComplaint());
  if (unzip) {
    const std::string path = test_support::WriteTempFile("yaosu-docx-test", bytes);
    EXPECT_EQ(std::system(("unzip -tqq '" + path + "' >/dev/null 2>&1").c_str()), 0);
    std::filesystem::remove(path);
  }
  if (xmllint) {
    for (const ZipEntry& entry : Unzip(bytes)) {
      const std::string path = test_support::WriteTempFile("yaosu-docx-part", entry.data);
      EXPECT_EQ(std::system(("xmllint --noout '" + path + "' >/dev/null 2>&1").c_str()), 0) << entry.name;
      std::filesystem::remove(path);
    }
  }
}

}  // namespace
}  // namespace yaosu::render

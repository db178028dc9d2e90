// File: helpers shared by the render tests — a sample filing with hostile
// text in every place text can go, the text lines a reader of the HTML or the
// DOCX would see, a small XML well-formedness check (so the wasm build checks
// the XML too), and a way to run a command-line checker when one is installed.
// Header-only: tests/CMakeLists.txt compiles only *_test.cpp here.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

#include "core/render/document.h"

namespace yaosu::render::test_support {

// kHostile: text that would break out of HTML or XML if it were not escaped.
inline constexpr std::string_view kHostile =
    "</style><script>alert(1)</script> \"onload=\" 'x' & &amp; <w:t> ]]> <!-- --> <![CDATA[";

// SampleComplaint: a short 民事起诉状（要素式） with the parts every renderer
// must handle — title, sections, tables with header rows and spans, bold runs,
// ticked boxes, line breaks, tabs, alignment, control characters, invalid UTF-8.
inline Document SampleComplaint() {
  Document doc;
  doc.title = "民事起诉状（民间借贷纠纷）";
  doc.footer = "张三诉李四民间借贷纠纷 起诉状";
  doc.blocks.push_back(Heading{.text = "民事起诉状", .level = 1});
  doc.blocks.push_back(Paragraph{.runs = {{.text = "（民间借贷纠纷）"}}, .align = Paragraph::Align::kCenter});
  doc.blocks.push_back(Paragraph{.runs = {{.text = "说明：", .bold = true},
                                          {.text = "为了方便您更好地参加诉讼，保护您的合法权利，请填写本表。"}}});
  doc.blocks.push_back(Heading{.text = "当事人信息", .level = 2});
  Table parties;
  parties.column_widths_percent = {25, 75};
  parties.rows.push_back({Cell{.paragraphs = {{.runs = {{.text = "当事人信息"}}}}, .column_span = 2, .header = true}});
  parties.rows.push_back({Cell{.paragraphs = {{.runs = {{.text = "原告"}}}}, .header = true},
                          Cell{.paragraphs = {{.runs = {{.text = "姓名：张三\n性别：男☑  女☐"}}},
                                              {.runs = {{.text = "住所地：北京市海淀区\t中关村大街1号"}}}}}});
  parties.rows.push_back({Cell{.paragraphs = {{.runs = {{.text = "被告"}}}}, .header = true},
                          Cell{.paragraphs = {{.runs = {{.text = "姓名：李四"}}}}}});
  parties.rows.push_back({Cell{}, Cell{.paragraphs = {{.runs = {{.text = std::string(kHostile)}}}}}});
  doc.blocks.push_back(parties);
  doc.blocks.push_back(Heading{.text = "诉讼请求和依据", .level = 2});
  Table claims;
  claims.column_widths_percent = {30, 40, 30};
  claims.rows.push_back({Cell{.paragraphs = {{.runs = {{.text = "1. 本金"}}}}},
                         Cell{.paragraphs = {{.runs = {{.text = "截至2024年1月1日，尚欠本金"},
                                                       {.text = "100,000.00", .bold = true},
                                                       {.text = "元（人民币壹拾万元整）"}}}},
                              .column_span = 2}});
  doc.blocks.push_back(claims);
  doc.blocks.push_back(Paragraph{});  // a blank line before the signature
  doc.blocks.push_back(
      Paragraph{.runs = {{.text = "具状人（签字、盖章）：\r\n日期：2024年1月2日"}}, .align = Paragraph::Align::kRight});
  doc.blocks.push_back(
      Paragraph{.runs = {{.text = "控制\x01字符\x0b已\x7f去除\xff"}, {.text = std::string(kHostile)}}});
  return doc;
}

// DecodeEntities: the five XML/HTML entities and numeric references resolved
// in one pass; an unknown or unterminated reference is kept as written and
// `ok` set to false (nothing the renderers write should need it).
inline std::string DecodeEntities(std::string_view text, bool& ok) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    const std::size_t semicolon = text.find(';', i);
    const std::string_view name =
        semicolon == std::string_view::npos ? std::string_view() : text.substr(i + 1, semicolon - i - 1);
    if (name == "amp") out += '&';
    else if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "quot") out += '"';
    else if (name == "apos" || name == "#39") out += '\'';
    else {
      ok = false;
      out += '&';
      continue;
    }
    i = semicolon;
  }
  return out;
}

// Lines: `text` split at '\n', empty lines left out (as DocumentText does).
inline std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// HtmlLines: what a reader sees — the <title> and the body; <strong> joins
// its paragraph, <br> breaks the line, every other tag ends a line.
inline std::vector<std::string> HtmlLines(std::string_view html, bool& ok) {
  std::string text;
  std::size_t at = 0;
  while (at < html.size()) {
    const std::size_t open = html.find('<', at);
    text += DecodeEntities(html.substr(at, open == std::string_view::npos ? open : open - at), ok);
    if (open == std::string_view::npos) break;
    const std::size_t close = html.find('>', open);
    if (close == std::string_view::npos) {
      ok = false;
      break;
    }
    const std::string_view tag = html.substr(open, close - open + 1);
    at = close + 1;
    if (tag == "<style>") {
      at = html.find("</style>", at);  // the style sheet is not text
      if (at == std::string_view::npos) break;
    } else if (tag == "<br>") {
      text += '\n';
    } else if (tag != "<strong>" && tag != "</strong>") {
      text += '\n';
    }
  }
  return Lines(text);
}

// WordLines: the text of WordprocessingML (document.xml, footer1.xml): w:t
// contents, <w:br/> and <w:tab/>, a line end after each paragraph.
inline std::vector<std::string> WordLines(std::string_view xml, bool& ok) {
  std::string text;
  std::size_t at = 0;
  while ((at = xml.find('<', at)) != std::string_view::npos) {
    const std::size_t close = xml.find('>', at);
    if (close == std::string_view::npos) {
      ok = false;
      break;
    }
    const std::string_view tag = xml.substr(at, close - at + 1);
    at = close + 1;
    if (tag == "<w:t>" || tag == "<w:t xml:space=\"preserve\">") {
      const std::size_t end = xml.find("</w:t>", at);
      if (end == std::string_view::npos) {
        ok = false;
        break;
      }
      text += DecodeEntities(xml.substr(at, end - at), ok);
      at = end;
    } else if (tag == "<w:br/>") {
      text += '\n';
    } else if (tag == "<w:tab/>") {
      text += '\t';
    } else if (tag == "</w:p>" || tag == "<w:p/>") {
      text += '\n';
    }
  }
  return Lines(text);
}

// XmlProblem: "" when `xml` is well-formed as far as these parts need (one root,
// tags nested and matched, attributes quoted and unique, text and attribute
// values free of '<' and of unknown entities), else what is wrong.
inline std::string XmlProblem(std::string_view xml) {
  const auto is_name_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '_' ||
           c == '-' || c == '.';
  };
  std::size_t at = 0;
  if (xml.substr(0, 5) == "<?xml") {
    at = xml.find("?>");
    if (at == std::string_view::npos) return "unterminated declaration";
    at += 2;
  }
  std::vector<std::string> open;
  int roots = 0;
  while (at < xml.size()) {
    const std::size_t lt = xml.find('<', at);
    const std::string_view text = xml.substr(at, lt == std::string_view::npos ? lt : lt - at);
    bool entities_ok = true;
    DecodeEntities(text, entities_ok);
    if (!entities_ok) return "bad entity in text near offset " + std::to_string(at);
    if (open.empty() && text.find_first_not_of(" \t\r\n") != std::string_view::npos) return "text outside the root";
    if (lt == std::string_view::npos) break;
    at = lt + 1;
    const bool closing = at < xml.size() && xml[at] == '/';
    if (closing) ++at;
    const std::size_t name_start = at;
    while (at < xml.size() && is_name_char(xml[at])) ++at;
    const std::string name(xml.substr(name_start, at - name_start));
    if (name.empty()) return "tag without a name at offset " + std::to_string(lt);
    std::vector<std::string> attributes;
    while (true) {
      while (at < xml.size() && (xml[at] == ' ' || xml[at] == '\n')) ++at;
      if (at >= xml.size()) return "unterminated tag " + name;
      if (xml[at] == '>' || (xml[at] == '/' && at + 1 < xml.size() && xml[at + 1] == '>')) break;
      if (closing) return "attributes on a closing tag " + name;
      const std::size_t attribute_start = at;
      while (at < xml.size() && is_name_char(xml[at])) ++at;
      const std::string attribute(xml.substr(attribute_start, at - attribute_start));
      if (attribute.empty() || at + 1 >= xml.size() || xml[at] != '=' || (xml[at + 1] != '"' && xml[at + 1] != '\''))
        return "bad attribute in " + name;
      for (const std::string& seen : attributes) {
        if (seen == attribute) return "duplicate attribute " + attribute + " in " + name;
      }
      attributes.push_back(attribute);
      const char quote = xml[at + 1];
      const std::size_t value_end = xml.find(quote, at + 2);
      if (value_end == std::string_view::npos) return "unterminated attribute in " + name;
      const std::string_view value = xml.substr(at + 2, value_end - at - 2);
      if (value.find('<') != std::string_view::npos) return "'<' in an attribute of " + name;
      DecodeEntities(value, entities_ok);
      if (!entities_ok) return "bad entity in an attribute of " + name;
      at = value_end + 1;
    }
    const bool empty = xml[at] == '/';
    at += empty ? 2 : 1;
    if (closing) {
      if (open.empty() || open.back() != name) return "</" + name + "> does not close the open element";
      open.pop_back();
    } else if (!empty) {
      if (open.empty()) ++roots;
      open.push_back(name);
    } else if (open.empty()) {
      ++roots;
    }
  }
  if (!open.empty()) return "<" + open.back() + "> is not closed";
  if (roots != 1) return std::to_string(roots) + " root elements";
  return "";
}

// HaveCommand: whether a shell command is on the PATH (never under Emscripten,
// where std::system cannot run one).
inline bool HaveCommand(const char* name) {
#ifdef __EMSCRIPTEN__
  (void)name;
  return false;
#else
  return std::system((std::string("command -v ") + name + " >/dev/null 2>&1").c_str()) == 0;
#endif
}

// WriteTempFile: `data` in a new file under the temporary folder; its path.
inline std::string WriteTempFile(std::string_view stem, std::string_view data) {
  static int counter = 0;
  std::error_code error;
  std::filesystem::path folder = std::filesystem::temp_directory_path(error);
  if (error) folder = "/tmp";
  const std::filesystem::path path =
      folder / (std::string(stem) + "-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  std::ofstream out(path, std::ios::binary);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  return path.string();
}

}  // namespace yaosu::render::test_support

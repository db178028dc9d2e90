#include "core/filing/filing_document.h"

#include <string>

#include "core/filing/document_template.h"
#include "core/json/members.h"
#include "core/json/pointer.h"

namespace yaosu::filing {
namespace {

using nlohmann::json;
using render::TextCell;

// RowText: one element row filled in through its template (which may read the filing's computed values).
std::string RowText(const json& row, const json& instance, const json& computed, const json& document) {
  static const json kNone;
  const json* element = ResolvePointer(instance, row.value("pointer", ""));
  const json& rows = document.is_object() ? document.value("rows", json::object()) : json::object();
  const std::string id = row.value("id", "");
  if (!rows.is_object() || !rows.contains(id) || !rows[id].is_string()) return kBlank;
  return FillTemplate(rows[id].get<std::string>(), element != nullptr ? *element : kNone,
                      document.value("items", json::object()), computed);
}

std::string RowLabel(const json& row) {
  const std::string label = ZhText(row.value("label", json()));
  return row.contains("number") ? row["number"].dump() + ". " + label : label;
}

// SectionTable: a section of the template as a two-column table under a spanning header.
render::Table SectionTable(const json& section, const json& instance, const json& computed, const json& document) {
  render::Table table{.column_widths_percent = {28, 72}};
  render::Cell header = TextCell(ZhText(section.value("label", json())), true);
  header.column_span = 2;
  header.header = true;
  table.rows.push_back({header});
  for (const json& row : section.value("rows", json::array())) {
    table.rows.push_back({TextCell(RowLabel(row), true), TextCell(RowText(row, instance, computed, document))});
  }
  return table;
}

std::string Footer(const json& filing, const cases::CaseForm& form) {
  const json& digest = filing.is_object() ? filing.value("digest", json()) : json();
  return "要素 Yaosu · " + form.id() + " " + form.version() + " · 生成于 " + StringMember(filing, "created_at") +
         " · SHA-256 " + StringMember(digest, "value");
}

}  // namespace

render::Document FilingDocument(const json& filing, const cases::CaseForm& form) {
  const json& document = form.document();
  const json& instance = filing.is_object() ? filing.value("instance", json()) : json();
  const json& computed = filing.is_object() ? filing.value("computed", json()) : json();
  const std::string title = ZhText(document.is_object() ? document.value("title", json()) : json());
  const std::string subtitle = ZhText(document.is_object() ? document.value("subtitle", json()) : json());

  render::Document out{.title = (title.empty() ? ZhText(form.manifest().value("title", json())) : title) + subtitle};
  // emplace_back builds these blocks in place: moving a temporary variant into the vector made g++ 12
  // at -O2 warn that the (inactive) Table alternative may be uninitialized (-Wmaybe-uninitialized).
  out.blocks.emplace_back(render::Heading{.text = title.empty() ? out.title : title, .level = 1});
  if (!subtitle.empty()) {
    out.blocks.emplace_back(
        render::Paragraph{.runs = {render::Run{.text = subtitle}}, .align = render::Paragraph::Align::kCenter});
  }
  for (const json& section : form.elements().value("sections", json::array())) {
    // The signature is a line under the tables, as on the paper form.
    if (section.value("id", "") == "signature" && document.is_object() && document.contains("signature")) {
      const json* signature = ResolvePointer(instance, "/signature");
      out.blocks.emplace_back(render::Paragraph{
          .runs = {render::Run{.text = FillTemplate(document["signature"].get<std::string>(),
                                                    signature != nullptr ? *signature : json(), json::object())}},
          .align = render::Paragraph::Align::kRight});
      continue;
    }
    out.blocks.push_back(SectionTable(section, instance, computed, document));
  }
  out.footer = Footer(filing, form);
  return out;
}

}  // namespace yaosu::filing

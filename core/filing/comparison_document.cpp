#include "core/filing/comparison_document.h"

#include <string>

#include "core/filing/document_template.h"

namespace yaosu::filing {
namespace {

using nlohmann::json;
using Status = ElementComparison::Status;

using render::TextCell;

// HeaderCell: a bold cell of a header row (repeated on every printed page).
render::Cell HeaderCell(std::string text) {
  render::Cell cell = TextCell(std::move(text), true);
  cell.header = true;
  return cell;
}

render::Table Section(const std::string& title, const std::vector<std::string>& columns,
                      const std::vector<int>& widths) {
  render::Table table{.column_widths_percent = widths};
  render::Cell heading = HeaderCell(title);
  heading.column_span = static_cast<int>(columns.size());
  table.rows.push_back({heading});
  std::vector<render::Cell> header;
  for (const std::string& column : columns) header.push_back(HeaderCell(column));
  table.rows.push_back(header);
  return table;
}

std::string Verified(const Verification& check, const char* who) {
  const std::string id = check.case_identity.is_object() ? check.case_identity.value("id", "") : "";
  return std::string(who) + "：" + id +
         (check.ok ? "，核验通过（摘要 " + check.digest.substr(0, 16) + "…）"
                   : "，未通过核验，请以 yaosu verify 查看原因");
}

}  // namespace

std::string PlaintiffStatement(const Comparison& table, const ElementComparison& entry) {
  const cases::CaseForm* complaint = table.complaint.form;
  const json& document = complaint != nullptr ? complaint->document() : json();
  if (document.is_object() && document.contains("rows") && document["rows"].contains(entry.row) &&
      document["rows"][entry.row].is_string()) {
    return FillTemplate(document["rows"][entry.row].get<std::string>(), entry.complaint,
                        document.value("items", json::object()), table.complaint_computed);
  }
  return entry.complaint.is_null() ? kBlank : entry.complaint.dump(-1, ' ', false, json::error_handler_t::replace);
}

render::Document ComparisonDocument(const Comparison& table) {
  const cases::CaseForm* complaint = table.complaint.form;
  const std::string case_title = complaint != nullptr ? ZhText(complaint->document().value("subtitle", json())) : "";
  render::Document page{.title = "要素对照表" + case_title};
  page.blocks.push_back(render::Heading{.text = "要素对照表", .level = 1});
  if (!case_title.empty()) {
    page.blocks.push_back(
        render::Paragraph{.runs = {{.text = case_title}}, .align = render::Paragraph::Align::kCenter});
  }
  std::size_t counts[3] = {0, 0, 0};
  for (const ElementComparison& entry : table.elements) ++counts[static_cast<int>(entry.status)];
  page.blocks.push_back(
      render::Paragraph{.runs = {{.text = "无异议 " + std::to_string(counts[0]) + " 项；有异议 " +
                                          std::to_string(counts[1]) + " 项；未答辩 " + std::to_string(counts[2]) +
                                          " 项；免责/减责事由 " + std::to_string(table.exemptions.size()) + " 项"}}});
  page.blocks.push_back(render::Paragraph{
      .runs = {{.text = Verified(table.complaint, "起诉状") + "\n" + Verified(table.answer, "答辩状")}}});

  render::Table disputed = Section("争议焦点（被告有异议的要素）", {"要素", "原告主张", "被告意见"}, {22, 39, 39});
  render::Table admitted = Section("无争议事实（被告无异议的要素）", {"要素", "原告主张"}, {30, 70});
  render::Table unanswered = Section("未答辩的要素", {"要素", "原告主张"}, {30, 70});
  for (const ElementComparison& entry : table.elements) {
    const std::string label = ZhText(entry.label);
    const std::string statement = PlaintiffStatement(table, entry);
    if (entry.status == Status::kDisputed) {
      disputed.rows.push_back(
          {TextCell(label), TextCell(statement), TextCell(entry.reasons.empty() ? kBlank : entry.reasons)});
    } else {
      (entry.status == Status::kAdmitted ? admitted : unanswered)
          .rows.push_back({TextCell(label), TextCell(statement)});
    }
  }
  render::Table exemptions = Section("免责/减责事由", {"答辩状要素", "事实和理由"}, {30, 70});
  for (const Exemption& exemption : table.exemptions) {
    const json reasons = exemption.statement.value("reasons", json());
    exemptions.rows.push_back(
        {TextCell(ZhText(exemption.label)), TextCell(reasons.is_string() ? reasons.get<std::string>() : kBlank)});
  }
  for (render::Table* section : {&disputed, &admitted, &unanswered, &exemptions}) {
    if (section->rows.size() > 2) page.blocks.push_back(std::move(*section));
  }
  page.footer = "要素 Yaosu · 起诉状摘要 " + table.complaint.digest + " · 答辩状摘要 " + table.answer.digest;
  return page;
}

}  // namespace yaosu::filing

// Fuzz target: printing a filing — the complaint or answer as HTML and DOCX,
// with the form it names (or each current form when it names none installed).
// Whatever the text, the HTML and DOCX come out well formed and escaped.
#include "core/filing/filing_document.h"
#include "core/render/docx_renderer.h"
#include "core/render/html_renderer.h"
#include "fuzz/fuzz_input.h"
#include "fuzz/with_case_types.h"

namespace {

void Print(const nlohmann::json& filing, const yaosu::cases::CaseForm& form) {
  const yaosu::render::Document document = yaosu::filing::FilingDocument(filing, form);
  yaosu::render::RenderHtml(document);
  yaosu::render::RenderDocx(document);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::optional<nlohmann::json> filing = yaosu::fuzz::ParsedInput(data, size);
  if (!filing) return 0;
  const nlohmann::json identity = filing->is_object() ? filing->value("case", nlohmann::json()) : nlohmann::json();
  const std::string id = identity.is_object() && identity.contains("id") && identity["id"].is_string()
                             ? identity["id"].get<std::string>()
                             : "";
  const std::string version = identity.is_object() && identity.contains("version") && identity["version"].is_string()
                                  ? identity["version"].get<std::string>()
                                  : "";
  if (const yaosu::cases::CaseForm* named = yaosu::fuzz::Library().FindById(id, version)) {
    Print(*filing, *named);
    return 0;
  }
  for (const yaosu::cases::CaseForm* form : yaosu::fuzz::Library().CurrentForms()) Print(*filing, *form);
  return 0;
}

// File: a filing as the printed complaint or answer — the official template's
// table layout (当事人信息, 诉讼请求, …, one row per element with the answers
// filled in through document.json), the signature and date, and the digest in
// the footer. RenderHtml / RenderDocx (core/render/) turn it into the page and the file.
//
//   render::Document document = FilingDocument(filing, *form);
//   std::string html = render::RenderHtml(document);
#pragma once

#include <nlohmann/json.hpp>

#include "core/cases/case_form.h"
#include "core/render/document.h"

namespace yaosu::filing {

// FilingDocument: the document of `filing` (a filing of `form`). A form
// without document.json prints each element's label with a blank.
render::Document FilingDocument(const nlohmann::json& filing, const cases::CaseForm& form);

}  // namespace yaosu::filing

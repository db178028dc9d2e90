// File: the dispute table as a page a judge can print — 争议焦点 first, with
// both sides' statements, then the admitted facts, the rows left unanswered,
// and the 免责/减责事由 raised. The plaintiff's statement is printed through
// the complaint's document.json templates, as in the complaint itself.
//
//   render::Document page = ComparisonDocument(*table);
//   std::string html = render::RenderHtml(page);
#pragma once

#include <string>

#include "core/filing/compare.h"
#include "core/render/document.h"

namespace yaosu::filing {

render::Document ComparisonDocument(const Comparison& table);

// PlaintiffStatement: the plaintiff's element of `entry` as the complaint prints it (its row's
// template, reading the complaint's computed values too); raw JSON only for a row without one.
std::string PlaintiffStatement(const Comparison& table, const ElementComparison& entry);

}  // namespace yaosu::filing

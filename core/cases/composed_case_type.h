// File: a composable case type (format 2) turned into the forms the library
// compiles. Its folder, schemas/cases/<case-type>/, holds case.json (what the
// case type is: cause of action, area, search words, template source, version,
// forms) and, per form, <form>.json (its sections, rows included from
// schemas/shared/ by reference or written in place; an answer mirrors its
// complaint) and <form>.rules.json (the form's own rules and computed values).
// The format is schemas/cases/README.md.
//
//   Result<std::vector<FormFiles>> forms = ComposeCaseType("cases/private-lending", sources, shared);
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/cases/case_form.h"
#include "core/cases/shared_pieces.h"
#include "core/diagnostics/result.h"

namespace yaosu::cases {

// OrderedSources: parsed source files by path (relative to the schemas
// folder), keeping the order their authors wrote keys in.
using OrderedSources = std::map<std::string, nlohmann::ordered_json>;

// ComposeCaseType: the forms of the case type in `folder` ("cases/<type>"),
// each with its files written out — in their case.json's order, stopping
// after the form `until` when one is named (an answer needs its complaint,
// a complaint nothing after it). Problems name the file (params.file).
Result<std::vector<FormFiles>> ComposeCaseType(const std::string& folder, const OrderedSources& sources,
                                               const SharedPieces& shared, std::string_view until = {});

}  // namespace yaosu::cases

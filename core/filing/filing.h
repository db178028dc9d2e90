// File: the filing package — what a litigant uploads and a court can trust.
//
// A filing (schemas/filing/filing.schema.json, format "yaosu-filing/1") holds
// the case type and version a form was checked against, the form data, the
// computed values, the warnings that remain, the engine, the creation time
// (given by the caller, so the same input gives the same bytes), and a SHA-256
// digest over the RFC 8785 canonical JSON of everything else. A form with an
// error is refused with those errors.
//
//   Result<nlohmann::json> filing = Produce(*form, instance, "2025-10-08T09:30:00+08:00");
//   if (!filing.ok()) show(filing.diagnostics());          // the form's errors, or a bad time
//   Result<std::string> text = CanonicalJson(*filing);     // what `yaosu file` writes
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/cases/case_form.h"
#include "core/diagnostics/result.h"

namespace yaosu::filing {

inline constexpr const char* kFilingFormat = "yaosu-filing/1";

// Produce: the filing of `instance` checked against `form`. Diagnostics: the
// form's errors (with their own codes and messages from form.messages()), or
// filing.bad_time {created_at} for a time that is not an RFC 3339 date-time,
// or a canonical-JSON refusal (filing.unsafe_integer, …).
Result<nlohmann::json> Produce(const cases::CaseForm& form, const nlohmann::json& instance,
                               const std::string& created_at);

// Digest: the lowercase hex SHA-256 of the canonical JSON of `filing`
// without its "digest" member.
Result<std::string> Digest(const nlohmann::json& filing);

// FilingSchema: the envelope's schema, compiled once (format assertion on).
const schema::CompiledSchema& FilingSchema();

}  // namespace yaosu::filing

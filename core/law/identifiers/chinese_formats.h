// File: the Chinese identifier formats, registered with the schema engine.
//
//   schema::CompileOptions options;
//   options.format_assertion = true;
//   law::RegisterChineseFormats(options.formats);   // birth dates judged against today in China
//   auto schema = schema::CompiledSchema::Compile(form, registry, options);
//   // {"format": "cn-resident-id"} now rejects "110105194912310021" with code
//   // "schema.format", params {"format": "cn-resident-id", "reason": "check_character"}
//
// Formats: "cn-resident-id", "cn-uscc", "cn-mobile", "cn-landline",
// "cn-money-yuan". A checker's reason is the IdVerdict reason of the pure
// function behind it (resident_id.h, uscc.h, phone_numbers.h, money_yuan.h);
// warnings (an unusual mobile prefix, a lowercase x) keep the instance valid.
// The catalog has a sentence per format and reason: FormatReasonCode().
#pragma once

#include <string>
#include <string_view>

#include "core/law/civil_date.h"
#include "core/law/identifiers/verdict.h"
#include "core/schema/format_registry.h"

namespace yaosu::law {

// RegisterChineseFormats: adds the five formats; resident ID birth dates must
// not lie after today (China time, read when a value is checked).
void RegisterChineseFormats(schema::FormatRegistry& formats);

// RegisterChineseFormats: the same, judging birth dates against `as_of`
// (tests, or re-checking a filing as of its filing date).
void RegisterChineseFormats(schema::FormatRegistry& formats, const CivilDate& as_of);

// ToFormatVerdict: an IdVerdict as the schema engine's FormatVerdict (a
// warning becomes valid = false with Severity::kWarning, which the engine
// reports without failing the instance).
schema::FormatVerdict ToFormatVerdict(const IdVerdict& verdict);

// FormatReasonCode: the message catalog code of a reason,
// "format.<format>.<reason>" (schemas/messages/identifiers.json).
std::string FormatReasonCode(std::string_view format, std::string_view reason);

}  // namespace yaosu::law

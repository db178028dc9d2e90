#include "core/law/identifiers/chinese_formats.h"

#include <optional>

#include "core/law/identifiers/money_yuan.h"
#include "core/law/identifiers/phone_numbers.h"
#include "core/law/identifiers/resident_id.h"
#include "core/law/identifiers/uscc.h"

namespace yaosu::law {
namespace {

void RegisterAll(schema::FormatRegistry& formats, std::optional<CivilDate> as_of) {
  formats.Register("cn-resident-id", [as_of](std::string_view value) {
    return ToFormatVerdict(ParseResidentId(value, as_of ? *as_of : ChinaToday()).verdict);
  });
  formats.Register("cn-uscc", [](std::string_view value) { return ToFormatVerdict(CheckUscc(value).verdict); });
  formats.Register("cn-mobile", [](std::string_view value) { return ToFormatVerdict(CheckMobile(value).verdict); });
  formats.Register("cn-landline", [](std::string_view value) { return ToFormatVerdict(CheckLandline(value).verdict); });
  formats.Register("cn-money-yuan",
                   [](std::string_view value) { return ToFormatVerdict(CheckMoneyYuan(value).verdict); });
}

}  // namespace

void RegisterChineseFormats(schema::FormatRegistry& formats) { RegisterAll(formats, std::nullopt); }

void RegisterChineseFormats(schema::FormatRegistry& formats, const CivilDate& as_of) { RegisterAll(formats, as_of); }

schema::FormatVerdict ToFormatVerdict(const IdVerdict& verdict) {
  // The verdict's details go along: a message such as "最后一位应为 {expected}" needs them.
  if (!verdict.valid) {
    return schema::FormatVerdict{
        .valid = false, .severity = Severity::kError, .reason = verdict.reason, .params = verdict.params};
  }
  if (verdict.HasWarning()) {
    return schema::FormatVerdict{
        .valid = false, .severity = Severity::kWarning, .reason = verdict.reason, .params = verdict.params};
  }
  return schema::FormatVerdict{};
}

std::string FormatReasonCode(std::string_view format, std::string_view reason) {
  return "format." + std::string(format) + "." + std::string(reason);
}

}  // namespace yaosu::law

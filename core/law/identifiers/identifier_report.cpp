#include "core/law/identifiers/identifier_report.h"

#include "core/law/identifiers/phone_numbers.h"
#include "core/law/identifiers/region_codes.h"
#include "core/law/identifiers/resident_id.h"
#include "core/law/identifiers/uscc.h"
#include "core/text/ascii.h"

namespace yaosu::law {
namespace {

using text::IsDigits;

nlohmann::json Report(std::string_view kind, const IdVerdict& verdict) {
  nlohmann::json report = {{"kind", kind},
                           {"valid", verdict.valid},
                           {"reason", nullptr},
                           {"severity", nullptr},
                           {"params", verdict.params},
                           {"region", nullptr},
                           {"birth_date", nullptr},
                           {"sex", nullptr}};
  if (!verdict.reason.empty()) {
    report["reason"] = verdict.reason;
    report["severity"] = SeverityName(verdict.severity);
  }
  return report;
}

nlohmann::json ResidentIdReport(const ResidentId& id) {
  nlohmann::json report = Report("cn-resident-id", id.verdict);
  report["legacy"] = id.kind == ResidentIdKind::kFifteenLegacy;
  if (id.region_code.empty()) return report;  // not even readable
  report["region"] = id.region_code;
  report["province"] = ProvinceName(id.region_code);
  report["birth_date"] = id.birth_date ? nlohmann::json(ToString(*id.birth_date)) : nlohmann::json(nullptr);
  report["sex"] = SexName(id.sex);
  if (id.check_character != 0) report["check_character"] = std::string(1, id.check_character);
  return report;
}

nlohmann::json UsccReport(const UsccCheck& check) {
  nlohmann::json report = Report("cn-uscc", check.verdict);
  if (check.registration_authority == 0) return report;
  report["region"] = check.region_code;
  report["province"] = ProvinceName(check.region_code);
  report["registration_authority"] = {{"code", std::string(1, check.registration_authority)},
                                      {"name", check.authority_name}};
  report["organization_type"] = {{"code", std::string(1, check.organization_type)}, {"name", check.type_name}};
  return report;
}

nlohmann::json PhoneReport(std::string_view kind, const PhoneNumber& phone) {
  nlohmann::json report = Report(kind, phone.verdict);
  if (!phone.area_code.empty()) report["area_code"] = phone.area_code;
  if (!phone.number.empty()) report["number"] = phone.number;
  if (!phone.extension.empty()) report["extension"] = phone.extension;
  return report;
}

}  // namespace

nlohmann::json DescribeIdentifier(std::string_view text, const CivilDate& as_of) {
  if (text.size() == 18) {
    const char last = text[17];
    const bool looks_resident =
        IsDigits(text.substr(0, 17)) && (IsDigits(text.substr(17)) || last == 'X' || last == 'x');
    if (!looks_resident) return UsccReport(CheckUscc(text));
    const ResidentId id = ParseResidentId(text, as_of);
    if (!id.verdict.valid) {
      // An all-digit USCC exists too; take that reading only when it holds.
      if (const UsccCheck uscc = CheckUscc(text); uscc.verdict.valid) return UsccReport(uscc);
    }
    return ResidentIdReport(id);
  }
  if (text.size() == 15 && IsDigits(text)) return ResidentIdReport(ParseResidentId(text, as_of));
  if (text.substr(0, 3) == "+86" || (!text.empty() && text[0] == '1' && IsDigits(text))) {
    return PhoneReport("cn-mobile", CheckMobile(text));
  }
  if (!text.empty() && text[0] == '0') return PhoneReport("cn-landline", CheckLandline(text));
  nlohmann::json report = Report("unknown", IdVerdict::Invalid("unrecognized"));
  return report;
}

}  // namespace yaosu::law

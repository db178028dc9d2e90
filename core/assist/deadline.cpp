#include "core/assist/deadline.h"

#include <utility>

#include "core/law/civil_date.h"

namespace yaosu::assist {

std::optional<DeadlineNotice> LimitationNotice(std::string_view ends, std::string_view as_of) {
  const Result<law::CivilDate> last = law::ParseCivilDate(ends);
  const Result<law::CivilDate> day = law::ParseCivilDate(as_of);
  if (!last.ok() || !day.ok()) return std::nullopt;
  DeadlineNotice notice{.ends = std::string(ends), .as_of = std::string(as_of)};
  notice.days_left = law::DaysBetween(*day, *last);
  notice.passed = notice.days_left < 0;
  const Result<law::CivilDate> six_months_on = law::AddMonths(*day, 6, law::MonthEndRounding::kUp);
  notice.soon = !notice.passed && six_months_on.ok() && *last < *six_months_on;
  return notice;
}

std::optional<Diagnostic> DeadlineNotice::ToDiagnostic(std::string instance_location) const {
  if (!soon && !passed) return std::nullopt;
  return Diagnostic{.code = passed ? "assist.limitation_passed" : "assist.limitation_soon",
                    .severity = Severity::kWarning,
                    .instance_location = std::move(instance_location),
                    .params = {{"ends", ends}, {"as_of", as_of}, {"days", passed ? -days_left : days_left}}};
}

nlohmann::json DeadlineNotice::ToJson() const {
  return {{"ends", ends}, {"as_of", as_of}, {"days_left", days_left}, {"soon", soon}, {"passed", passed}};
}

}  // namespace yaosu::assist

// File: the limitation-period calculator (see limitation.h).
#include "core/law/limitation.h"

namespace yaosu::law {

Result<LimitationEnd> LimitationLastDay(const ParameterSet& parameters, const CivilDate& known_on,
                                        std::string_view kind) {
  LimitationEnd end;
  const std::string id = "limitation/" + std::string(kind);
  // Art. 201: the day of knowledge is not counted; the period runs from the
  // next day, and the law in force that day gives its length.
  const CivilDate first_day = AddDays(known_on, 1);
  Result<DatedValue> years = parameters.Lookup(id, first_day);
  if (!years.ok()) return years.diagnostics();
  if (!years->value.is_number_integer() || years->value.get<int64_t>() < 1 || years->value.get<int64_t>() > 100) {
    return Diagnostic{.code = "law.param.bad_value", .params = {{"parameter", id}}};
  }
  end.years = static_cast<int>(years->value.get<int64_t>());
  const Parameter* parameter = parameters.Find(id);
  end.steps.push_back("知道或者应当知道权利受到损害以及义务人之日：" + ToString(known_on) + "，自次日" +
                      ToString(first_day) + "起计算（民法典第二百零一条）");
  end.steps.push_back((parameter ? parameter->description_zh : id) + "：" + std::to_string(end.years) + "年（" +
                      years->reference + "）");
  if (parameter) end.citations.push_back(parameter->Citation());
  // Art. 202: the corresponding day; none (29 February) → the month's last day.
  Result<CivilDate> nominal = AddYears(known_on, end.years, MonthEndRounding::kDown);
  if (!nominal.ok()) return nominal.diagnostics();
  end.nominal_day = *nominal;
  const bool month_end = nominal->day != known_on.day;
  end.steps.push_back("期间的最后一日：" + ToString(*nominal) +
                      (month_end ? "（到期月没有对应日，以月末日为最后一日，民法典第二百零二条）"
                                 : "（到期月的对应日，民法典第二百零二条）"));
  // Art. 203: a last day that is a 法定休假日 moves to the day after the rest days end.
  const RestDayCalendar* calendar = parameters.FindCalendar("calendar/rest_days");
  if (calendar == nullptr)
    return Diagnostic{.code = "law.param.unknown", .params = {{"parameter", "calendar/rest_days"}}};
  Result<CivilDate> last = calendar->FirstWorkingDayFrom(*nominal);
  if (!last.ok()) return last.diagnostics();
  end.last_day = *last;
  if (*last == *nominal) {
    const RestDayCalendar::Declared* declared = calendar->Find(*nominal);
    const std::string working = declared ? "（调休上班日，" + calendar->notices[declared->notice].number + "）" : "";
    end.steps.push_back(ToString(*nominal) + "不是法定休假日" + working + "，即为期间的最后一日");
    if (declared) end.citations.push_back(calendar->notices[declared->notice].Citation());
  } else {
    const RestDayCalendar::Declared* declared = calendar->Find(*nominal);
    std::string why =
        declared ? declared->name + "放假（" + calendar->notices[declared->notice].number + "）" : "周休息日";
    end.steps.push_back(ToString(*nominal) + "是法定休假日（" + why + "），以休假日结束的次日" + ToString(*last) +
                        "为期间的最后一日（民法典第二百零三条）");
    end.citations.push_back(calendar->Citation());
    if (declared) end.citations.push_back(calendar->notices[declared->notice].Citation());
  }
  return end;
}

}  // namespace yaosu::law

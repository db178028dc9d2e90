// File: the statutory rest days (法定休假日) that move the last day of a period
// (民法典 art. 203) — public holidays and the days the State Council General
// Office's yearly notices declare off, and Saturdays and Sundays unless a
// notice makes them working days (调休上班). Data: schemas/params/calendar/
// (format: schemas/params/calendar.schema.json), one cited notice at a time.
//
//   const RestDayCalendar* days = ParameterSet::Builtin()->FindCalendar("calendar/rest_days");
//   days->IsRestDay({2025, 1, 29});          // true: 春节, 国办发明电〔2024〕12号
//   days->IsRestDay({2025, 1, 26});          // false: a Sunday declared a working day
//   days->FirstWorkingDayFrom({2024, 10, 3}); // 2024-10-08, the day after National Day's days off
//   days->IsRestDay({2027, 5, 1});           // law.calendar.not_covered: no notice says yet
//
// A day outside `covers` is an error, never a guess: a future year's days off
// are not known until its notice is published.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics/result.h"
#include "core/law/civil_date.h"

namespace yaosu::law {

// RestDayNotice: one official notice, as cited.
struct RestDayNotice {
  int year = 0;        // the year it arranges
  std::string title;   // 国务院办公厅关于2025年部分节假日安排的通知
  std::string number;  // 国办发明电〔2024〕12号
  CivilDate issued;
  std::string url;

  // Citation: "title（number） url".
  std::string Citation() const;
};

// RestDayCalendar: a loaded calendar file.
struct RestDayCalendar {
  // Declared: what a notice says of one day.
  struct Declared {
    bool rest = false;       // a day off (放假、调休、补休), or else a working weekend day (上班)
    std::string name;        // the holiday's name ("春节"); empty for a working day
    std::size_t notice = 0;  // index into `notices` of the notice that decided it
  };

  std::string id;
  std::string source;  // the file it came from
  std::string description_zh;
  std::string description_en;
  nlohmann::json reference;  // {title, article?, url?, confidence?, note?}
  bool weekends_rest = true;
  std::string weekends_reference;
  CivilDate last_verified;
  CivilDate covers_from;
  CivilDate covers_to;
  std::vector<RestDayNotice> notices;    // in the order issued
  std::map<int64_t, Declared> declared;  // by DaysSinceEpoch; a later notice has overridden an earlier one

  // IsRestDay: whether `date` is a 法定休假日. Diagnostic law.calendar.not_covered
  // {calendar, date, from, to} outside `covers`.
  Result<bool> IsRestDay(const CivilDate& date) const;

  // FirstWorkingDayFrom: `date` when it is not a rest day, else the day after
  // the run of rest days it falls in. Every day looked at must be covered.
  Result<CivilDate> FirstWorkingDayFrom(const CivilDate& date) const;

  // Find: what a notice declared of `date`, or nullptr (an ordinary weekday or weekend).
  const Declared* Find(const CivilDate& date) const;

  // Citation: "title, article (url)" of the whole calendar.
  std::string Citation() const;
};

// IsWeekend: Saturday or Sunday (proleptic Gregorian).
bool IsWeekend(const CivilDate& date);

// LoadRestDayCalendar: parses and checks one calendar file. Every diagnostic
// carries params.file = `source`. Codes: law.param.syntax, unknown_key,
// missing_key, wrong_type, bad_date, and law.param.bad_value {parameter, reason}
// for days that contradict each other (from after to, a "working" weekday, a
// day both off and working in one notice, notices out of issue order, an
// empty or reversed `covers`).
Result<RestDayCalendar> LoadRestDayCalendar(std::string_view source, std::string_view text);
// LoadRestDayCalendarDocument: LoadRestDayCalendar of a file already parsed.
Result<RestDayCalendar> LoadRestDayCalendarDocument(std::string_view source, const nlohmann::json& root);

}  // namespace yaosu::law

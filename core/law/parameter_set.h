// File: the set of legal parameters the calculators read, by id.
//
// The built-in set is schemas/params/**.json compiled into the library, so the
// wasm build answers exactly as the native one. Tests may load their own set.
// Files of the calendar/ area are rest-day calendars (rest_days.h), in their
// own format; every other file is a dated parameter (parameter.h).
//
//   const Result<ParameterSet>& set = ParameterSet::Builtin();
//   Result<DatedValue> lpr = set->Lookup("rates/lpr_one_year", date);
//   const RestDayCalendar* days = set->FindCalendar("calendar/rest_days");
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostics/result.h"
#include "core/law/parameter.h"
#include "core/law/rest_days.h"

namespace yaosu::law {

class ParameterSet {
 public:
  // Load: every (source name, text) pair; all files' diagnostics together,
  // plus law.param.duplicate_id when two files share an id. A file whose id
  // starts with "calendar/" is loaded as a rest-day calendar.
  static Result<ParameterSet> Load(const std::vector<std::pair<std::string, std::string_view>>& files);

  // Builtin: the embedded schemas/params files, loaded once.
  static const Result<ParameterSet>& Builtin();

  // Find: the parameter `id`, or nullptr.
  const Parameter* Find(std::string_view id) const;

  // Lookup: Find(id)->At(date); law.param.unknown {parameter} when absent.
  Result<DatedValue> Lookup(std::string_view id, const CivilDate& date) const;

  // FindCalendar: the rest-day calendar `id`, or nullptr.
  const RestDayCalendar* FindCalendar(std::string_view id) const;

  const std::map<std::string, Parameter, std::less<>>& parameters() const { return parameters_; }
  const std::map<std::string, RestDayCalendar, std::less<>>& calendars() const { return calendars_; }

 private:
  std::map<std::string, Parameter, std::less<>> parameters_;
  std::map<std::string, RestDayCalendar, std::less<>> calendars_;
};

}  // namespace yaosu::law

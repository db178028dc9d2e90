// File: loading the rest-day calendar and answering "is this a 法定休假日?"
// (see rest_days.h).
#include "core/law/rest_days.h"

#include <set>

#include "core/json/parse.h"
#include "core/law/internal/file_checker.h"

namespace yaosu::law {
namespace {

using internal::FileChecker;
using nlohmann::json;

// Loader reads one calendar file into `calendar`, reporting into `checker`.
class Loader {
 public:
  Loader(FileChecker& checker, RestDayCalendar& calendar) : checker_(checker), calendar_(calendar) {}

  void Root(const json& root) {
    checker_.Keys(root, "", {"id", "description", "reference", "weekends", "last_verified", "covers", "notices"},
                  {"$schema"});
    calendar_.id = checker_.String(root, "", "id");
    if (const json* d = Object(root, "", "description")) {
      checker_.Keys(*d, "/description", {"zh", "en"}, {});
      calendar_.description_zh = checker_.String(*d, "/description", "zh");
      calendar_.description_en = checker_.String(*d, "/description", "en");
    }
    if (const json* r = Object(root, "", "reference")) {
      checker_.Keys(*r, "/reference", {"title"}, {"article", "url", "confidence", "note"});
      for (const auto& item : r->items()) checker_.String(*r, "/reference", item.key().c_str());
      calendar_.reference = *r;
    }
    if (const json* w = Object(root, "", "weekends")) {
      checker_.Keys(*w, "/weekends", {"rest", "reference"}, {"note"});
      if (w->contains("rest") && !(*w)["rest"].is_boolean()) {
        checker_.Add("law.param.wrong_type", "/weekends/rest", {{"expected", "boolean"}});
      } else if (w->contains("rest")) {
        calendar_.weekends_rest = (*w)["rest"].get<bool>();
      }
      calendar_.weekends_reference = checker_.String(*w, "/weekends", "reference");
      checker_.String(*w, "/weekends", "note");
    }
    if (root.contains("last_verified")) {
      if (auto d = checker_.Date(root["last_verified"], "/last_verified")) calendar_.last_verified = *d;
    }
    Covers(root);
    if (const auto it = root.find("notices"); it != root.end()) {
      if (!it->is_array() || it->empty()) {
        checker_.Add("law.param.wrong_type", "/notices", {{"expected", "non-empty array"}});
      } else {
        for (std::size_t i = 0; i < it->size(); ++i) Notice((*it)[i], "/notices/" + std::to_string(i));
      }
    }
  }

 private:
  const json* Object(const json& parent, const std::string& pointer, const char* key) {
    const auto it = parent.find(key);
    if (it == parent.end()) return nullptr;
    if (!it->is_object()) {
      checker_.Add("law.param.wrong_type", pointer + "/" + key, {{"expected", "object"}});
      return nullptr;
    }
    return &*it;
  }

  void BadValue(const std::string& pointer, const std::string& reason) {
    checker_.Add("law.param.bad_value", pointer, {{"parameter", calendar_.id}, {"reason", reason}});
  }

  void Covers(const json& root) {
    const json* c = Object(root, "", "covers");
    if (c == nullptr) return;
    checker_.Keys(*c, "/covers", {"from", "to"}, {"note"});
    checker_.String(*c, "/covers", "note");
    std::optional<CivilDate> from = c->contains("from") ? checker_.Date((*c)["from"], "/covers/from") : std::nullopt;
    std::optional<CivilDate> to = c->contains("to") ? checker_.Date((*c)["to"], "/covers/to") : std::nullopt;
    if (!from || !to) return;
    if (*to < *from) BadValue("/covers", "covers.to is before covers.from");
    calendar_.covers_from = *from;
    calendar_.covers_to = *to;
  }

  void Notice(const json& entry, const std::string& pointer) {
    if (!entry.is_object()) {
      checker_.Add("law.param.wrong_type", pointer, {{"expected", "object"}});
      return;
    }
    checker_.Keys(entry, pointer, {"year", "title", "number", "issued", "url", "rest", "work"}, {"note"});
    RestDayNotice notice;
    if (entry.contains("year")) {
      if (entry["year"].is_number_integer()) {
        notice.year = entry["year"].get<int>();
      } else {
        checker_.Add("law.param.wrong_type", pointer + "/year", {{"expected", "integer"}});
      }
    }
    notice.title = checker_.String(entry, pointer, "title");
    notice.number = checker_.String(entry, pointer, "number");
    notice.url = checker_.String(entry, pointer, "url");
    checker_.String(entry, pointer, "note");
    if (entry.contains("issued")) {
      if (auto d = checker_.Date(entry["issued"], pointer + "/issued")) notice.issued = *d;
    }
    if (!calendar_.notices.empty() && !(calendar_.notices.back().issued < notice.issued)) {
      BadValue(pointer + "/issued", "notices must be listed in the order they were issued");
    }
    const std::size_t index = calendar_.notices.size();
    calendar_.notices.push_back(notice);
    std::set<int64_t> rest_here;
    if (const auto it = entry.find("rest"); it != entry.end()) {
      if (!it->is_array()) {
        checker_.Add("law.param.wrong_type", pointer + "/rest", {{"expected", "array"}});
      } else {
        for (std::size_t i = 0; i < it->size(); ++i)
          Rest((*it)[i], pointer + "/rest/" + std::to_string(i), index, rest_here);
      }
    }
    if (const auto it = entry.find("work"); it != entry.end()) {
      if (!it->is_array()) {
        checker_.Add("law.param.wrong_type", pointer + "/work", {{"expected", "array"}});
      } else {
        for (std::size_t i = 0; i < it->size(); ++i)
          Work((*it)[i], pointer + "/work/" + std::to_string(i), index, rest_here);
      }
    }
  }

  void Rest(const json& range, const std::string& pointer, std::size_t notice, std::set<int64_t>& rest_here) {
    if (!range.is_object()) {
      checker_.Add("law.param.wrong_type", pointer, {{"expected", "object"}});
      return;
    }
    checker_.Keys(range, pointer, {"name", "from", "to"}, {});
    const std::string name = checker_.String(range, pointer, "name");
    std::optional<CivilDate> from =
        range.contains("from") ? checker_.Date(range["from"], pointer + "/from") : std::nullopt;
    std::optional<CivilDate> to = range.contains("to") ? checker_.Date(range["to"], pointer + "/to") : std::nullopt;
    if (!from || !to) return;
    if (*to < *from) {
      BadValue(pointer, "a range of days off ends before it starts");
      return;
    }
    for (int64_t day = DaysSinceEpoch(*from); day <= DaysSinceEpoch(*to); ++day) {
      rest_here.insert(day);
      calendar_.declared[day] = RestDayCalendar::Declared{.rest = true, .name = name, .notice = notice};
    }
  }

  void Work(const json& value, const std::string& pointer, std::size_t notice, const std::set<int64_t>& rest_here) {
    const std::optional<CivilDate> date = checker_.Date(value, pointer);
    if (!date) return;
    const int64_t day = DaysSinceEpoch(*date);
    // A declared working day only means something on a weekend (调休上班).
    if (calendar_.weekends_rest && !IsWeekend(*date))
      BadValue(pointer, ToString(*date) + " is a weekday: no need to declare it a working day");
    if (rest_here.count(day)) BadValue(pointer, ToString(*date) + " is both a day off and a working day in one notice");
    calendar_.declared[day] = RestDayCalendar::Declared{.rest = false, .name = "", .notice = notice};
  }

  FileChecker& checker_;
  RestDayCalendar& calendar_;
};

Diagnostic NotCovered(const RestDayCalendar& calendar, const CivilDate& date) {
  return Diagnostic{.code = "law.calendar.not_covered",
                    .params = {{"calendar", calendar.id},
                               {"date", ToString(date)},
                               {"from", ToString(calendar.covers_from)},
                               {"to", ToString(calendar.covers_to)}}};
}

}  // namespace

std::string RestDayNotice::Citation() const { return title + "（" + number + "） " + url; }

bool IsWeekend(const CivilDate& date) {
  const int64_t weekday = ((DaysSinceEpoch(date) + 4) % 7 + 7) % 7;  // 1970-01-01 was a Thursday (4); 0 = Sunday
  return weekday == 0 || weekday == 6;
}

const RestDayCalendar::Declared* RestDayCalendar::Find(const CivilDate& date) const {
  const auto it = declared.find(DaysSinceEpoch(date));
  return it == declared.end() ? nullptr : &it->second;
}

Result<bool> RestDayCalendar::IsRestDay(const CivilDate& date) const {
  if (date < covers_from || date > covers_to) return NotCovered(*this, date);
  if (const Declared* d = Find(date)) return d->rest;
  return weekends_rest && IsWeekend(date);
}

Result<CivilDate> RestDayCalendar::FirstWorkingDayFrom(const CivilDate& date) const {
  CivilDate day = date;
  // A run of rest days is at most a few weeks long; the bound only guards bad data.
  for (int step = 0; step < 366; ++step) {
    Result<bool> rest = IsRestDay(day);
    if (!rest.ok()) return rest.diagnostics();
    if (!*rest) return day;
    day = AddDays(day, 1);
  }
  return NotCovered(*this, day);
}

std::string RestDayCalendar::Citation() const {
  auto field = [this](const char* key) {
    const auto it = reference.find(key);
    return it != reference.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  std::string text = field("title");
  if (const std::string url = field("url"); !url.empty()) text += " (" + url + ")";
  return text;
}

Result<RestDayCalendar> LoadRestDayCalendar(std::string_view source, std::string_view text) {
  FileChecker checker(source);
  Result<json> parsed = ParseJson(text);
  if (!parsed.ok()) {
    for (const Diagnostic& d : parsed.diagnostics()) {
      json params = d.params;
      params["json_code"] = d.code;
      checker.Add("law.param.syntax", d.instance_location, params);
    }
    return std::move(checker.diagnostics());
  }
  return LoadRestDayCalendarDocument(source, *parsed);
}

Result<RestDayCalendar> LoadRestDayCalendarDocument(std::string_view source, const json& root) {
  FileChecker checker(source);
  if (!root.is_object()) {
    checker.Add("law.param.wrong_type", "", {{"expected", "object"}});
    return std::move(checker.diagnostics());
  }
  RestDayCalendar calendar;
  calendar.source = std::string(source);
  Loader(checker, calendar).Root(root);
  if (!checker.diagnostics().empty()) return std::move(checker.diagnostics());
  return calendar;
}

}  // namespace yaosu::law

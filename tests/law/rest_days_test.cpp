// The rest-day calendar: its loader rejects what contradicts itself, and the
// built-in data (schemas/params/calendar/rest_days.json) answers as the
// State Council General Office's notices say.
#include "core/law/rest_days.h"

#include <gtest/gtest.h>

#include "core/law/parameter_set.h"

namespace yaosu::law {
namespace {

const RestDayCalendar& Builtin() {
  const Result<ParameterSet>& set = ParameterSet::Builtin();
  EXPECT_TRUE(set.ok()) << ToJson(set.diagnostics()).dump(2);
  const RestDayCalendar* calendar = set->FindCalendar("calendar/rest_days");
  EXPECT_NE(calendar, nullptr);
  static const RestDayCalendar empty;
  return calendar ? *calendar : empty;
}

bool Rest(int y, int m, int d) {
  Result<bool> rest = Builtin().IsRestDay({y, m, d});
  EXPECT_TRUE(rest.ok()) << y << "-" << m << "-" << d;
  return rest.ok() && *rest;
}

TEST(RestDays, WeekendsAreRestDaysUnlessDeclaredWorking) {
  EXPECT_TRUE(IsWeekend({2025, 3, 15}));   // Saturday
  EXPECT_TRUE(IsWeekend({2025, 3, 16}));   // Sunday
  EXPECT_FALSE(IsWeekend({2025, 3, 17}));  // Monday
  EXPECT_TRUE(IsWeekend({1970, 1, 4}));    // a Sunday before the epoch's first Monday
  EXPECT_TRUE(IsWeekend({1969, 12, 28}));  // a Sunday before the epoch
  EXPECT_TRUE(Rest(2025, 3, 15));
  EXPECT_FALSE(Rest(2025, 3, 17));
  EXPECT_FALSE(Rest(2025, 1, 26));  // Sunday, 春节调休上班 (国办发明电〔2024〕12号)
  EXPECT_TRUE(Rest(2025, 1, 29));   // 春节
  EXPECT_FALSE(Rest(2024, 2, 9));   // 除夕 2024: only "encouraged" off, a Friday working day
}

TEST(RestDays, LaterNoticesOverrideEarlierOnes) {
  EXPECT_FALSE(Rest(2019, 4, 28));  // Sunday made a working day by 国办发明电〔2019〕3号
  EXPECT_TRUE(Rest(2019, 5, 3));    // a Friday made a day off by the same notice
  EXPECT_TRUE(Rest(2020, 2, 1));    // Saturday first made a working day, then off (国办发明电〔2020〕1号)
  const RestDayCalendar::Declared* declared = Builtin().Find({2020, 2, 1});
  ASSERT_NE(declared, nullptr);
  EXPECT_EQ(Builtin().notices[declared->notice].number, "国办发明电〔2020〕1号");
}

TEST(RestDays, EveryYearHasItsFixedDateHolidays) {
  // 全国年节及纪念日放假办法 第二条: 元旦 1-1, 劳动节 5-1, 国庆节 10-1…10-3 are days off every year.
  for (int year = 2017; year <= 2026; ++year) {
    SCOPED_TRACE(year);
    EXPECT_TRUE(Rest(year, 1, 1));
    EXPECT_TRUE(Rest(year, 5, 1));
    EXPECT_TRUE(Rest(year, 10, 1));
    EXPECT_TRUE(Rest(year, 10, 2));
    EXPECT_TRUE(Rest(year, 10, 3));
  }
  // From 2025 (国务院令第795号) also 5-2.
  EXPECT_TRUE(Rest(2025, 5, 2));
  EXPECT_TRUE(Rest(2026, 5, 2));
}

TEST(RestDays, EveryNoticeIsCitedWithItsNumberAndAGovCnAddress) {
  ASSERT_EQ(Builtin().notices.size(), 12u);  // ten years, plus the 2019 Labour Day change and the 2020 extension
  for (const RestDayNotice& n : Builtin().notices) {
    SCOPED_TRACE(n.title);
    EXPECT_EQ(n.number.rfind("国办发明电〔", 0), 0u);
    EXPECT_EQ(n.url.rfind("https://www.gov.cn/", 0), 0u);
    EXPECT_NE(n.title.find(std::to_string(n.year) + "年"), std::string::npos);
  }
}

TEST(RestDays, DaysOutsideTheDataAreAnErrorNotAGuess) {
  for (const CivilDate& day : {CivilDate{2016, 12, 31}, CivilDate{2026, 12, 29}, CivilDate{2027, 1, 1}}) {
    Result<bool> rest = Builtin().IsRestDay(day);
    ASSERT_FALSE(rest.ok()) << ToString(day);
    EXPECT_EQ(rest.diagnostics().front().code, "law.calendar.not_covered");
  }
  // Walking forward out of the data is an error too.
  Result<CivilDate> next = Builtin().FirstWorkingDayFrom({2026, 12, 27});
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(ToString(*next), "2026-12-28");
}

TEST(RestDays, FirstWorkingDayAfterAHoliday) {
  Result<CivilDate> day = Builtin().FirstWorkingDayFrom({2024, 10, 3});
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(ToString(*day), "2024-10-08");
  day = Builtin().FirstWorkingDayFrom({2023, 10, 1});
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(ToString(*day), "2023-10-07");  // a Saturday declared a working day
}

// A minimal calendar text with `notices` spliced in.
std::string Calendar(const std::string& notices,
                     const std::string& covers = R"({"from": "2025-01-01", "to": "2025-12-31"})") {
  return R"({"id": "calendar/test", "description": {"zh": "测试", "en": "test"}, "reference": {"title": "t"},
             "weekends": {"rest": true, "reference": "r"}, "last_verified": "2025-01-01", "covers": )" +
         covers + R"(, "notices": )" + notices + "}";
}

std::string Codes(const Result<RestDayCalendar>& loaded) {
  std::string codes;
  for (const Diagnostic& d : loaded.diagnostics()) codes += d.code + "@" + d.instance_location + " ";
  return codes;
}

const char* kNotice =
    R"({"year": 2025, "title": "t", "number": "n", "issued": "2024-11-12", "url": "https://www.gov.cn/x",
                          "rest": [{"name": "春节", "from": "2025-01-28", "to": "2025-02-04"}], "work": ["2025-01-26"]})";

TEST(RestDayLoader, LoadsAMinimalCalendar) {
  Result<RestDayCalendar> loaded = LoadRestDayCalendar("test.json", Calendar(std::string("[") + kNotice + "]"));
  ASSERT_TRUE(loaded.ok()) << Codes(loaded);
  EXPECT_EQ(loaded->declared.size(), 9u);
  EXPECT_TRUE(*loaded->IsRestDay({2025, 2, 4}));
}

TEST(RestDayLoader, RejectsUnknownKeysAndBadDatesNamingTheFile) {
  Result<RestDayCalendar> loaded = LoadRestDayCalendar(
      "test.json", Calendar(R"([{"year": 2025, "title": "t", "number": "n", "issued": "2024-11-12", "url": "u",
                                 "rest": [{"name": "x", "from": "2025-02-30", "to": "2025-03-01"}], "work": [], "extra": 1}])"));
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(Codes(loaded), "law.param.unknown_key@/notices/0/extra law.param.bad_date@/notices/0/rest/0/from ");
  EXPECT_EQ(loaded.diagnostics().front().params["file"], "test.json");
}

TEST(RestDayLoader, RejectsDaysThatContradictThemselves) {
  // A "working" weekday, a day both off and working, a reversed range.
  Result<RestDayCalendar> loaded = LoadRestDayCalendar(
      "test.json", Calendar(R"([{"year": 2025, "title": "t", "number": "n", "issued": "2024-11-12", "url": "u",
                                 "rest": [{"name": "a", "from": "2025-02-01", "to": "2025-02-02"},
                                          {"name": "b", "from": "2025-05-05", "to": "2025-05-01"}],
                                 "work": ["2025-01-27", "2025-02-01"]}])"));
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(Codes(loaded),
            "law.param.bad_value@/notices/0/rest/1 law.param.bad_value@/notices/0/work/0 "
            "law.param.bad_value@/notices/0/work/1 ");
}

TEST(RestDayLoader, RejectsNoticesOutOfOrderAndAReversedCoverage) {
  const std::string two = std::string("[") + kNotice + ", " + kNotice + "]";
  Result<RestDayCalendar> loaded = LoadRestDayCalendar("test.json", Calendar(two));
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(Codes(loaded), "law.param.bad_value@/notices/1/issued ");
  loaded = LoadRestDayCalendar(
      "test.json", Calendar(std::string("[") + kNotice + "]", R"({"from": "2025-12-31", "to": "2025-01-01"})"));
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(Codes(loaded), "law.param.bad_value@/covers ");
}

TEST(RestDayLoader, ParameterSetLoadsTheCalendarAreaWithItsOwnLoader) {
  const std::string lpr = R"({"id": "rates/x", "description": {"zh": "甲", "en": "a"}, "unit": "percent",
      "reference": {"title": "t"}, "last_verified": "2025-01-01", "values": {"2020-01-01": {"value": 1, "reference": "r"}}})";
  const std::string calendar = Calendar(std::string("[") + kNotice + "]");
  Result<ParameterSet> set = ParameterSet::Load({{"a.json", lpr}, {"b.json", calendar}});
  ASSERT_TRUE(set.ok()) << ToJson(set.diagnostics()).dump();
  EXPECT_NE(set->Find("rates/x"), nullptr);
  EXPECT_NE(set->FindCalendar("calendar/test"), nullptr);
  EXPECT_EQ(set->Find("calendar/test"), nullptr);
}

}  // namespace
}  // namespace yaosu::law

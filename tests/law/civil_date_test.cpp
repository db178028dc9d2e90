// Civil dates: the table in tests/law/data/dates.json (parse, days between,
// add months/years under each rounding mode), plus round trips.
#include "core/law/civil_date.h"

#include <gtest/gtest.h>

#include "core/calendar/gregorian.h"
#include "core/schema/formats/formats.h"
#include "tests/law/law_test_support.h"

namespace yaosu::law {
namespace {

MonthEndRounding RoundingFrom(const std::string& name) {
  if (name == "down") return MonthEndRounding::kDown;
  if (name == "up") return MonthEndRounding::kUp;
  return MonthEndRounding::kRefuse;
}

void ExpectDate(const Result<CivilDate>& got, const nlohmann::json& c) {
  if (c.contains("error")) {
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.diagnostics()[0].code, c["error"].get<std::string>());
  } else {
    ASSERT_TRUE(got.ok()) << ToJson(got.diagnostics()).dump();
    EXPECT_EQ(ToString(*got), c["expect"].get<std::string>());
  }
}

TEST(CivilDate, FollowsTheDatesTable) {
  const nlohmann::json cases = testing::ReadLawData("dates.json");
  ASSERT_TRUE(cases.is_array());
  for (const nlohmann::json& c : cases) {
    SCOPED_TRACE(c["name"].get<std::string>());
    const std::string op = c["op"].get<std::string>();
    if (op == "parse") {
      ExpectDate(ParseCivilDate(c["date"].get<std::string>()), c);
    } else if (op == "days_between") {
      EXPECT_EQ(DaysBetween(*ParseCivilDate(c["from"].get<std::string>()), *ParseCivilDate(c["to"].get<std::string>())),
                c["expect"].get<int64_t>());
    } else if (op == "add_months") {
      ExpectDate(AddMonths(*ParseCivilDate(c["date"].get<std::string>()), c["months"].get<int>(),
                           RoundingFrom(c["rounding"].get<std::string>())),
                 c);
    } else if (op == "add_years") {
      ExpectDate(AddYears(*ParseCivilDate(c["date"].get<std::string>()), c["years"].get<int>(),
                          RoundingFrom(c["rounding"].get<std::string>())),
                 c);
    } else {
      ADD_FAILURE() << "unknown op " << op;
    }
  }
}

TEST(CivilDate, DaysSinceEpochRoundTripsOverFourCenturies) {
  for (int64_t day = DaysSinceEpoch({1900, 1, 1}); day <= DaysSinceEpoch({2300, 1, 1}); day += 17) {
    EXPECT_EQ(DaysSinceEpoch(FromDaysSinceEpoch(day)), day);
  }
  EXPECT_EQ(DaysSinceEpoch({1970, 1, 1}), 0);
  EXPECT_EQ(ToString(FromDaysSinceEpoch(DaysSinceEpoch({2019, 8, 20}) + 31)), "2019-09-20");
}

TEST(CivilDate, AmbiguousMonthEndNamesTheDate) {
  Result<CivilDate> d = AddMonths({2024, 1, 31}, 1, MonthEndRounding::kRefuse);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.diagnostics()[0].params["date"], "2024-01-31");
  EXPECT_EQ(d.diagnostics()[0].params["months"], 1);
}

TEST(Calendar, LeapYearsFollowTheGregorianRule) {
  EXPECT_TRUE(calendar::IsLeapYear(2024));
  EXPECT_FALSE(calendar::IsLeapYear(2025));
  EXPECT_FALSE(calendar::IsLeapYear(1900));  // a century, not divisible by 400
  EXPECT_TRUE(calendar::IsLeapYear(2000));
  EXPECT_EQ(calendar::DaysInMonth(2024, 2), 29);
  EXPECT_EQ(calendar::DaysInMonth(2100, 2), 28);
  EXPECT_EQ(calendar::DaysInMonth(2025, 4), 30);
  EXPECT_EQ(calendar::DaysInMonth(2025, 12), 31);
}

// The `date` format, civil dates and identifiers' dates share one calendar: no day is real to one and not another.
TEST(Calendar, EveryDateCheckAgreesOnWhichDaysExist) {
  for (int year = 1896; year <= 2104; ++year) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 28; day <= 32; ++day) {
        const CivilDate date{year, month, day};
        const std::string text = ToString(date);
        const bool real = day <= calendar::DaysInMonth(year, month);
        EXPECT_EQ(IsRealDate(date), real) << text;
        EXPECT_EQ(ParseIsoDate(text).has_value(), real) << text;
        EXPECT_EQ(formats::IsDate(text), real) << text;
        EXPECT_EQ(ParseCivilDate(text).ok(), real && year >= 1900) << text;
      }
    }
  }
}

TEST(CivilDate, IdentifierDatesReachBeyondTheLegalYears) {
  // An "as of" day or a birth date may be any real day; legal arithmetic keeps to 1900-2999.
  ASSERT_TRUE(ParseIsoDate("0500-03-01").has_value());
  EXPECT_EQ(*ParseIsoDate("0500-03-01"), (CivilDate{500, 3, 1}));
  EXPECT_FALSE(ParseCivilDate("0500-03-01").ok());
  EXPECT_FALSE(ParseIsoDate("0000-01-01").has_value());
  EXPECT_FALSE(ParseIsoDate("2025-1-01").has_value());
  EXPECT_FALSE(IsRealDate({2025, 2, 30}));  // a birth date as written, reported rather than refused
  EXPECT_TRUE(IsRealDate(ChinaToday()));
}

}  // namespace
}  // namespace yaosu::law

// The parameter loader rejects what OpenFisca rejects, naming the file, and a
// lookup takes the latest start ≤ the date, errs before the first, and warns
// after last_verified.
#include "core/law/parameter.h"

#include <gtest/gtest.h>

#include "core/law/parameter_set.h"

namespace yaosu::law {
namespace {

constexpr const char* kGood = R"({
  "id": "test/rate", "description": {"zh": "测试", "en": "test"}, "unit": "percent",
  "reference": {"title": "测试文件"}, "last_verified": "2023-01-01",
  "values": {"2020-01-01": {"value": 1, "reference": "a"}, "2021-01-01": {"value": 2, "reference": "b"},
             "2024-01-01": {"value": null}}})";

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

void ExpectRejected(const std::string& text, const std::string& code, const std::string& pointer) {
  Result<Parameter> p = LoadParameter("bad/file.json", text);
  ASSERT_FALSE(p.ok()) << code;
  EXPECT_EQ(p.diagnostics()[0].code, code);
  EXPECT_EQ(p.diagnostics()[0].instance_location, pointer);
  EXPECT_EQ(p.diagnostics()[0].params["file"], "bad/file.json");
}

TEST(Parameter, LoadsAGoodFile) {
  Result<Parameter> p = LoadParameter("good.json", kGood);
  ASSERT_TRUE(p.ok()) << ToJson(p.diagnostics()).dump();
  EXPECT_EQ(p->id, "test/rate");
  EXPECT_EQ(p->values.size(), 3u);
  EXPECT_EQ(p->Citation(), "测试文件");
}

TEST(Parameter, RejectsAnUnknownKey) {
  ExpectRejected(Replace(kGood, R"("unit")", R"("units": 1, "unit")"), "law.param.unknown_key", "/units");
}

TEST(Parameter, RejectsAnUnknownKeyInAValue) {
  ExpectRejected(Replace(kGood, R"("reference": "a")", R"("reference": "a", "valeu": 3)"), "law.param.unknown_key",
                 "/values/2020-01-01/valeu");
}

TEST(Parameter, RejectsAMalformedDate) {
  ExpectRejected(Replace(kGood, "2021-01-01", "2021-02-30"), "law.param.bad_date", "/values/2021-02-30");
}

TEST(Parameter, RejectsADuplicateDate) {
  ExpectRejected(Replace(kGood, "2021-01-01", "2020-01-01"), "law.param.duplicate_date", "/values");
}

TEST(Parameter, RejectsAMissingValue) {
  ExpectRejected(Replace(kGood, R"("value": 2, )", ""), "law.param.missing_value", "/values/2021-01-01");
}

TEST(Parameter, RejectsAValueWithoutCitation) {
  ExpectRejected(Replace(kGood, R"(, "reference": "b")", ""), "law.param.missing_key", "/values/2021-01-01");
}

TEST(Parameter, RejectsAMissingLastVerified) {
  ExpectRejected(Replace(kGood, R"("last_verified": "2023-01-01",)", ""), "law.param.missing_key", "");
}

TEST(Parameter, RejectsBrokenJsonNamingTheFile) { ExpectRejected("{", "law.param.syntax", ""); }

TEST(Parameter, LookupTakesTheLatestStartOnOrBeforeTheDate) {
  const Parameter p = *LoadParameter("good.json", kGood);
  EXPECT_EQ(p.At({2020, 1, 1})->value, 1);
  EXPECT_EQ(p.At({2020, 12, 31})->value, 1);
  EXPECT_EQ(p.At({2021, 1, 1})->value, 2);
  EXPECT_TRUE(p.At({2021, 1, 1}).diagnostics().empty());
}

TEST(Parameter, LookupBeforeTheFirstDateIsAnErrorNotADefault) {
  Result<DatedValue> v = LoadParameter("good.json", kGood)->At({2019, 12, 31});
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.diagnostics()[0].code, "law.param.before_first");
  EXPECT_EQ(v.diagnostics()[0].params["first"], "2020-01-01");
}

TEST(Parameter, LookupAfterLastVerifiedWarns) {
  Result<DatedValue> v = LoadParameter("good.json", kGood)->At({2023, 1, 2});
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->value, 2);
  ASSERT_EQ(v.diagnostics().size(), 1u);
  EXPECT_EQ(v.diagnostics()[0].code, "law.param.unverified");
  EXPECT_EQ(v.diagnostics()[0].severity, Severity::kWarning);
}

TEST(Parameter, ANullValueEndsTheParameter) {
  Result<DatedValue> v = LoadParameter("good.json", kGood)->At({2024, 6, 1});
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.diagnostics()[0].code, "law.param.ended");
}

TEST(ParameterSet, RejectsTwoFilesWithOneId) {
  Result<ParameterSet> set = ParameterSet::Load({{"a.json", kGood}, {"b.json", kGood}});
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.diagnostics()[0].code, "law.param.duplicate_id");
  EXPECT_EQ(set.diagnostics()[0].params["file"], "b.json");
}

TEST(ParameterSet, UnknownParameterIsAnError) {
  Result<DatedValue> v = ParameterSet::Builtin()->Lookup("rates/nothing", {2024, 1, 1});
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.diagnostics()[0].code, "law.param.unknown");
}

}  // namespace
}  // namespace yaosu::law

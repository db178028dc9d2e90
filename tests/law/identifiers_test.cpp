// Tests for core/law/identifiers: resident ID numbers (GB 11643), unified
// social credit codes (GB 32100), phone numbers, money in yuan, and the
// formats registered with the schema engine. Check characters are worked out
// by hand in the comments, so a test failure can be checked on paper.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics/message_catalog.h"
#include "core/json/parse.h"
#include "core/law/identifiers/chinese_formats.h"
#include "core/law/identifiers/identifier_report.h"
#include "core/law/identifiers/money_yuan.h"
#include "core/law/identifiers/phone_numbers.h"
#include "core/law/identifiers/region_codes.h"
#include "core/law/identifiers/resident_id.h"
#include "core/law/identifiers/uscc.h"
#include "tests/schema/schema_test_support.h"

namespace yaosu::law {
namespace {

constexpr CivilDate kAsOf{2025, 6, 1};

// ---- Resident ID numbers (GB 11643-1999) ------------------------------------

TEST(ResidentId, StandardExampleDecodes) {
  // GB 11643's own example, 11010519491231002X:
  //   digits   1 1  0 1 0 5 1 9 4 9 1 2  3 1 0 0 2
  //   weights  7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
  //   S = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → 'X'.
  EXPECT_EQ(ResidentIdCheckCharacter("11010519491231002"), 'X');
  const ResidentId id = ParseResidentId("11010519491231002X", kAsOf);
  EXPECT_TRUE(id.verdict.valid) << id.verdict.reason;
  EXPECT_TRUE(id.verdict.reason.empty());
  EXPECT_EQ(id.kind, ResidentIdKind::kEighteen);
  EXPECT_EQ(id.region_code, "110105");
  ASSERT_TRUE(id.birth_date.has_value());
  EXPECT_EQ(*id.birth_date, (CivilDate{1949, 12, 31}));
  EXPECT_EQ(id.sex, Sex::kFemale);  // 17th digit 2: even
  EXPECT_EQ(id.check_character, 'X');
}

TEST(ResidentId, OddSequenceDigitIsMale) {
  // 32010219900307123: S = 21+18+0+5+0+8+2+9+54+0+0+27+0+35+8+8+6 = 201;
  // 201 mod 11 = 3 → '9'. 17th digit 3: odd, male.
  const ResidentId id = ParseResidentId("320102199003071239", kAsOf);
  EXPECT_TRUE(id.verdict.valid) << id.verdict.reason;
  EXPECT_EQ(id.sex, Sex::kMale);
  EXPECT_EQ(*id.birth_date, (CivilDate{1990, 3, 7}));
  EXPECT_EQ(ProvinceName(id.region_code), "江苏省");
}

TEST(ResidentId, WrongCheckCharacterReportsTheExpectedOne) {
  // 11010519491231003: S = 167 - 4 + 6 = 169; 169 mod 11 = 4 → '8', not '1'.
  const ResidentId id = ParseResidentId("110105194912310031", kAsOf);
  EXPECT_FALSE(id.verdict.valid);
  EXPECT_EQ(id.verdict.reason, "check_character");
  EXPECT_EQ(id.verdict.params["expected"], "8");
  EXPECT_EQ(id.verdict.params["actual"], "1");
  // What could be read is still decoded, for the cross-checks of a form.
  EXPECT_EQ(id.sex, Sex::kMale);
  EXPECT_EQ(*id.birth_date, (CivilDate{1949, 12, 31}));
  EXPECT_TRUE(ParseResidentId("110105194912310038", kAsOf).verdict.valid);
}

TEST(ResidentId, LowercaseXIsAcceptedWithAWarning) {
  const ResidentId id = ParseResidentId("11010519491231002x", kAsOf);
  EXPECT_TRUE(id.verdict.valid);
  EXPECT_EQ(id.verdict.severity, Severity::kWarning);
  EXPECT_EQ(id.verdict.reason, "lowercase_x");
}

TEST(ResidentId, FebruaryThirtiethIsNotABirthDate) {
  // 11010519900230002: S = 158, 158 mod 11 = 4 → '8', so only the date is wrong.
  const ResidentId id = ParseResidentId("110105199002300028", kAsOf);
  EXPECT_FALSE(id.verdict.valid);
  EXPECT_EQ(id.verdict.reason, "birth_date");
  EXPECT_FALSE(id.birth_date.has_value());
  // 1900 was not a leap year, 2000 was.
  EXPECT_EQ(ParseResidentId("110105190002290010", kAsOf).verdict.reason, "birth_date");
  EXPECT_NE(ParseResidentId("110105200002290010", kAsOf).verdict.reason, "birth_date");
}

TEST(ResidentId, BirthDateBefore1900OrInTheFutureIsRejected) {
  // 44052418800101001: S = 195, 195 mod 11 = 8 → '4'. A right check character
  // on a birth date in 1880.
  EXPECT_EQ(ParseResidentId("440524188001010014", kAsOf).verdict.reason, "birth_date_before_1900");
  // 44030120241231001: S = 173, 173 mod 11 = 8 → '4'; born 2024-12-31.
  EXPECT_EQ(ParseResidentId("440301202412310014", CivilDate{2024, 12, 30}).verdict.reason, "birth_date_in_future");
  EXPECT_TRUE(ParseResidentId("440301202412310014", CivilDate{2024, 12, 31}).verdict.valid);
}

TEST(ResidentId, LengthCharsetAndRegion) {
  EXPECT_EQ(ParseResidentId("11010519491231002", kAsOf).verdict.reason, "length");
  EXPECT_EQ(ParseResidentId("", kAsOf).verdict.reason, "length");
  EXPECT_EQ(ParseResidentId("1101051949123100XX", kAsOf).verdict.reason, "charset");
  EXPECT_EQ(ParseResidentId("11010519491231002Y", kAsOf).verdict.reason, "charset");
  EXPECT_EQ(ParseResidentId("１１０１０５", kAsOf).verdict.reason, "charset");  // full-width digits: 18 bytes
  // 99 is no province; 00 neither.
  EXPECT_EQ(ParseResidentId("990105194912310028", kAsOf).verdict.reason, "region");
  EXPECT_EQ(ParseResidentId("000105194912310028", kAsOf).verdict.reason, "region");
}

TEST(ResidentId, LegacyFifteenDigitsDecode) {
  // 110105491231002: area 110105, born (19)49-12-31, sequence 002 → female.
  const ResidentId id = ParseResidentId("110105491231002", kAsOf);
  EXPECT_TRUE(id.verdict.valid) << id.verdict.reason;
  EXPECT_EQ(id.kind, ResidentIdKind::kFifteenLegacy);
  EXPECT_EQ(*id.birth_date, (CivilDate{1949, 12, 31}));
  EXPECT_EQ(id.sex, Sex::kFemale);
  EXPECT_EQ(id.check_character, 0);
  // Upgraded, it is the standard 18-digit example.
  EXPECT_EQ(UpgradeLegacyResidentId("110105491231002"), "11010519491231002X");
  EXPECT_EQ(ParseResidentId("110105491231003", kAsOf).sex, Sex::kMale);
  EXPECT_EQ(ParseResidentId("110105490230002", kAsOf).verdict.reason, "birth_date");
  EXPECT_EQ(ParseResidentId("11010549123100X", kAsOf).verdict.reason, "charset");
}

// ---- Unified social credit codes (GB 32100-2015) ------------------------------

TEST(Uscc, CheckCharacterFollowsGb32100) {
  // 91350100M000100Y43 (values M = 21, Y = 30):
  //   9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + 21·20 + 0·29 + 0·25 + 0·13
  //   + 1·8 + 0·24 + 0·10 + 30·30 + 4·28 = 1640; 1640 mod 31 = 28; 31 - 28 = 3 → '3'.
  EXPECT_EQ(UsccCheckCharacter("91350100M000100Y4"), '3');
  const UsccCheck check = CheckUscc("91350100M000100Y43");
  EXPECT_TRUE(check.verdict.valid) << check.verdict.reason;
  EXPECT_TRUE(check.verdict.reason.empty());
  EXPECT_EQ(check.registration_authority, '9');
  EXPECT_EQ(check.authority_name, "工商");
  EXPECT_EQ(check.type_name, "企业");
  EXPECT_EQ(check.region_code, "350100");
}

TEST(Uscc, ConstructedCodesIncludingTheWrapToZero) {
  // 11100000000000000: 1·1 + 1·3 + 1·9 = 13; 31 - 13 = 18 → 'J' (机构编制/机关, central).
  EXPECT_TRUE(CheckUscc("11100000000000000J").verdict.valid);
  // 9111000000000000G (G = 16): 9 + 3 + 9 + 27 + 16·28 = 496 = 16·31; 31 - 0 = 31 → 0 → '0'.
  EXPECT_EQ(UsccCheckCharacter("9111000000000000G"), '0');
  EXPECT_TRUE(CheckUscc("9111000000000000G0").verdict.valid);
}

TEST(Uscc, WrongCheckCharacterReportsTheExpectedOne) {
  const UsccCheck check = CheckUscc("91350100M000100Y44");
  EXPECT_EQ(check.verdict.reason, "check_character");
  EXPECT_EQ(check.verdict.params["expected"], "3");
}

TEST(Uscc, CharacterSetExcludesIOSVZ) {
  for (const char* code : {"91350100M000100I43", "91350100M000100O43", "91350100M000100S43", "91350100M000100V43",
                           "91350100M000100Z43", "91350100m000100Y43"}) {
    EXPECT_EQ(CheckUscc(code).verdict.reason, "charset") << code;
  }
  EXPECT_EQ(CheckUscc("91350100M000100Y4").verdict.reason, "length");
}

TEST(Uscc, AuthorityAreaAndTypeCodes) {
  // B is not a registration authority (1-9, A, N, Y are).
  EXPECT_EQ(CheckUscc("B1350100M000100Y43").verdict.reason, "registration_authority");
  // Positions 3-8 are an area code of digits.
  EXPECT_EQ(CheckUscc("9135A100M000100Y43").verdict.reason, "area_code");
  // 工商 lists types 1-3 only: a valid check character on type 5 warns.
  const std::string body = "95350100M000100Y4";
  const UsccCheck check = CheckUscc(body + UsccCheckCharacter(body));
  EXPECT_TRUE(check.verdict.valid);
  EXPECT_EQ(check.verdict.severity, Severity::kWarning);
  EXPECT_EQ(check.verdict.reason, "organization_type");
}

// ---- Phone numbers ----------------------------------------------------------------

TEST(Mobile, ElevenDigitsFromThirteenToNineteen) {
  EXPECT_TRUE(CheckMobile("13800138000").verdict.valid);
  EXPECT_TRUE(CheckMobile("13800138000").verdict.reason.empty());
  EXPECT_TRUE(CheckMobile("19912345678").verdict.reason.empty());
  EXPECT_TRUE(CheckMobile("+8613800138000").verdict.reason.empty());
  EXPECT_TRUE(CheckMobile("+86 13800138000").verdict.reason.empty());
  EXPECT_EQ(CheckMobile("1380013800").verdict.reason, "length");
  EXPECT_EQ(CheckMobile("138-0013-8000").verdict.reason, "charset");
  EXPECT_EQ(CheckMobile("23800138000").verdict.reason, "prefix");
}

TEST(Mobile, UnusualSecondDigitOnlyWarns) {
  const IdVerdict verdict = CheckMobile("12012345678").verdict;
  EXPECT_TRUE(verdict.valid);
  EXPECT_EQ(verdict.severity, Severity::kWarning);
  EXPECT_EQ(verdict.reason, "unusual_prefix");
}

TEST(Landline, AreaCodeNumberAndExtension) {
  const PhoneNumber baotou = CheckLandline("0472-1234567-89");
  EXPECT_TRUE(baotou.verdict.valid) << baotou.verdict.reason;
  EXPECT_EQ(baotou.area_code, "0472");
  EXPECT_EQ(baotou.number, "1234567");
  EXPECT_EQ(baotou.extension, "89");
  EXPECT_TRUE(CheckLandline("04725123456").verdict.valid);   // 0472 + 8 digits, no hyphen
  EXPECT_TRUE(CheckLandline("010-62345678").verdict.valid);  // Beijing: 3-digit code, 8 digits
  EXPECT_TRUE(CheckLandline("01062345678").verdict.valid);
  EXPECT_TRUE(CheckLandline("021-62345678转123").verdict.valid);
  EXPECT_EQ(CheckLandline("010-6234567").verdict.reason, "local_number");  // 3-digit codes have 8
  EXPECT_EQ(CheckLandline("0472-123456").verdict.reason, "local_number");
  EXPECT_EQ(CheckLandline("0472-0234567").verdict.reason, "local_number");
  EXPECT_EQ(CheckLandline("472-1234567").verdict.reason, "area_code");
  EXPECT_EQ(CheckLandline("0112-1234567").verdict.reason, "area_code");
  EXPECT_EQ(CheckLandline("0472-1234567-").verdict.reason, "extension");
  EXPECT_EQ(CheckLandline("0472 1234567").verdict.reason, "charset");
  EXPECT_EQ(CheckLandline("0472-1234567").verdict.reason, "unusual_local_number");
}

// ---- Money in yuan ------------------------------------------------------------------

TEST(MoneyYuan, TextWithAtMostTwoDecimals) {
  EXPECT_EQ(CheckMoneyYuan("1234.56").fen, 123456);
  EXPECT_EQ(CheckMoneyYuan("1234.5").fen, 123450);
  EXPECT_EQ(CheckMoneyYuan("0").fen, 0);
  EXPECT_EQ(CheckMoneyYuan("0.05").fen, 5);
  EXPECT_EQ(CheckMoneyYuan("20000000").fen, 2000000000);
  EXPECT_EQ(CheckMoneyYuan("1234.567").verdict.reason, "decimals");
  EXPECT_EQ(CheckMoneyYuan("12.").verdict.reason, "decimals");
  EXPECT_EQ(CheckMoneyYuan("-1").verdict.reason, "negative");
  EXPECT_EQ(CheckMoneyYuan("007").verdict.reason, "leading_zero");
  EXPECT_EQ(CheckMoneyYuan("1,234.56").verdict.reason, "charset");
  EXPECT_EQ(CheckMoneyYuan("1e3").verdict.reason, "charset");
  EXPECT_EQ(CheckMoneyYuan(".5").verdict.reason, "charset");
  EXPECT_EQ(CheckMoneyYuan("").verdict.reason, "charset");
  EXPECT_EQ(CheckMoneyYuan("1000000000000000").verdict.reason, "too_large");
}

TEST(MoneyYuan, NumbersAsTheDocumentWroteThem) {
  const auto number = [](const char* text) { return *ParseJson(text); };
  EXPECT_EQ(CheckMoneyYuanNumber(number("1234.56")).fen, 123456);
  EXPECT_EQ(CheckMoneyYuanNumber(number("0.3")).fen, 30);
  EXPECT_EQ(CheckMoneyYuanNumber(number("100.0")).fen, 10000);
  EXPECT_EQ(CheckMoneyYuanNumber(number("100")).fen, 10000);
  EXPECT_EQ(CheckMoneyYuanNumber(number("0.005")).verdict.reason, "decimals");
  EXPECT_EQ(CheckMoneyYuanNumber(number("-1")).verdict.reason, "negative");
  EXPECT_EQ(CheckMoneyYuanNumber(number("1e20")).verdict.reason, "too_large");
  EXPECT_EQ(CheckMoneyYuanNumber(number("\"12\"")).verdict.reason, "charset");
}

// ---- The formats in the schema engine ----------------------------------------------

schema::CompileOptions ChineseFormatOptions() {
  schema::CompileOptions options;
  options.format_assertion = true;
  RegisterChineseFormats(options.formats, kAsOf);
  return options;
}

TEST(ChineseFormats, SchemaRejectsABadIdWithItsReason) {
  const schema::CompiledSchema schema =
      schema::testing::MustCompile(R"({"properties": {"id": {"format": "cn-resident-id"}}})", ChineseFormatOptions());
  EXPECT_TRUE(schema.Validate(schema::testing::Json(R"({"id": "11010519491231002X"})")).valid);
  const schema::ValidationResult result = schema.Validate(schema::testing::Json(R"({"id": "110105194912310031"})"));
  EXPECT_FALSE(result.valid);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].code, "schema.format");
  EXPECT_EQ(result.diagnostics[0].instance_location, "/id");
  EXPECT_EQ(result.diagnostics[0].params["format"], "cn-resident-id");
  EXPECT_EQ(result.diagnostics[0].params["reason"], "check_character");
}

TEST(ChineseFormats, WarningsKeepTheInstanceValid) {
  const schema::CompiledSchema schema =
      schema::testing::MustCompile(R"({"format": "cn-mobile"})", ChineseFormatOptions());
  const schema::ValidationResult result = schema.Validate(schema::testing::Json(R"("12012345678")"));
  EXPECT_TRUE(result.valid);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(result.diagnostics[0].params["reason"], "unusual_prefix");
}

TEST(ChineseFormats, EveryFormatIsRegistered) {
  const schema::CompileOptions options = ChineseFormatOptions();
  const std::pair<const char*, const char*> cases[] = {
      {"cn-uscc", "91350100M000100Y44"}, {"cn-landline", "472-1234567"}, {"cn-money-yuan", "1.234"}};
  for (const auto& [format, bad] : cases) {
    const schema::CompiledSchema schema =
        schema::testing::MustCompile(std::string(R"({"format": ")") + format + "\"}", options);
    EXPECT_FALSE(schema.Validate(nlohmann::json(bad)).valid) << format;
  }
  schema::FormatRegistry today;
  RegisterChineseFormats(today);
  ASSERT_NE(today.Find("cn-resident-id"), nullptr);
  EXPECT_TRUE((*today.Find("cn-resident-id"))("11010519491231002X").valid);
}

TEST(ChineseFormats, EveryReasonHasAMessageInBothLanguages) {
  const std::pair<const char*, std::vector<const char*>> reasons[] = {
      {"cn-resident-id",
       {"length", "charset", "region", "birth_date", "birth_date_before_1900", "birth_date_in_future",
        "check_character", "lowercase_x"}},
      {"cn-uscc",
       {"length", "charset", "area_code", "registration_authority", "check_character", "organization_type", "region"}},
      {"cn-mobile", {"charset", "length", "prefix", "unusual_prefix"}},
      {"cn-landline", {"charset", "area_code", "local_number", "extension", "unusual_local_number"}},
      {"cn-money-yuan", {"charset", "negative", "leading_zero", "decimals", "too_large"}},
      {"unknown", {"unrecognized"}}};
  for (const auto& [format, codes] : reasons) {
    for (const char* reason : codes) {
      const Diagnostic d{.code = FormatReasonCode(format, reason), .params = {{"expected", "X"}, {"actual", "1"}}};
      const std::string zh = MessageCatalog::Builtin().Render(d, "zh");
      EXPECT_NE(zh, d.code);
      EXPECT_NE(MessageCatalog::Builtin().Render(d, "en"), zh) << d.code;
    }
  }
  EXPECT_EQ(MessageCatalog::Builtin().Render(Diagnostic{.code = "format.cn-resident-id.check_character",
                                                        .params = {{"expected", "8"}, {"actual", "1"}}},
                                             "en"),
            "Wrong check character: the last character should be 8, not 1; check the number");
}

// ---- DescribeIdentifier (yaosu check-id) -------------------------------------------

TEST(DescribeIdentifier, DetectsTheKind) {
  const nlohmann::json id = DescribeIdentifier("11010519491231002X", kAsOf);
  EXPECT_EQ(id["kind"], "cn-resident-id");
  EXPECT_EQ(id["valid"], true);
  EXPECT_EQ(id["birth_date"], "1949-12-31");
  EXPECT_EQ(id["sex"], "female");
  EXPECT_EQ(id["region"], "110105");
  EXPECT_EQ(DescribeIdentifier("110105491231002", kAsOf)["legacy"], true);
  EXPECT_EQ(DescribeIdentifier("91350100M000100Y43", kAsOf)["kind"], "cn-uscc");
  // All digits, wrong as a resident ID (no province 91), right as a USCC:
  // 9·1 + 1·3 + 1·9 + 1·27 + 6·28 = 216 = 6·31 + 30; 31 - 30 = 1 → '1'.
  EXPECT_EQ(DescribeIdentifier("911100000000000061", kAsOf)["kind"], "cn-uscc");
  EXPECT_EQ(DescribeIdentifier("911100000000000062", kAsOf)["kind"], "cn-resident-id");
  EXPECT_EQ(DescribeIdentifier("13800138000", kAsOf)["kind"], "cn-mobile");
  EXPECT_EQ(DescribeIdentifier("0472-5123456", kAsOf)["kind"], "cn-landline");
  const nlohmann::json unknown = DescribeIdentifier("hello", kAsOf);
  EXPECT_EQ(unknown["kind"], "unknown");
  EXPECT_EQ(unknown["valid"], false);
  EXPECT_EQ(unknown["reason"], "unrecognized");
  const nlohmann::json bad = DescribeIdentifier("110105194912310031", kAsOf);
  EXPECT_EQ(bad["reason"], "check_character");
  EXPECT_EQ(bad["params"]["expected"], "8");
}

}  // namespace
}  // namespace yaosu::law

// ParseJson's quick way (core/json/internal/well_formed_reader.h) against
// nlohmann's own parser: what it reads is the very DOM nlohmann builds, value
// types included; what it gives up on, ParseJson still answers the careful way.
#include "core/json/internal/well_formed_reader.h"

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/json/parse.h"
#include "tests/support/source_tree.h"

namespace yaosu::internal {
namespace {

using nlohmann::json;

// SameDom: equal values with the same types all the way down (nlohmann's == takes 1u for 1).
bool SameDom(const json& a, const json& b) {
  if (a.type() != b.type()) return false;
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto x = a.begin(), y = b.begin(); x != a.end(); ++x, ++y) {
      if (x.key() != y.key() || !SameDom(*x, *y)) return false;
    }
    return true;
  }
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!SameDom(a[i], b[i])) return false;
    }
    return true;
  }
  if (a.is_number_float()) {
    const double x = a.get<double>();
    const double y = b.get<double>();
    return std::memcmp(&x, &y, sizeof x) == 0;  // -0.0 and 0.0 apart
  }
  return a == b;
}

// NlohmannReads: nlohmann's own DOM of `text`, or nullopt where it refuses it.
std::optional<json> NlohmannReads(std::string_view text) {
  json value = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) return std::nullopt;
  return value;
}

// ExpectAgrees: whatever the reader reads, nlohmann reads the same.
void ExpectAgrees(std::string_view text) {
  const std::optional<json> quick = ReadWellFormed(text, ParseLimits{});
  if (!quick) return;
  const std::optional<json> careful = NlohmannReads(text);
  ASSERT_TRUE(careful.has_value()) << "the reader took what nlohmann refuses: " << text;
  EXPECT_TRUE(SameDom(*quick, *careful)) << text << "\nreader:   " << quick->dump()
                                         << "\nnlohmann: " << careful->dump();
}

// ExpectReads: a well-formed document the reader takes, as nlohmann does.
void ExpectReads(std::string_view text) {
  ASSERT_TRUE(ReadWellFormed(text, ParseLimits{}).has_value()) << text;
  ExpectAgrees(text);
}

TEST(WellFormedReader, ReadsWhatNlohmannReadsWithTheSameTypes) {
  for (const char* text :
       {R"({"name": "张三", "amount": 12.5, "parties": [{"id": 1}, {"id": -2}], "ok": true, "none": null})",
        "0",
        "-0",
        "-0.0",
        "1.5e3",
        "1E-2",
        "2e+2",
        "18446744073709551615",
        "-9223372036854775808",
        "9223372036854775807",
        "4.9e-324",
        "1e-400",
        "1.7976931348623157e308",
        "0.1000000000000000055511151231257827",
        "\"\"",
        "[]",
        "{}",
        " \t\r\n[ 1 , [ ] , { } ]\n",
        R"("\"\\\/\b\f\n\r\t")",
        R"("\u0000\u00e9\u5f20\uD83D\uDE00")",
        "\"\xF0\x9F\x98\x80 \xE4\xB8\x89 \xC3\xA9 \x7F\"",
        R"({"a":{"b":{"c":[[[]]]}}})",
        R"({"":"", "z": 1, "a": 2})"}) {
    ExpectReads(text);
  }
}

TEST(WellFormedReader, LeavesToTheCarefulWayWhatItDoesNotTake) {
  for (const char* text : {"",
                           " ",
                           "\xEF\xBB\xBF{}",  // a byte order mark: nlohmann skips it, the reader leaves it
                           "[1,]",
                           "{\"a\":1,}",
                           "01",
                           "-",
                           "1.",
                           ".5",
                           "1e",
                           "+1",
                           "tru",
                           "nul",
                           "[1 2]",
                           "{\"a\" 1}",
                           "{1:2}",
                           "\"\x01\"",
                           "\"\\x\"",
                           "\"\\u12\"",
                           "\"\\uDE00\"",
                           "\"\\uD83D\"",
                           "\"\\uD83D\\u0041\"",
                           "\"\xC0\x80\"",
                           "\"\xED\xA0\x80\"",
                           "\"\xF4\x90\x80\x80\"",
                           "\"\xE4\xB8\"",
                           "\"\x80\"",
                           "\"abc",
                           R"({"a":1,"a":2})",  // duplicate key
                           "18446744073709551616",
                           "-9223372036854775809",
                           "1e400",
                           "-1e400",  // past 64 bits, out of range
                           "[] []",
                           "{} x",
                           "[1]]"}) {
    EXPECT_FALSE(ReadWellFormed(text, ParseLimits{}).has_value()) << text;
  }
}

TEST(WellFormedReader, LeavesEveryLimitReachedToTheCarefulWay) {
  ParseLimits limits;
  limits.max_depth = 3;
  EXPECT_TRUE(ReadWellFormed("[[[1]]]", limits).has_value());
  EXPECT_FALSE(ReadWellFormed("[[[[1]]]]", limits).has_value());
  limits = ParseLimits{.max_string_bytes = 4};
  EXPECT_TRUE(ReadWellFormed(R"({"abcd":"\n\t"})", limits).has_value());
  EXPECT_FALSE(ReadWellFormed(R"(["\n\t\r"])", limits).has_value());  // 6 bytes as written
  EXPECT_FALSE(ReadWellFormed(R"({"abcde":1})", limits).has_value());
  limits = ParseLimits{.max_array_items = 2};
  EXPECT_TRUE(ReadWellFormed("[[1,2],[3,4]]", limits).has_value());
  EXPECT_FALSE(ReadWellFormed("[1,2,3]", limits).has_value());
  limits = ParseLimits{.max_values = 4};
  EXPECT_TRUE(ReadWellFormed(R"({"a":[1,2]})", limits).has_value());  // the object, the array, two numbers
  EXPECT_FALSE(ReadWellFormed(R"({"a":[1,2,3]})", limits).has_value());
}

TEST(WellFormedReader, ParseJsonAnswersTheCarefulWayWhereTheReaderGivesUp) {
  Result<json> duplicate = ParseJson(R"({"a":{"b":1,"b":2}})");
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.diagnostics().front().code, "json.duplicate_key");
  EXPECT_EQ(duplicate.diagnostics().front().instance_location, "/a");
  Result<json> big = ParseJson("[18446744073709551616]");
  ASSERT_TRUE(big.ok());
  EXPECT_TRUE((*big)[0].is_number_float());
  Result<json> bom = ParseJson("\xEF\xBB\xBF{\"a\":1}");
  ASSERT_TRUE(bom.ok());
  EXPECT_EQ((*bom)["a"], 1);
  Result<json> deep = ParseJson("[[[1]]]", ParseLimits{.max_depth = 2});
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.diagnostics().front().code, "json.too_deep");
}

// Every JSON file of the repository's schemas/ and the shared conformance suites: read, and read alike.
TEST(WellFormedReader, ReadsEveryRealDocumentAsNlohmannDoes) {
  std::size_t read = 0;
  for (const std::string& root :
       {std::string(YAOSU_SOURCE_DIR) + "/schemas", std::string(YAOSU_SOURCE_DIR) + "/../shared/conformance"}) {
    if (!std::filesystem::is_directory(root)) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (entry.path().extension() != ".json") continue;
      std::string text;
      ASSERT_TRUE(yaosu::testing::ReadFile(entry.path().string(), text)) << entry.path();
      if (!NlohmannReads(text)) continue;  // a suite's deliberately broken file
      // Every document nlohmann reads the reader reads, but those with a duplicate key (nlohmann keeps the
      // last, ParseJson refuses them) and the suite's integers past 64 bits (nlohmann reads them as doubles).
      if (!ReadWellFormed(text, ParseLimits{}).has_value()) {
        const bool big_integers = entry.path().filename() == "bignum.json";
        EXPECT_TRUE(big_integers || !ParseJson(text).ok()) << entry.path() << " was left to the careful way";
        continue;
      }
      ExpectAgrees(text);
      ++read;
    }
  }
  EXPECT_GT(read, 400u);
}

// Mutated documents: bytes dropped, repeated, replaced with JSON's own characters or invalid UTF-8.
TEST(WellFormedReader, AgreesWithNlohmannOnMutatedDocuments) {
  const std::vector<std::string> seeds = {
      R"({"原告":[{"name":"张三","id":"11010519491231002X","age":35}],"amount":-1234.56e-1,"flags":[true,false,null]})",
      R"(["\u5f20\uD83D\uDE00\n",0,-0,1e5,[{}],{"a":{"b":[]}}])"};
  const std::string alphabet = "{}[],:\"\\-+.eE0123456789 \ttrufalsn\x80\xC3\xA9\xED\xF4";
  std::mt19937 random(20261208);
  std::size_t taken = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text = seeds[round % seeds.size()];
    const int edits = 1 + static_cast<int>(random() % 3);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      const std::size_t at = random() % text.size();
      switch (random() % 3) {
        case 0: text.erase(at, 1); break;
        case 1: text.insert(at, 1, text[at]); break;
        default: text[at] = alphabet[random() % alphabet.size()]; break;
      }
    }
    ExpectAgrees(text);
    if (ReadWellFormed(text, ParseLimits{})) ++taken;
  }
  EXPECT_GT(taken, 100u);  // the mutations keep some documents well formed
}

}  // namespace
}  // namespace yaosu::internal

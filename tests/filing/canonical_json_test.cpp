#include "core/filing/canonical_json.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "core/filing/ecmascript_number.h"
#include "core/json/parse.h"

namespace yaosu::filing {
namespace {

using nlohmann::json;

// FromBits: the double with these IEEE 754 bits (std::bit_cast is missing from
// Emscripten 3.1.6's libc++).
double FromBits(std::uint64_t bits) {
  double value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

// Canon: the canonical text, or "error: <codes>" so a failure shows what went wrong.
std::string Canon(const json& value) {
  Result<std::string> text = CanonicalJson(value);
  if (text.ok()) return *text;
  std::string codes = "error:";
  for (const Diagnostic& d : text.diagnostics()) codes += " " + d.code + "@" + d.instance_location;
  return codes;
}

// CanonText: parses `text` with ParseJson (as a filing arrives), then canonicalizes.
std::string CanonText(std::string_view text) {
  Result<json> parsed = ParseJson(text);
  if (!parsed.ok()) return "parse error: " + parsed.diagnostics()[0].code;
  return Canon(*parsed);
}

// RFC 8785 §3.2.2 (input) and §3.2.3 (output): whitespace, key order, numbers, string escapes.
TEST(CanonicalJson, Rfc8785MainExample) {
  const std::string input = R"({
    "numbers": [333333333.33333329, 1E30, 4.50,
                2e-3, 0.000000000000000000000000001],
    "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
    "literals": [null, true, false]
  })";
  EXPECT_EQ(CanonText(input), R"({"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],)"
                              R"("string":"€$\u000f\nA'B\"\\\\\"/"})");
}

// RFC 8785 §3.2.3: sorting by UTF-16 code units puts U+1F600 (D83D DE00) before U+FB33.
TEST(CanonicalJson, Rfc8785SortingExample) {
  const std::string input = R"({
    "\u20ac": "Euro Sign",
    "\r": "Carriage Return",
    "\ufb33": "Hebrew Letter Dalet With Dagesh",
    "1": "One",
    "\ud83d\ude00": "Emoji: Grinning Face",
    "\u0080": "Control",
    "\u00f6": "Latin Small Letter O With Diaeresis"
  })";
  EXPECT_EQ(CanonText(input),
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
            "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
            "\"\U0001F600\":\"Emoji: Grinning Face\",\"\uFB33\":\"Hebrew Letter Dalet With Dagesh\"}");
}

TEST(CanonicalJson, SortsByUtf16NotUtf8) {
  // UTF-8 bytes put U+E000 (EE 80 80) before U+10000 (F0 90 80 80); UTF-16 puts
  // U+10000 (D800 DC00) first. Also: a prefix sorts before its extensions.
  json object = json::object();
  object["\uE000"] = 1;
  object["\U00010000"] = 2;
  object["\uFFFF"] = 3;
  object["a"] = 4;
  object["ab"] = 5;
  object[""] = 6;
  EXPECT_EQ(Canon(object), "{\"\":6,\"a\":4,\"ab\":5,\"\U00010000\":2,\"\uE000\":1,\"\uFFFF\":3}");
}

// RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
TEST(CanonicalJson, Rfc8785AppendixBNumbers) {
  const struct {
    std::uint64_t bits;
    const char* text;
  } cases[] = {
      {0x0000000000000000, "0"},
      {0x8000000000000000, "0"},
      {0x0000000000000001, "5e-324"},
      {0x8000000000000001, "-5e-324"},
      {0x7fefffffffffffff, "1.7976931348623157e+308"},
      {0xffefffffffffffff, "-1.7976931348623157e+308"},
      {0x4340000000000000, "9007199254740992"},
      {0xc340000000000000, "-9007199254740992"},
      {0x4430000000000000, "295147905179352830000"},
      {0x44b52d02c7e14af5, "9.999999999999997e+22"},
      {0x44b52d02c7e14af6, "1e+23"},
      {0x44b52d02c7e14af7, "1.0000000000000001e+23"},
      {0x444b1ae4d6e2ef4e, "999999999999999700000"},
      {0x444b1ae4d6e2ef4f, "999999999999999900000"},
      {0x444b1ae4d6e2ef50, "1e+21"},
      {0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"},
      {0x3eb0c6f7a0b5ed8d, "0.000001"},
      {0x41b3de4355555553, "333333333.3333332"},
      {0x41b3de4355555554, "333333333.33333325"},
      {0x41b3de4355555555, "333333333.3333333"},
      {0x41b3de4355555556, "333333333.3333334"},
      {0x41b3de4355555557, "333333333.33333343"},
      {0xbecbf647612f3696, "-0.0000033333333333333333"},
      {0x43143ff3c1cb0959, "1424953923781206.2"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Canon(json(FromBits(c.bits))), c.text) << std::hex << c.bits;
  }
  // Appendix B's NaN and Infinity have no JSON form: refused (see NotFinite below).
  EXPECT_FALSE(CanonicalJson(json(FromBits(0x7fffffffffffffff))).ok());
  EXPECT_FALSE(CanonicalJson(json(FromBits(0x7ff0000000000000))).ok());
}

// Number.prototype.toString; expected texts from Node (String(x)).
TEST(CanonicalJson, EcmaScriptNumberFormatting) {
  const struct {
    double value;
    const char* text;
  } cases[] = {
      {0.0, "0"},
      {-0.0, "0"},
      {1.0, "1"},
      {-1.0, "-1"},
      {1.5, "1.5"},
      {0.1, "0.1"},
      {0.1 + 0.2, "0.30000000000000004"},
      {0.1 * 3, "0.30000000000000004"},
      {1e21, "1e+21"},
      {1e20, "100000000000000000000"},
      {1e22, "1e+22"},
      {1e16, "10000000000000000"},
      {1e-6, "0.000001"},
      {1e-7, "1e-7"},
      {-1e-7, "-1e-7"},
      {5e-7, "5e-7"},
      {1e-5, "0.00001"},
      {5e-324, "5e-324"},
      {1.5e-323, "1.5e-323"},
      {2.2250738585072014e-308, "2.2250738585072014e-308"},
      {1.7976931348623157e308, "1.7976931348623157e+308"},
      {1.7976931348623157e307 * 9, "1.6179238213760842e+308"},
      {1e308, "1e+308"},
      {9007199254740992.0, "9007199254740992"},
      {9223372036854775808.0, "9223372036854776000"},
      {1.2345678901234568e20, "123456789012345680000"},
      {123.456, "123.456"},
      {1.0 / 3, "0.3333333333333333"},
      {100.0, "100"},
      {25.0, "25"},
      {4.5, "4.5"},
      {4.35, "4.35"},
      {0.5, "0.5"},
      {1e100, "1e+100"},
      {0.000001234, "0.000001234"},
      {0.000123, "0.000123"},
      {123e-20, "1.23e-18"},
      {333333333.3333333, "333333333.3333333"},
      {1e15 + 0.3, "1000000000000000.2"},
      {12345678.9, "12345678.9"},
      {123456789012345.6, "123456789012345.6"},
      {-123456789.125, "-123456789.125"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Canon(json(c.value)), c.text) << c.text;
    EXPECT_EQ(EcmaScriptNumber(c.value), c.text);
  }
  EXPECT_EQ(EcmaScriptNumber(std::numeric_limits<double>::quiet_NaN()), "NaN");
  EXPECT_EQ(EcmaScriptNumber(-std::numeric_limits<double>::infinity()), "-Infinity");
}

// Shortest digits that read back, around every power of two (where the rounding
// interval is lopsided) and in a spread of ordinary values.
TEST(CanonicalJson, NumbersReadBackExactly) {
  for (int e = -1074; e <= 1023; ++e) {
    const double power = std::ldexp(1.0, e);
    for (const double v : {power, std::nextafter(power, 0.0), std::nextafter(power, 2 * power)}) {
      if (v == 0 || std::isinf(v)) continue;
      const std::string text = EcmaScriptNumber(v);
      EXPECT_EQ(std::strtod(text.c_str(), nullptr), v) << text;
    }
  }
  EXPECT_EQ(EcmaScriptNumber(std::ldexp(1.0, -1022)), "2.2250738585072014e-308");
  EXPECT_EQ(EcmaScriptNumber(std::ldexp(1.0, 1023)), "8.98846567431158e+307");
}

TEST(CanonicalJson, IntegersWithinTwoToThe53) {
  EXPECT_EQ(Canon(json(0)), "0");
  EXPECT_EQ(Canon(json(-42)), "-42");
  EXPECT_EQ(Canon(json(100u)), "100");
  EXPECT_EQ(Canon(json(std::int64_t{9007199254740992})), "9007199254740992");
  EXPECT_EQ(Canon(json(std::int64_t{-9007199254740992})), "-9007199254740992");
  EXPECT_EQ(Canon(json(std::uint64_t{9007199254740992})), "9007199254740992");
  EXPECT_EQ(CanonText("[-0, 1e2, 1.0, 10.50]"), "[0,100,1,10.5]");
}

TEST(CanonicalJson, EscapesEveryControlCharacter) {
  std::string text;
  for (char c = 0; c < 0x20; ++c) text += c;
  text += "\"\\/\x7f\u2028\u00e9\u5f20\U0001F600";
  EXPECT_EQ(Canon(json(text)),
            "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e"
            "\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a"
            "\\u001b\\u001c\\u001d\\u001e\\u001f\\\"\\\\/\x7f\u2028\u00e9\u5f20\U0001F600\"");
  // Keys are escaped the same way.
  EXPECT_EQ(Canon(json{{"a\tb\"", 1}}), "{\"a\\tb\\\"\":1}");
}

TEST(CanonicalJson, ScalarsAndEmptyContainers) {
  EXPECT_EQ(Canon(json(nullptr)), "null");
  EXPECT_EQ(Canon(json(true)), "true");
  EXPECT_EQ(Canon(json(false)), "false");
  EXPECT_EQ(Canon(json("")), "\"\"");
  EXPECT_EQ(Canon(json::array()), "[]");
  EXPECT_EQ(Canon(json::object()), "{}");
  EXPECT_EQ(CanonText("[[], {}, [{}], {\"a\": []}]"), "[[],{},[{}],{\"a\":[]}]");
}

TEST(CanonicalJson, NestedArraysAndObjects) {
  EXPECT_EQ(CanonText(R"({"z": {"y": [3, {"b": 2, "a": [1, {"d": null, "c": true}]}]}, "a": "x"})"),
            R"({"a":"x","z":{"y":[3,{"a":[1,{"c":true,"d":null}],"b":2}]}})");
  // Array order is kept.
  EXPECT_EQ(CanonText(R"(["b", "a", 2, 1])"), R"(["b","a",2,1])");
}

TEST(CanonicalJson, SameValueDifferentTextSameBytes) {
  const std::string expected =
      "{\"amount\":12000.5,\"items\":[1,2,3],\"name\":\"\u5f20\u4e09\",\"paid\":false,\"rate\":0.0385}";
  for (const char* text : {
           R"({"name":"张三","amount":12000.5,"paid":false,"rate":0.0385,"items":[1,2,3]})",
           "{\n  \"items\" : [ 1 , 2 , 3 ],\n  \"rate\" : 3.85e-2,\n  \"paid\" : false,\n"
           "  \"amount\" : 1.20005E4,\n  \"name\" : \"\\u5f20\\u4e09\"\n}\n",
           "\t{\"paid\":false,\"amount\":12000.50,\"name\":\"\\u5F20三\",\"items\":[1.0,2e0,30E-1],"
           "\"rate\":0.03850}",
       }) {
    EXPECT_EQ(CanonText(text), expected) << text;
  }
}

TEST(CanonicalJson, CanonicalTextIsAFixedPoint) {
  const std::string once =
      CanonText(R"({"b": [1e21, 0.1, "\u0001\u2028"], "a": {"\ud83d\ude00": -0.0, "\ue000": 1E-7}})");
  EXPECT_EQ(CanonText(once), once);
}

// A filing's digest covers the filing without its own digest: the root's member is left out, no other.
TEST(CanonicalJson, LeavesOutTheNamedMemberOfTheRootOnly) {
  const json filing = json::parse(R"({"digest": "x", "b": {"digest": 1}, "a": [{"digest": 2}]})");
  Result<std::string> text = CanonicalJson(filing, "digest");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text, R"({"a":[{"digest":2}],"b":{"digest":1}})");
  EXPECT_EQ(*CanonicalJson(json::parse(R"(["digest"])"), "digest"), R"(["digest"])");
  // A problem's pointer is the same with a member left out before it.
  Result<std::string> bad = CanonicalJson(json::parse(R"({"digest": 1, "x": [0, 9007199254740993]})"), "digest");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.diagnostics()[0].instance_location, "/x/1");
}

TEST(CanonicalJson, UnsafeInteger) {
  json doc = {{"claim", {{"amounts", {1, std::int64_t{9007199254740993}}}}},
              {"big", std::uint64_t{18446744073709551615u}},
              {"neg", std::int64_t{-9007199254740993}}};
  Result<std::string> text = CanonicalJson(doc);
  ASSERT_FALSE(text.ok());
  ASSERT_EQ(text.diagnostics().size(), 3u);
  const Diagnostic& first = text.diagnostics()[0];  // members in canonical order: big, claim, neg
  EXPECT_EQ(first.code, "filing.unsafe_integer");
  EXPECT_EQ(first.severity, Severity::kError);
  EXPECT_EQ(first.instance_location, "/big");
  EXPECT_EQ(first.params["value"], "18446744073709551615");
  EXPECT_EQ(text.diagnostics()[1].instance_location, "/claim/amounts/1");
  EXPECT_EQ(text.diagnostics()[1].params["value"], "9007199254740993");
  EXPECT_EQ(text.diagnostics()[2].instance_location, "/neg");
  EXPECT_EQ(text.diagnostics()[2].params["value"], "-9007199254740993");
  // From text too: ParseJson keeps big integers exact, JCS could not.
  EXPECT_EQ(CanonText("[12345678901234567890]"), "error: filing.unsafe_integer@/0");
}

TEST(CanonicalJson, InvalidUtf8) {
  json doc = {{"a/b", {"ok", "bad\xff"}}};
  Result<std::string> text = CanonicalJson(doc);
  ASSERT_FALSE(text.ok());
  ASSERT_EQ(text.diagnostics().size(), 1u);
  EXPECT_EQ(text.diagnostics()[0].code, "filing.invalid_utf8");
  EXPECT_EQ(text.diagnostics()[0].instance_location, "/a~1b/1");  // pointer tokens escaped
  EXPECT_EQ(text.diagnostics()[0].params["byte"], 3);
  // Overlong forms, encoded surrogates (CESU-8), past U+10FFFF, truncated sequences.
  for (const char* bad : {"\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe5\xbc", "\x80"}) {
    EXPECT_EQ(Canon(json::array({bad})), "error: filing.invalid_utf8@/0") << bad;
  }
  // A bad key names the object holding it (the key cannot go into a pointer).
  json keyed = {{"x~y", {{"\xc3", 1}, {"fine", 2}}}};
  EXPECT_EQ(Canon(keyed), "error: filing.invalid_utf8@/x~0y");
  EXPECT_EQ(Canon(json{{"\xff", 1}}), "error: filing.invalid_utf8@");
}

TEST(CanonicalJson, NotFinite) {
  json doc = json::array({1,
                          {{"k", std::numeric_limits<double>::quiet_NaN()}},
                          std::numeric_limits<double>::infinity(),
                          -std::numeric_limits<double>::infinity()});
  Result<std::string> text = CanonicalJson(doc);
  ASSERT_FALSE(text.ok());
  ASSERT_EQ(text.diagnostics().size(), 3u);
  EXPECT_EQ(text.diagnostics()[0].code, "filing.not_finite");
  EXPECT_EQ(text.diagnostics()[0].instance_location, "/1/k");
  EXPECT_EQ(text.diagnostics()[0].params["value"], "NaN");
  EXPECT_EQ(text.diagnostics()[1].instance_location, "/2");
  EXPECT_EQ(text.diagnostics()[1].params["value"], "Infinity");
  EXPECT_EQ(text.diagnostics()[2].params["value"], "-Infinity");
  EXPECT_EQ(Canon(json(std::numeric_limits<double>::infinity())), "error: filing.not_finite@");
}

TEST(CanonicalJson, NotJson) {
  json doc = {{"file", json::binary({1, 2, 3})}};
  Result<std::string> text = CanonicalJson(doc);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.diagnostics()[0].code, "filing.not_json");
  EXPECT_EQ(text.diagnostics()[0].instance_location, "/file");
  EXPECT_EQ(text.diagnostics()[0].params["type"], "binary");
  EXPECT_EQ(Canon(json(json::value_t::discarded)), "error: filing.not_json@");
}

TEST(CanonicalJson, DeepNestingUsesNoRecursion) {
  constexpr int kDepth = 100000;  // far past ParseJson's 256; the walk keeps its own stack
  json root = json::array();
  json* inner = &root;
  for (int i = 1; i < kDepth; ++i) {
    inner->push_back(json::array());
    inner = &(*inner)[0];
  }
  EXPECT_EQ(Canon(root), std::string(kDepth, '[') + std::string(kDepth, ']'));

  // A problem deep down still gets its full pointer.
  json deep = json::object();
  json* at = &deep;
  std::string pointer;
  for (int i = 0; i < 300; ++i) {
    at = &(*at)["k"];
    pointer += "/k";
  }
  *at = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(Canon(deep), "error: filing.not_finite@" + pointer);
}

}  // namespace
}  // namespace yaosu::filing

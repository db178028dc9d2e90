// Tests for core/schema/formats: each format against hand-picked valid and
// invalid strings, taken from the RFCs' own examples and the edge cases the
// JSON Schema test suite (optional/format) measures.
#include <gtest/gtest.h>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "core/schema/formats/formats.h"
#include "core/schema/formats/internal/punycode.h"

namespace yaosu::formats {
namespace {

using namespace std::string_view_literals;

struct Case {
  std::string_view text;
  bool valid;
};

// Prints a string with its non-printable and non-ASCII bytes escaped, so a
// failure names the exact input.
std::string Escaped(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7F) {
      out += c;
    } else {
      out += "\\x";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

void ExpectCases(bool (*check)(std::string_view), std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(check(c.text), c.valid) << "input: \"" << Escaped(c.text) << "\"";
  }
}

// Malformed UTF-8: a bad continuation, an overlong '/', a UTF-16 surrogate,
// a value past U+10FFFF, a truncated sequence and a stray continuation byte.
constexpr std::array<std::string_view, 6> kBadUtf8 = {"\xC3\x28",         "\xC0\xAF", "\xED\xA0\x80",
                                                      "\xF4\x90\x80\x80", "\xE2\x82", "\x80"};

// --- date, time, date-time (RFC 3339) ---------------------------------------

TEST(DateFormat, AcceptsRealCalendarDates) {
  ExpectCases(IsDate, {{"1963-06-19", true},
                       {"2020-01-31", true},
                       {"2024-02-29", true},  // 2024 is a leap year
                       {"2000-02-29", true},  // divisible by 400
                       {"0400-02-29", true},
                       {"0001-01-01", true},
                       {"9999-12-31", true},
                       {"1582-10-10", true}});  // no Julian/Gregorian gap in RFC 3339
}

TEST(DateFormat, RejectsImpossibleDays) {
  ExpectCases(IsDate, {{"2023-02-29", false},  // 2023 is not a leap year
                       {"1900-02-29", false},  // century, not divisible by 400
                       {"2020-02-30", false},
                       {"2024-04-31", false},
                       {"2024-01-32", false},
                       {"2024-13-01", false},
                       {"2024-00-15", false},
                       {"2024-01-00", false}});
}

TEST(DateFormat, RejectsOtherSpellings) {
  ExpectCases(IsDate, {{"", false},
                       {"2024-1-01", false},
                       {"2024-01-1", false},
                       {"24-01-01", false},
                       {"12020-01-01", false},
                       {"+2020-01-01", false},
                       {"20230328", false},
                       {"2023-W01", false},
                       {"2013-350", false},
                       {"2024/01/01", false},
                       {" 2024-01-15", false},
                       {"2024-01-15 ", false},
                       {"2020-01-01Z", false},
                       {"2020-11-28T23:55:45Z", false},
                       {"1963-06-1\u09EA", false},  // BENGALI DIGIT FOUR
                       {"2020-01-01\0"sv, false}});
}

TEST(TimeFormat, AcceptsFullTimesWithOffsets) {
  ExpectCases(IsTime, {{"08:30:06Z", true},
                       {"08:30:06z", true},
                       {"23:20:50.52Z", true},
                       {"08:30:06.283185Z", true},
                       {"08:30:06+00:20", true},
                       {"08:30:06-08:00", true},
                       {"12:34:56-00:00", true},  // unknown local offset
                       {"00:00:00+23:59", true}});
}

TEST(TimeFormat, RejectsOutOfRangeFieldsAndMissingOffset) {
  ExpectCases(IsTime, {{"24:00:00Z", false},
                       {"00:60:00Z", false},
                       {"00:00:61Z", false},
                       {"01:02:03+24:00", false},
                       {"01:02:03+00:60", false},
                       {"12:00:00", false},
                       {"12:00:00.52", false},
                       {"12:00:00.Z", false},
                       {"01:02:03Z+00:30", false},
                       {"08:30:06 PST", false},
                       {"08:30:06+08", false},
                       {"08:30:06-8:000", false},
                       {"08:30:06#00:20", false},
                       {"8:3:6Z", false},
                       {"01:01:01,1111", false},
                       {"1\u09E8:00:00Z", false}});
}

TEST(TimeFormat, LeapSecondOnlyAtTheLastUtcMinute) {
  ExpectCases(IsTime, {{"23:59:60Z", true},
                       {"23:59:60+00:00", true},
                       {"15:59:60-08:00", true},  // 23:59 UTC
                       {"01:29:60+01:30", true},  // 23:59 UTC the day before
                       {"23:29:60+23:30", true},
                       {"00:29:60-23:30", true},
                       {"23:59:60.5Z", true},
                       {"22:59:60Z", false},
                       {"23:58:60Z", false},
                       {"23:59:60+01:00", false},  // 22:59 UTC
                       {"23:59:60-00:30", false}});
}

TEST(DateTimeFormat, AcceptsRfc3339Examples) {
  ExpectCases(IsDateTime, {{"1963-06-19T08:30:06.283185Z", true},
                           {"1963-06-19T08:30:06Z", true},
                           {"1963-06-19t08:30:06.283185z", true},
                           {"1937-01-01T12:00:27.87+00:20", true},
                           {"1990-12-31T15:59:50.123-08:00", true},
                           {"1998-12-31T23:59:60Z", true},
                           {"1998-12-31T15:59:60.123-08:00", true},
                           {"1985-04-12T00:59:59.999999999999999Z", true}});
}

TEST(DateTimeFormat, RejectsBadDatesTimesAndSeparators) {
  ExpectCases(IsDateTime, {{"1998-12-31T23:59:61Z", false},
                           {"1998-12-31T22:59:60Z", false},
                           {"2023-02-29T00:00:00Z", false},
                           {"1990-02-31T15:59:59.123-08:00", false},
                           {"1990-12-31T15:59:59-24:00", false},
                           {"1963-06-19T08:30:06.28123+01:00Z", false},
                           {"1963-06-19 08:30:06Z", false},
                           {"1963-06-19T08:30:06", false},
                           {"2013-350T01:01:01", false},
                           {"06/19/1963 08:30:06 PST", false},
                           {"+11963-06-19T08:30:06.283185Z", false},
                           {"2016-12-31T24:59:60+01:00", false},
                           {"1985-04-12T23:20:50Z\n", false}});
}

// --- duration (RFC 3339 Appendix A) -----------------------------------------

TEST(DurationFormat, AcceptsConsecutiveUnits) {
  ExpectCases(IsDuration, {{"P4DT12H30M5S", true},
                           {"P4Y", true},
                           {"P1M", true},
                           {"PT1M", true},
                           {"PT0S", true},
                           {"P0D", true},
                           {"PT36H", true},
                           {"P2W", true},
                           {"P1Y2M", true},
                           {"P1M2D", true},
                           {"PT1M2S", true},
                           {"P1Y2M3DT4H5M6S", true},
                           {"P01D", true},
                           {"P99999999999999999999999999999D", true}});
}

TEST(DurationFormat, RejectsSkippedOrMisplacedUnits) {
  ExpectCases(IsDuration,
              {{"", false},       {"P", false},      {"PT", false},          {"P1YT", false},     {"PT1D", false},
               {"P2D1Y", false},  {"P1D2H", false},  {"P2S", false},         {"P1Y2D", false},  // skips the month
               {"PT1H2S", false},                                                               // skips the minute
               {"P1Y2W", false},  {"P1WT1H", false}, {"P1", false},          {"PT0.5S", false},   {"PT0,5S", false},
               {"-P1D", false},   {"P-1D", false},   {"4DT12H30M5S", false}, {"P\u09E8Y", false}, {"P1D\n", false}});
}

// --- email, idn-email (RFC 5321, RFC 6531) ----------------------------------

TEST(EmailFormat, AcceptsDotStringsQuotedStringsAndLiterals) {
  ExpectCases(IsEmail, {{"joe.bloggs@example.com", true},
                        {"te~st@example.com", true},
                        {"~test@example.com", true},
                        {"te.s.t@example.com", true},
                        {"\"joe bloggs\"@example.com", true},
                        {"\"joe..bloggs\"@example.com", true},
                        {"\"joe@bloggs\"@example.com", true},
                        {R"("joe\"bloggs"@example.com)", true},  // quoted-pair
                        {"joe.bloggs@[127.0.0.1]", true},
                        {"joe.bloggs@[IPv6:::1]", true},
                        {"joe@xn--9n2bp8q.com", true}});
}

TEST(EmailFormat, RejectsMalformedMailboxes) {
  ExpectCases(IsEmail, {{"2962", false},
                        {".test@example.com", false},
                        {"test.@example.com", false},
                        {"te..st@example.com", false},
                        {"@example.com", false},
                        {"joe.bloggs@", false},
                        {"joe bloggs@example.com", false},
                        {"joe.bloggs@invalid=domain.com", false},
                        {"joe.bloggs@[127.0.0.300]", false},
                        {"joe.bloggs@[127.0.0.1", false},
                        {"joe.bloggs@[IPv6:1::2::3]", false},
                        {"user1@oceania.org, user2@oceania.org", false},
                        {"\"Winston Smith\" <winston.smith@recdep.minitrue>", false},
                        {"\"unterminated@example.com", false},
                        {"\u03B4\u03BF\u03BA\u03B9\u03BC\u03AE@example.com", false},  // needs idn-email
                        {"joe@example.com.", false}});
}

TEST(EmailFormat, LocalPartIsAtMost64Octets) {
  const std::string local64(64, 'a');
  EXPECT_TRUE(IsEmail(local64 + "@example.com"));
  EXPECT_FALSE(IsEmail(local64 + "a@example.com"));
}

TEST(IdnEmailFormat, AcceptsUtf8LocalPartsAndULabelDomains) {
  ExpectCases(IsIdnEmail, {{"\uC2E4\uB840@\uC2E4\uB840.\uD14C\uC2A4\uD2B8", true},
                           {"joe.bloggs@example.com", true},
                           {"\u03B4\u03BF\u03BA\u03B9\u03BC\u03AE@example.com", true},
                           {"\"\u03B4\u03BF\u03BA\u03B9\u03BC\u03AE\"@example.com", true},
                           {"\U0001D54F@example.com", true},
                           {"\u0085@example.com", true}});
}

TEST(IdnEmailFormat, RejectsLookalikesAndBadUtf8) {
  ExpectCases(IsIdnEmail, {{"2962", false},
                           {"user\uFF20example.com", false},  // FULLWIDTH COMMERCIAL AT
                           {"user@-bad.com", false},
                           {"user@\u302E\uC2E4\uB840.com", false}});
  for (std::string_view bad : kBadUtf8) {
    EXPECT_FALSE(IsIdnEmail(std::string(bad) + "@example.com")) << Escaped(bad);
  }
}

// --- hostname, idn-hostname (RFC 1123, RFC 5890-5893) -----------------------

TEST(HostnameFormat, AcceptsLdhLabels) {
  ExpectCases(IsHostname, {{"www.example.com", true},
                           {"hostname", true},
                           {"1host", true},
                           {"h0stn4me", true},
                           {"host-name", true},
                           {"a--b.com", true},  // hyphens in positions 2-3 are fine
                           {"WWW.EXAMPLE.COM", true}});
}

TEST(HostnameFormat, RejectsBadLabels) {
  ExpectCases(IsHostname, {{"", false},
                           {".", false},
                           {".example", false},
                           {"example.", false},
                           {"a..b", false},
                           {"-hostname", false},
                           {"hostname-", false},
                           {"host_name", false},
                           {"ab--cd", false},  // reserved LDH label that is no A-label
                           {"example\uFF0Ecom", false},
                           {"\u212Aelvin.example.com", false},
                           {"\uC2E4\uB840.com", false},  // U-labels need idn-hostname
                           {"example.com\n", false}});
}

TEST(HostnameFormat, EnforcesLabelAndNameLengths) {
  const std::string label63(63, 'a');
  EXPECT_TRUE(IsHostname(label63 + ".com"));
  EXPECT_FALSE(IsHostname(label63 + "a.com"));
  // 4 labels of 63 plus 3 dots is 255 characters: too long; trimming to 253 fits.
  const std::string name255 = label63 + "." + label63 + "." + label63 + "." + label63;
  EXPECT_FALSE(IsHostname(name255));
  EXPECT_TRUE(IsHostname(name255.substr(2)));
  EXPECT_FALSE(IsHostname(name255.substr(1)));  // 254
}

TEST(HostnameFormat, ChecksALabelsAsIdna2008) {
  ExpectCases(IsHostname, {{"xn--9n2bp8q.xn--9t4b11yi5a", true},  // example.test in Hangul
                           {"XN--9N2BP8Q.com", true},             // A-labels ignore case
                           {"xn--nw2a.xn--j6w193g", true},
                           {"xn--ll-0ea", true},  // l·l
                           {"xn--X", false},      // not Punycode
                           {"xn--", false},
                           {"xn--example-", false},                    // decodes to plain ASCII
                           {"xn---9uc", false},                        // does not re-encode to itself
                           {"XN--aa---o47jg78q", false},               // U-label with "--" at 3-4
                           {"xn--07jt112bpxg.xn--9t4b11yi5a", false},  // U+302E disallowed
                           {"xn--hello-zed", false},                   // leading combining mark
                           {"xn--al-0ea", false},                      // middle dot without l·l
                           {"xn--7a", false}});                        // decodes to a disallowed code point
}

TEST(IdnHostnameFormat, AcceptsULabelsAndIdeographicSeparators) {
  ExpectCases(IsIdnHostname, {{"\uC2E4\uB840.\uD14C\uC2A4\uD2B8", true},
                              {"xn--ihqwcrb4cv8a8dqg056pqjye", true},
                              {"b\u00FCcher.example", true},
                              {"\u00DF\u03C2\u0F0B\u3007", true},  // PVALID exceptions
                              {"\u06FD\u06FE", true},
                              {"a\u3002b", true},
                              {"a\uFF0Eb", true},
                              {"a\uFF61b", true},
                              {"hostname", true},
                              {"cafe\u0301.com", true}});  // not NFC, accepted: NFC is not checked
}

TEST(IdnHostnameFormat, RejectsDisallowedAndMisplacedCodePoints) {
  ExpectCases(IsIdnHostname, {{"", false},
                              {"\u3002", false},
                              {"example\u3002", false},
                              {"\uFF0Eexample", false},
                              {"B\u00FCcher", false},  // upper case is DISALLOWED in a U-label
                              {"\u302E\uC2E4\uB840.\uD14C\uC2A4\uD2B8", false},
                              {"\u0903hello", false},  // leading spacing combining mark
                              {"\u0300hello", false},  // leading nonspacing mark
                              {"\u0488hello", false},  // leading enclosing mark
                              {"\u0640\u07FA", false},
                              {"-> $1.00 <--", false},
                              {"a\u0316\u0301", true},   // marks in canonical order (220, 230)
                              {"a\u0301\u0316", false},  // out of order: never NFC
                              {"-hello", false},
                              {"hello-", false},
                              {"a..b", false}});
}

TEST(IdnHostnameFormat, AppliesContextualRules) {
  ExpectCases(IsIdnHostname, {{"l\u00B7l", true},  // A.3 MIDDLE DOT
                              {"a\u00B7l", false},
                              {"l\u00B7", false},
                              {"\u03B1\u0375\u03B2", true},  // A.4 KERAIA
                              {"\u03B1\u0375S", false},
                              {"\u03B1\u0375", false},
                              {"\u05D0\u05F3\u05D1", true},  // A.5 GERESH
                              {"A\u05F3\u05D1", false},
                              {"\u05D0\u05F4\u05D1", true},  // A.6 GERSHAYIM
                              {"\u05F4\u05D1", false},
                              {"\u30FB\u3041", true},  // A.7 KATAKANA MIDDLE DOT
                              {"\u30FB\u30A1", true},
                              {"\u30FB\u4E08", true},
                              {"def\u30FBabc", false},
                              {"\u30FB", false},
                              {"\u0628\u0660\u0628", true},  // A.8 / A.9 digits
                              {"\u06F00", true},
                              {"\u0628\u0660\u06F0", false},
                              {"\u0915\u094D\u200D\u0937", true},  // A.2 ZWJ after virama
                              {"\u0915\u200D\u0937", false},
                              {"\u200D\u0937", false},
                              {"\u0915\u094D\u200C\u0937", true},        // A.1 ZWNJ after virama
                              {"\u0628\u064A\u200C\u0628\u064A", true},  // A.1 joining context
                              {"\u0915\u094D\u200C\u0937x\u200Cy", false}});
}

TEST(IdnHostnameFormat, AppliesTheBidiRuleToEveryLabelOfABidiName) {
  ExpectCases(IsIdnHostname, {{"\u05D0\u05D1.example", true},
                              {"0a.\u05D0", false},  // digit-first label in a Bidi name
                              {"0a.example", true},  // no RTL label: no Bidi rule
                              {"0\u0627", false},
                              {"a\u05D0", false},
                              {"\u05D00\u0660", false},  // EN and AN together
                              {"xn--0ca24w", false}});
}

TEST(IdnHostnameFormat, MeasuresLengthsInAsciiForm) {
  std::string u_label;
  for (int i = 0; i < 59; ++i) u_label += "\u00FC";  // 59 code points, A-label far past 63
  EXPECT_FALSE(IsIdnHostname(u_label));
  EXPECT_TRUE(IsIdnHostname("\u00FC\u00FC\u00FC.com"));
  const std::string label63(63, 'a');
  EXPECT_TRUE(IsIdnHostname(label63));
  EXPECT_FALSE(IsIdnHostname(label63 + "a"));
  // 30 Greek letters are 60 bytes of UTF-8 but a short A-label.
  std::string greek;
  for (int i = 0; i < 3; ++i) greek += "\u03C0\u03B1\u03C1\u03AC\u03B4\u03B5\u03B9\u03B3\u03BC\u03B1";
  EXPECT_TRUE(IsIdnHostname(greek + "\u3002com"));
  for (std::string_view bad : kBadUtf8) {
    EXPECT_FALSE(IsIdnHostname(std::string("a") + std::string(bad) + ".com")) << Escaped(bad);
  }
}

TEST(Punycode, RoundTripsRfc3492Samples) {
  std::array<char32_t, 64> decoded{};
  std::size_t count = 0;
  ASSERT_TRUE(internal::DecodePunycode("bcher-kva", decoded, count));
  EXPECT_EQ(std::u32string(decoded.data(), count), U"b\u00FCcher");
  ASSERT_TRUE(internal::DecodePunycode("ihqwcrb4cv8a8dqg056pqjye", decoded, count));  // RFC 3492 7.1 (B)
  EXPECT_EQ(std::u32string(decoded.data(), count), U"\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587");
  std::array<char, 64> encoded{};
  std::size_t length = 0;
  ASSERT_TRUE(internal::EncodePunycode(std::span<const char32_t>(decoded.data(), count), encoded, length));
  EXPECT_EQ(std::string_view(encoded.data(), length), "ihqwcrb4cv8a8dqg056pqjye");
  EXPECT_FALSE(internal::DecodePunycode("X", decoded, count));
  EXPECT_FALSE(internal::EncodePunycode(std::span<const char32_t>(decoded.data(), 9),
                                        std::span<char>(encoded.data(), 5),
                                        length));  // does not fit
}

// --- ipv4, ipv6 (RFC 2673, RFC 4291) ----------------------------------------

TEST(Ipv4Format, AcceptsDottedQuads) {
  ExpectCases(IsIpv4, {{"192.168.0.1", true}, {"0.0.0.0", true}, {"255.255.255.255", true}, {"10.20.30.40", true}});
}

TEST(Ipv4Format, RejectsOtherNotations) {
  ExpectCases(IsIpv4, {{"", false},
                       {"087.10.0.1", false},  // leading zero (octal to some parsers)
                       {"192.168.0.01", false},
                       {"256.256.256.256", false},
                       {"127.0", false},
                       {"127.0.1", false},
                       {"127.0.0.0.1", false},
                       {"2130706433", false},
                       {"0x7f.0.0.1", false},
                       {"1e2.0.0.1", false},
                       {"+1.2.3.4", false},
                       {"192.168..1", false},
                       {"192.168.0.1.", false},
                       {"192.168.1.0/24", false},
                       {"192.168.0.1:80", false},
                       {" 192.168.0.1", false},
                       {"192.168.0.1\n", false},
                       {"192.168.0.1\0.evil.com"sv, false},
                       {"1\u09E87.0.0.1", false},
                       {"\uFF11\uFF19\uFF12.\uFF11\uFF16\uFF18.\uFF11.\uFF11", false},
                       {"::ffff:192.168.0.1", false}});
}

TEST(Ipv6Format, AcceptsRfc4291TextForms) {
  ExpectCases(IsIpv6, {{"::1", true},
                       {"::", true},
                       {"::abef", true},
                       {"d6::", true},
                       {"1:d6::42", true},
                       {"1:2:3:4:5:6:7:8", true},
                       {"1:2:3:4:5:6:7::", true},
                       {"FE80::ABCD", true},
                       {"2001:0db8:85a3:0000:0000:8a2e:0370:7334", true},
                       {"::ffff:1.2.3.4", true},
                       {"1::d6:192.168.0.1", true},
                       {"1000:1000:1000:1000:1000:1000:255.255.255.255", true}});
}

TEST(Ipv6Format, RejectsMalformedAddresses) {
  ExpectCases(IsIpv6, {{"", false},
                       {"1", false},
                       {"12345::", false},
                       {"::abcef", false},
                       {"::laptop", false},
                       {"1::d6::42", false},
                       {"1:2:3:4:5:::8", false},
                       {":2:3:4:5:6:7:8", false},
                       {"1:2:3:4:5:6:7:", false},
                       {"1:2:3:4:5:6:7", false},
                       {"1:2:3:4:5:6:7:8:9", false},
                       {"127.0.0.1", false},
                       {"1:2:3:4:1.2.3", false},
                       {"1::2:192.168.256.1", false},
                       {"::ffff:192.168.0.01", false},
                       {"100:100:100:100:100:100:100:255.255.255.255", false},
                       {"::1.2.3.4:5", false},
                       {"fe80::a%eth1", false},
                       {"fe80::/64", false},
                       {"[::1]", false},
                       {"::1 ", false},
                       {"1:2:3:4:5:6:7:\u09EA", false}});
}

// --- uri, uri-reference, iri, iri-reference (RFC 3986, RFC 3987) ------------

TEST(UriFormat, AcceptsAbsoluteUris) {
  ExpectCases(IsUri, {{"http://foo.bar/?baz=qux#quux", true},
                      {"http://foo.com/blah_(wikipedia)_blah#cite-1", true},
                      {"http://foo.bar/?q=Test%20URL-encoded%20stuff", true},
                      {"http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com", true},
                      {"ldap://[2001:db8::7]/c=GB?objectClass?one", true},
                      {"http://[v1.fe]:8080/", true},
                      {"http://087.10.0.1/", true},  // a reg-name, not an IPv4address
                      {"http://example.com:/", true},
                      {"mailto:John.Doe@example.com", true},
                      {"tel:+1-816-555-1212", true},
                      {"urn:oasis:names:specification:docbook:dtd:xml:4.1.2", true},
                      {"file:/etc/hosts", true}});
}

TEST(UriFormat, RejectsRelativeAndMalformedUris) {
  ExpectCases(IsUri, {{"", false},
                      {"//foo.bar/?baz=qux#quux", false},
                      {"/abc", false},
                      {"abc", false},
                      {"\\\\WINDOWS\\fileshare", false},
                      {"1http://example.com", false},
                      {"ht_tp://example.com", false},
                      {"bar,baz:foo", false},
                      {"http:// shouldfail.com", false},
                      {"https://[@example.org/test.txt", false},
                      {"http://example.com:abc/path", false},
                      {"http://2001:0db8:85a3:0000:0000:8a2e:0370:7334", false},
                      {"http://[::ffff:01.2.3.4]", false},
                      {"http://[::1]x/", false},
                      {"http:/[::1]", false},
                      {"http://example.com/%6G", false},
                      {"http://example.com/%", false},
                      {"https://example.org/foobar\u00AE.txt", false},
                      {"https://example.org/foobar{}.txt", false},
                      {"http://example.com/#a#b", false}});
}

TEST(UriReferenceFormat, AcceptsRelativeReferences) {
  ExpectCases(IsUriReference, {{"", true},
                               {"http://foo.bar/?baz=qux#quux", true},
                               {"//foo.bar/?baz=qux#quux", true},
                               {"//", true},
                               {"/abc", true},
                               {"abc", true},
                               {"#fragment", true},
                               {"?query=1", true},
                               {"./this:that", true}});
}

TEST(UriReferenceFormat, RejectsMalformedReferences) {
  ExpectCases(IsUriReference, {{"\\\\WINDOWS\\fileshare", false},
                               {"#frag\\ment", false},
                               {"/foobar\u00AE.txt", false},
                               {"/%zz", false},
                               {"/a\"b", false},
                               {"/[::1]", false},
                               {"//example.com:abc/p", false},
                               {"//a@b@example.com/", false},
                               {"1:b", false}});  // a colon in the first segment
}

TEST(IriFormat, AcceptsUcscharAndPrivateUseOnlyInQueries) {
  ExpectCases(IsIri,
              {{"http://\u0192\u00F8\u00F8.\u00DF\u00E5r/?\u2202\u00E9\u0153=\u03C0\u00EEx#\u03C0\u00EE\u00FCx", true},
               {"http://[2001:db8::1]", true},
               {"http://[V1.fe]", true},
               {"urn:example:resource", true},
               {"http://x.org/\U00010300", true},
               {"http://x.org/?q=\U000F0000", true},  // iprivate in iquery
               {"http://x.org/\U000F0000", false},    // but not in a path
               {"http://x.org/a\u200Eb", false},      // LRM (RFC 3987 4.1)
               {"http://x.org/\uFFFF", false},        // noncharacter, not ucschar
               {"\u00E2\u03C0\u03C0", false},
               {"/abc", false},
               {"http://[::ffff:192.168.0.01]", false},
               {"http://\u0192\u00F8\u00F8.\u00DF\u00E5r/\n", false}});
  for (std::string_view bad : kBadUtf8) {
    EXPECT_FALSE(IsIri(std::string("http://x.org/") + std::string(bad))) << Escaped(bad);
  }
}

TEST(IriReferenceFormat, AcceptsRelativeIris) {
  ExpectCases(IsIriReference, {{"//\u0192\u00F8\u00F8.\u00DF\u00E5r/?\u2202\u00E9\u0153=\u03C0\u00EEx", true},
                               {"/\u00E2\u03C0\u03C0", true},
                               {"\u00E2\u03C0\u03C0", true},
                               {"#\u0192r\u00E4gm\u00EAnt", true},
                               {"#\u0192r\u00E4g\\m\u00EAnt", false},
                               {"\\\\WINDOWS\\fil\u00EB\u00DF\u00E5r\u00E9", false}});
}

// --- uri-template (RFC 6570) -------------------------------------------------

TEST(UriTemplateFormat, AcceptsLevel4Templates) {
  ExpectCases(IsUriTemplate, {{"", true},
                              {"http://example.com/dictionary/{term:1}/{term}", true},
                              {"dictionary/{term:1}/{term}", true},
                              {"{+var}", true},
                              {"{#var}", true},
                              {"{.var}", true},
                              {"{/var}", true},
                              {"{;var}", true},
                              {"{?x,y}", true},
                              {"{&var}", true},
                              {"{var*}", true},
                              {"{a.b}", true},
                              {"{%41}", true},
                              {"{v:9999}", true},
                              {"a%41b", true},
                              {"a'b", true},
                              {"a\U0001F600b", true}});
}

TEST(UriTemplateFormat, RejectsMalformedExpressionsAndLiterals) {
  ExpectCases(IsUriTemplate, {{"{term", false},
                              {"foo}bar", false},
                              {"{}", false},
                              {"{+}", false},
                              {"{a,,b}", false},
                              {"{a,}", false},
                              {"{,+var}", false},
                              {"{=var}", false},  // reserved operator
                              {"{var=def}", false},
                              {"{a..b}", false},
                              {"{v:0}", false},
                              {"{v:01}", false},
                              {"{v:10000}", false},
                              {"{v:}", false},
                              {"{a{b}}", false},
                              {"a b", false},
                              {"a\x7F"
                               "b",
                               false},
                              {"a%4g", false},
                              {"a<b>", false}});
  for (std::string_view bad : kBadUtf8) EXPECT_FALSE(IsUriTemplate(bad)) << Escaped(bad);
}

// --- uuid, json-pointer, relative-json-pointer -------------------------------

TEST(UuidFormat, AcceptsHexInEightFourFourFourTwelve) {
  ExpectCases(IsUuid, {{"2EB8AA08-AA98-11EA-B4AA-73B441D16380", true},
                       {"2eb8aa08-aa98-11ea-b4aa-73b441d16380", true},
                       {"2eb8aa08-AA98-11ea-B4Aa-73B441D16380", true},
                       {"00000000-0000-0000-0000-000000000000", true},
                       {"99c17cbb-656f-f64a-940f-1a4568f03487", true},  // any version nibble
                       {"2eb8aa08-aa98-11ea-b4aa-73b441d1638", false},
                       {"2eb8aa08aa9811eab4aa73b441d16380", false},
                       {"2eb8aa0-8aa98-11e-ab4aa7-3b441d16380", false},
                       {"2eb8aa08-aa98-11ea-b4ga-73b441d16380", false},
                       {"urn:uuid:2eb8aa08-aa98-11ea-b4aa-73b441d16380", false},
                       {"2eb8aa08-aa98-11ea-b4aa-73b441d16380\n", false}});
}

TEST(JsonPointerFormat, AcceptsRfc6901Examples) {
  ExpectCases(IsJsonPointer, {{"", true},
                              {"/", true},
                              {"/foo", true},
                              {"/foo/0", true},
                              {"/a~1b", true},
                              {"/c%d", true},
                              {"/m~0n", true},
                              {"/foo//bar", true},
                              {"/foo/-", true},
                              {"/foo/bar/\U0001F60E", true},
                              {"/foo\0bar\n\tbaz"sv, true}});
}

TEST(JsonPointerFormat, RejectsBadEscapesAndFragments) {
  ExpectCases(IsJsonPointer, {{"/foo/bar~", false},
                              {"/~2", false},
                              {"/~-1", false},
                              {"/~~", false},
                              {"#", false},
                              {"#/", false},
                              {"a", false},
                              {"0", false}});
  for (std::string_view bad : kBadUtf8) EXPECT_FALSE(IsJsonPointer("/" + std::string(bad))) << Escaped(bad);
}

TEST(RelativeJsonPointerFormat, AcceptsIntegerThenPointerOrHash) {
  ExpectCases(IsRelativeJsonPointer, {{"0", true},
                                      {"1", true},
                                      {"100", true},
                                      {"0/foo/bar", true},
                                      {"2/0/baz/1/zip", true},
                                      {"0#", true},
                                      {"0//", true}});
}

TEST(RelativeJsonPointerFormat, RejectsSignsLeadingZerosAndBadTails) {
  ExpectCases(IsRelativeJsonPointer, {{"", false},
                                      {"/foo/bar", false},
                                      {"-1/foo/bar", false},
                                      {"+1/foo/bar", false},
                                      {"01/a", false},
                                      {"01#", false},
                                      {"0##", false},
                                      {"1#/foo/bar", false},
                                      {"0/~2", false},
                                      {"1\n", false},
                                      {"\u0661/foo", false}});
}

}  // namespace
}  // namespace yaosu::formats

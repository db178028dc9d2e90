#include "core/schema/uri.h"

#include <gtest/gtest.h>

namespace yaosu {
namespace {

TEST(Uri, ResolvesRelativeReferences) {
  EXPECT_EQ(ResolveUri("http://x.org/a/b.json", "c.json#/$defs/d"), "http://x.org/a/c.json#/$defs/d");
  EXPECT_EQ(ResolveUri("http://x.org/a/b.json", "../c.json"), "http://x.org/c.json");
  EXPECT_EQ(ResolveUri("http://x.org/a/b.json", "#foo"), "http://x.org/a/b.json#foo");
  EXPECT_EQ(ResolveUri("http://x.org/a/b.json", "//y.org/z"), "http://y.org/z");
  EXPECT_EQ(ResolveUri("http://x.org/a/b.json", "urn:other"), "urn:other");
}

TEST(Uri, RfcExamples) {  // RFC 3986 §5.4.1 / §5.4.2
  const char* base = "http://a/b/c/d;p?q";
  EXPECT_EQ(ResolveUri(base, "g"), "http://a/b/c/g");
  EXPECT_EQ(ResolveUri(base, "./g"), "http://a/b/c/g");
  EXPECT_EQ(ResolveUri(base, "/g"), "http://a/g");
  EXPECT_EQ(ResolveUri(base, "?y"), "http://a/b/c/d;p?y");
  EXPECT_EQ(ResolveUri(base, ""), "http://a/b/c/d;p?q");
  EXPECT_EQ(ResolveUri(base, "../../g"), "http://a/g");
  EXPECT_EQ(ResolveUri(base, "../../../../g"), "http://a/g");
  EXPECT_EQ(ResolveUri(base, "g;x=1/../y"), "http://a/b/c/y");
}

TEST(Uri, SplitsFragments) {
  EXPECT_EQ(SplitFragment("urn:x#foo"), (std::pair<std::string, std::string>{"urn:x", "foo"}));
  EXPECT_EQ(SplitFragment("urn:x"), (std::pair<std::string, std::string>{"urn:x", ""}));
  EXPECT_EQ(StripEmptyFragment("http://x/a#"), "http://x/a");
}

TEST(Uri, RecognisesSchemes) {
  EXPECT_TRUE(HasScheme("http://x"));
  EXPECT_TRUE(HasScheme("urn:uuid:1"));
  EXPECT_FALSE(HasScheme("relative/path"));
  EXPECT_FALSE(HasScheme("#frag"));
  EXPECT_FALSE(HasScheme("1http:x"));
}

}  // namespace
}  // namespace yaosu

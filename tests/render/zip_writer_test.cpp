// ZipWriter: CRC-32, the exact stored layout, a round trip through the test
// reader, the same bytes every time, and `unzip -t` where it is installed.
#include <gtest/gtest.h>

#include "core/render/zip_writer.h"
#include "tests/render/render_test_support.h"
#include "tests/render/zip_reader.h"

namespace yaosu::render {
namespace {

using test_support::ReadZip;
using test_support::ZipEntry;

TEST(Crc32, CheckValue) {
  EXPECT_EQ(Crc32("123456789"), 0xCBF43926u);
  EXPECT_EQ(Crc32(""), 0u);
  EXPECT_EQ(Crc32("The quick brown fox jumps over the lazy dog"), 0x414FA339u);
}

TEST(ZipWriter, EmptyArchiveIsAnEndRecord) {
  const std::string bytes = ZipWriter().Finish();
  EXPECT_EQ(bytes, std::string("PK\x05\x06", 4) + std::string(18, '\0'));
  std::vector<ZipEntry> entries;
  std::string error;
  EXPECT_TRUE(ReadZip(bytes, entries, error)) << error;
  EXPECT_TRUE(entries.empty());
}

TEST(ZipWriter, StoredLayout) {
  ZipWriter zip;
  ASSERT_TRUE(zip.Add("a", "b"));
  const std::string bytes = zip.Finish();
  ASSERT_EQ(bytes.size(), 30u + 1 + 1 + 46 + 1 + 22);
  EXPECT_EQ(Crc32("b"), 0x71BEEFF9u);
  // Signature, version 2.0, no flags, stored, 00:00 on 1980-01-01, CRC, sizes 1 and 1, name length 1, no extra.
  const std::string local = std::string("PK\x03\x04", 4) +
                            std::string(
                                "\x14\x00"
                                "\x00\x00"
                                "\x00\x00"
                                "\x00\x00"
                                "\x21\x00",
                                10) +
                            std::string("\xF9\xEF\xBE\x71", 4) + std::string("\x01\x00\x00\x00\x01\x00\x00\x00", 8) +
                            std::string("\x01\x00\x00\x00", 4) + "ab";
  EXPECT_EQ(bytes.substr(0, local.size()), local);
  // End record: one entry, a 47-byte central directory at offset 32, no comment.
  const std::string end = std::string("PK\x05\x06", 4) + std::string("\x00\x00\x00\x00\x01\x00\x01\x00", 8) +
                          std::string("\x2F\x00\x00\x00", 4) + std::string("\x20\x00\x00\x00", 4) +
                          std::string("\x00\x00", 2);
  EXPECT_EQ(bytes.substr(bytes.size() - 22), end);
}

TEST(ZipWriter, RoundTrip) {
  // NULs and ZIP signatures inside an entry's data must not confuse the archive.
  constexpr char kBinary[] = "\0\x01\xff PK\x03\x04 PK\x05\x06";
  const std::string binary(kBinary, sizeof kBinary - 1);
  ZipWriter zip;
  ASSERT_TRUE(zip.Add("[Content_Types].xml", "<Types/>"));
  ASSERT_TRUE(zip.Add("word/document.xml", "民事起诉状"));
  ASSERT_TRUE(zip.Add("empty", ""));
  ASSERT_TRUE(zip.Add("binary.bin", binary));
  ASSERT_TRUE(zip.Add("文书/起诉状.txt", "UTF-8 name"));
  EXPECT_EQ(zip.size(), 5u);

  std::vector<ZipEntry> entries;
  std::string error;
  ASSERT_TRUE(ReadZip(zip.Finish(), entries, error)) << error;
  ASSERT_EQ(entries.size(), 5u);
  EXPECT_EQ(entries[0].name, "[Content_Types].xml");
  EXPECT_EQ(entries[0].data, "<Types/>");
  EXPECT_EQ(entries[1].data, "民事起诉状");
  EXPECT_EQ(entries[2].data, "");
  EXPECT_EQ(entries[3].data, binary);
  EXPECT_EQ(entries[4].name, "文书/起诉状.txt");
  EXPECT_EQ(entries[4].flags, 0x0800);  // UTF-8 name flag only where needed
  EXPECT_EQ(entries[0].flags, 0);
  for (const ZipEntry& entry : entries) {
    EXPECT_EQ(entry.dos_time, 0) << entry.name;     // 00:00:00
    EXPECT_EQ(entry.dos_date, 0x21) << entry.name;  // 1980-01-01
  }
}

TEST(ZipWriter, RejectsBadNames) {
  ZipWriter zip;
  EXPECT_FALSE(zip.Add("", "x"));
  EXPECT_TRUE(zip.Add("a", "x"));
  EXPECT_FALSE(zip.Add("a", "y"));
  EXPECT_FALSE(zip.Add(std::string(70000, 'n'), "x"));
  EXPECT_EQ(zip.size(), 1u);
}

TEST(ZipWriter, SameEntriesSameBytes) {
  const auto make = [] {
    ZipWriter zip;
    EXPECT_TRUE(zip.Add("one", "1"));
    EXPECT_TRUE(zip.Add("two/three", std::string(1000, 'x')));
    return zip;
  };
  const ZipWriter zip = make();
  EXPECT_EQ(zip.Finish(), make().Finish());
  EXPECT_EQ(zip.Finish(), zip.Finish());
}

TEST(ReadZip, CatchesCorruption) {
  ZipWriter zip;
  ASSERT_TRUE(zip.Add("a.txt", "hello"));
  std::string bytes = zip.Finish();
  std::vector<ZipEntry> entries;
  std::string error;
  std::string flipped = bytes;
  flipped[30 + 5] = 'j';  // first byte of the data
  EXPECT_FALSE(ReadZip(flipped, entries, error));
  EXPECT_NE(error.find("CRC"), std::string::npos) << error;
  EXPECT_FALSE(ReadZip(bytes.substr(0, bytes.size() - 1), entries, error));
  EXPECT_FALSE(ReadZip("", entries, error));
}

TEST(ZipWriter, UnzipAcceptsIt) {
  if (!test_support::HaveCommand("unzip")) GTEST_SKIP() << "unzip is not installed";
  ZipWriter zip;
  ASSERT_TRUE(zip.Add("[Content_Types].xml", "<Types/>"));
  ASSERT_TRUE(zip.Add("word/document.xml", "民事起诉状"));
  ASSERT_TRUE(zip.Add("empty", ""));
  const std::string path = test_support::WriteTempFile("yaosu-zip-test", zip.Finish());
  EXPECT_EQ(std::system(("unzip -tqq '" + path + "' >/dev/null 2>&1").c_str()), 0);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace yaosu::render

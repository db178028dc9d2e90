#include "core/filing/sha256.h"

#include <string>

#include <gtest/gtest.h>

namespace yaosu::filing {
namespace {

std::string Hex(const std::array<uint8_t, 32>& digest) {
  constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (const uint8_t byte : digest) {
    hex += kHex[byte >> 4];
    hex += kHex[byte & 0x0F];
  }
  return hex;
}

// FIPS 180-4 examples (NIST "SHA256.pdf" and the one-million-'a' long message).
TEST(Sha256, NistExamples) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// Lengths around the padding boundary: 55 bytes still fit the 0x80 and the length
// in one block; 56..63 need a second block; 64 and 65 start a new one.
// Expected values from `sha256sum` over that many 'x' bytes.
TEST(Sha256, PaddingEdges) {
  EXPECT_EQ(Sha256Hex(std::string(55, 'x')), "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072");
  EXPECT_EQ(Sha256Hex(std::string(56, 'x')), "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e");
  EXPECT_EQ(Sha256Hex(std::string(63, 'x')), "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2");
  EXPECT_EQ(Sha256Hex(std::string(64, 'x')), "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c");
  EXPECT_EQ(Sha256Hex(std::string(65, 'x')), "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9");
}

TEST(Sha256, StreamingInOddChunksEqualsOneShot) {
  std::string data;
  for (int i = 0; i < 5000; ++i) data += static_cast<char>((i * 131 + 7) % 256);  // every byte value, incl. NUL
  const std::string expected = Sha256Hex(data);
  for (const std::size_t chunk : {1u, 3u, 7u, 55u, 63u, 64u, 65u, 127u, 1000u}) {
    Sha256 hash;
    for (std::size_t pos = 0; pos < data.size(); pos += chunk) {
      hash.Update(std::string_view(data).substr(pos, chunk));
    }
    EXPECT_EQ(Hex(hash.Finish()), expected) << "chunk " << chunk;
  }
}

TEST(Sha256, EmptyUpdatesChangeNothingAndFinishStartsOver) {
  Sha256 hash;
  hash.Update("");
  hash.Update("ab");
  hash.Update("");
  hash.Update("c");
  EXPECT_EQ(Hex(hash.Finish()), Sha256Hex("abc"));
  hash.Update("abc");  // a fresh hash after Finish
  EXPECT_EQ(Hex(hash.Finish()), Sha256Hex("abc"));
  EXPECT_EQ(Hex(hash.Finish()), Sha256Hex(""));
}

TEST(Sha256, HashesUtf8Bytes) {
  // "张三" in UTF-8 (e5 bc a0 e4 b8 89); from `printf '张三' | sha256sum`.
  EXPECT_EQ(Sha256Hex("张三"), "1d841bc0ee98309cb7916670b7f0fdef5f4c35150711a41405ef3633b56322cf");
}

}  // namespace
}  // namespace yaosu::filing

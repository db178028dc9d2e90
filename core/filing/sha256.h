// File: SHA-256 (FIPS 180-4), written out so that it runs the same natively and
// in WebAssembly (no OpenSSL, no Web Crypto).
//
// A signed filing names its content by digest: the canonical JSON text of the
// form (see canonical_json.h) is hashed, and the signature covers the hash.
//
//   Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
//
//   Sha256 hash;                       // streaming, for large attachments
//   hash.Update(part1);
//   hash.Update(part2);
//   std::array<uint8_t, 32> digest = hash.Finish();
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace yaosu::filing {

// Sha256: the streaming hash. Update any number of times, then Finish once;
// after Finish the object starts over as a fresh hash.
class Sha256 {
 public:
  Sha256() { Reset(); }

  void Update(std::string_view data);
  std::array<uint8_t, 32> Finish();

 private:
  void Reset();
  void Compress(const unsigned char* block);  // one 64-byte block

  std::array<uint32_t, 8> state_{};
  std::array<unsigned char, 64> buffer_{};
  std::size_t buffered_ = 0;  // bytes waiting in buffer_ (< 64)
  uint64_t length_ = 0;       // bytes hashed so far (the message length is in bits mod 2^64)
};

// Sha256Hex: the digest of `data` as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace yaosu::filing

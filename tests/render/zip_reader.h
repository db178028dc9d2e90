// File: ReadZip — a minimal ZIP reader for the render tests: it lists the
// entries of an archive that ZipWriter (or anything that STOREs) made and
// returns their data, checking every header against the central directory
// and every CRC-32. Header-only, for tests only; compressed entries are
// reported, not inflated.
//
//   std::vector<ZipEntry> entries;
//   std::string error;
//   ASSERT_TRUE(ReadZip(bytes, entries, error)) << error;
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/render/zip_writer.h"

namespace yaosu::render::test_support {

struct ZipEntry {
  std::string name;
  std::string data;
  std::uint16_t flags = 0;
  std::uint16_t dos_time = 0;
  std::uint16_t dos_date = 0;
};

inline std::uint32_t ReadLittleEndian(std::string_view bytes, std::size_t at, int size) {
  std::uint32_t value = 0;
  for (int i = size - 1; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

// ReadZip: the entries in central-directory order, or false with `error` saying why.
inline bool ReadZip(std::string_view bytes, std::vector<ZipEntry>& entries, std::string& error) {
  entries.clear();
  const auto fail = [&](std::string why) {
    error = std::move(why);
    return false;
  };
  const auto u16 = [&](std::size_t at) { return static_cast<std::uint16_t>(ReadLittleEndian(bytes, at, 2)); };
  const auto u32 = [&](std::size_t at) { return ReadLittleEndian(bytes, at, 4); };

  // The end record is the last 22 bytes plus a comment of up to 65,535 bytes.
  if (bytes.size() < 22) return fail("shorter than an end of central directory record");
  std::size_t end = bytes.size() - 22;
  while (u32(end) != 0x06054b50) {
    if (end == 0 || bytes.size() - end > 22 + 0xFFFF) return fail("no end of central directory record");
    --end;
  }
  if (end + 22 + u16(end + 20) != bytes.size()) return fail("end record comment length does not reach the end");
  if (u16(end + 4) != 0 || u16(end + 6) != 0) return fail("multi-disk archive");
  const std::size_t count = u16(end + 10);
  if (u16(end + 8) != count) return fail("entry counts differ");
  const std::size_t directory_size = u32(end + 12);
  std::size_t at = u32(end + 16);
  if (at + directory_size != end) return fail("central directory does not end at the end record");

  for (std::size_t i = 0; i < count; ++i) {
    if (at + 46 > end || u32(at) != 0x02014b50) return fail("bad central header " + std::to_string(i));
    ZipEntry entry;
    entry.flags = u16(at + 8);
    const std::uint16_t method = u16(at + 10);
    entry.dos_time = u16(at + 12);
    entry.dos_date = u16(at + 14);
    const std::uint32_t crc = u32(at + 16);
    const std::uint32_t compressed = u32(at + 20);
    const std::uint32_t size = u32(at + 24);
    const std::size_t name_length = u16(at + 28);
    const std::size_t extra_length = u16(at + 30);
    const std::size_t comment_length = u16(at + 32);
    const std::size_t local = u32(at + 42);
    if (at + 46 + name_length + extra_length + comment_length > end) return fail("central header overruns");
    entry.name = std::string(bytes.substr(at + 46, name_length));
    at += 46 + name_length + extra_length + comment_length;

    if (method != 0) return fail(entry.name + ": not stored (method " + std::to_string(method) + ")");
    if (compressed != size) return fail(entry.name + ": stored sizes differ");
    if (local + 30 > bytes.size() || u32(local) != 0x04034b50) return fail(entry.name + ": bad local header");
    if (u16(local + 6) != entry.flags || u16(local + 8) != method || u16(local + 10) != entry.dos_time ||
        u16(local + 12) != entry.dos_date || u32(local + 14) != crc || u32(local + 18) != compressed ||
        u32(local + 22) != size) {
      return fail(entry.name + ": local header differs from the central directory");
    }
    const std::size_t local_name_length = u16(local + 26);
    const std::size_t local_extra_length = u16(local + 28);
    const std::size_t data_at = local + 30 + local_name_length + local_extra_length;
    if (data_at + size > bytes.size()) return fail(entry.name + ": data overruns");
    if (bytes.substr(local + 30, local_name_length) != entry.name) return fail(entry.name + ": local name differs");
    entry.data = std::string(bytes.substr(data_at, size));
    if (Crc32(entry.data) != crc) return fail(entry.name + ": CRC-32 mismatch");
    for (const ZipEntry& earlier : entries) {
      if (earlier.name == entry.name) return fail(entry.name + ": duplicate name");
    }
    entries.push_back(std::move(entry));
  }
  if (at != end) return fail("central directory size differs from its entries");
  return true;
}

// FindEntry: the entry named `name`, or nullptr.
inline const ZipEntry* FindEntry(const std::vector<ZipEntry>& entries, std::string_view name) {
  for (const ZipEntry& entry : entries) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

}  // namespace yaosu::render::test_support

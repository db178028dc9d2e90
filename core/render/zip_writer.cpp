#include "core/render/zip_writer.h"

#include <array>
#include <limits>

namespace yaosu::render {
namespace {

constexpr std::array<std::uint32_t, 256> MakeCrcTable() {
  std::array<std::uint32_t, 256> table{};
  for (std::uint32_t i = 0; i < 256; ++i) {
    std::uint32_t c = i;
    for (int bit = 0; bit < 8; ++bit) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
  return table;
}

constexpr std::array<std::uint32_t, 256> kCrcTable = MakeCrcTable();

constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr std::uint16_t kVersion = 20;        // 2.0: folders; made by MS-DOS (upper byte 0)
constexpr std::uint16_t kUtf8Names = 0x0800;  // general purpose flag bit 11
constexpr std::uint16_t kStored = 0;
constexpr std::uint16_t kDosTime = 0;                        // 00:00:00
constexpr std::uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;  // 1980-01-01
constexpr std::uint64_t kMax32 = std::numeric_limits<std::uint32_t>::max();
constexpr std::size_t kMaxEntries = std::numeric_limits<std::uint16_t>::max();

void Put16(std::string& out, std::uint16_t value) {
  out += static_cast<char>(value & 0xFF);
  out += static_cast<char>(value >> 8);
}

void Put32(std::string& out, std::uint32_t value) {
  for (int shift = 0; shift < 32; shift += 8) out += static_cast<char>((value >> shift) & 0xFF);
}

// Flags: bit 11 only for names beyond ASCII, so plain names give the classic bytes.
std::uint16_t Flags(const std::string& name) {
  for (char c : name) {
    if (static_cast<unsigned char>(c) >= 0x80) return kUtf8Names;
  }
  return 0;
}

// PutCommon: the fields local and central headers share, from "version needed" to the name length.
void PutCommon(std::string& out, const std::string& name, std::uint32_t crc, std::uint32_t size) {
  Put16(out, kVersion);
  Put16(out, Flags(name));
  Put16(out, kStored);
  Put16(out, kDosTime);
  Put16(out, kDosDate);
  Put32(out, crc);
  Put32(out, size);  // compressed size: stored, so the same
  Put32(out, size);
  Put16(out, static_cast<std::uint16_t>(name.size()));
}

}  // namespace

std::uint32_t Crc32(std::string_view data) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (char c : data) crc = kCrcTable[(crc ^ static_cast<unsigned char>(c)) & 0xFF] ^ (crc >> 8);
  return crc ^ 0xFFFFFFFFu;
}

bool ZipWriter::Add(std::string name, std::string data) {
  if (name.empty() || name.size() > std::numeric_limits<std::uint16_t>::max()) return false;
  if (static_cast<std::uint64_t>(data.size()) >= kMax32 || entries_.size() >= kMaxEntries) return false;
  for (const Entry& entry : entries_) {
    if (entry.name == name) return false;
  }
  // Local header (30) and central header (46), each with the name, and the data.
  const std::uint64_t added = 30 + 46 + 2 * static_cast<std::uint64_t>(name.size()) + data.size();
  if (archive_size_ + added >= kMax32) return false;
  archive_size_ += added;
  const std::uint32_t crc = Crc32(data);
  entries_.push_back(Entry{std::move(name), std::move(data), crc});
  return true;
}

std::string ZipWriter::Finish() const {
  std::string out;
  std::vector<std::uint32_t> offsets;
  offsets.reserve(entries_.size());
  for (const Entry& entry : entries_) {
    offsets.push_back(static_cast<std::uint32_t>(out.size()));
    Put32(out, kLocalHeader);
    PutCommon(out, entry.name, entry.crc, static_cast<std::uint32_t>(entry.data.size()));
    Put16(out, 0);  // extra field length
    out += entry.name;
    out += entry.data;
  }
  const std::size_t directory_start = out.size();
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const Entry& entry = entries_[i];
    Put32(out, kCentralHeader);
    Put16(out, kVersion);  // version made by
    PutCommon(out, entry.name, entry.crc, static_cast<std::uint32_t>(entry.data.size()));
    Put16(out, 0);  // extra field length
    Put16(out, 0);  // comment length
    Put16(out, 0);  // disk number start
    Put16(out, 0);  // internal attributes
    Put32(out, 0);  // external attributes
    Put32(out, offsets[i]);
    out += entry.name;
  }
  const std::size_t directory_size = out.size() - directory_start;
  Put32(out, kEndOfCentralDirectory);
  Put16(out, 0);  // this disk
  Put16(out, 0);  // disk with the central directory
  Put16(out, static_cast<std::uint16_t>(entries_.size()));
  Put16(out, static_cast<std::uint16_t>(entries_.size()));
  Put32(out, static_cast<std::uint32_t>(directory_size));
  Put32(out, static_cast<std::uint32_t>(directory_start));
  Put16(out, 0);  // comment length
  return out;
}

}  // namespace yaosu::render

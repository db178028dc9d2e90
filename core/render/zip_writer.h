// File: ZipWriter — a minimal ZIP archive writer (PKWARE APPNOTE 6.3), enough
// for the DOCX package: entries are STORED (no compression) with their CRC-32
// and one fixed DOS time (1980-01-01 00:00), so the same entries in the same
// order always give the same bytes. No ZIP64: at most 65,535 entries, and no
// entry or archive of 4 GiB or more.
//
//   ZipWriter zip;
//   zip.Add("[Content_Types].xml", content_types);
//   zip.Add("word/document.xml", document_xml);
//   std::string bytes = zip.Finish();
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace yaosu::render {

// Crc32: the CRC-32 of ZIP (ISO-HDLC; reflected 0xEDB88320), Crc32("123456789") == 0xCBF43926.
std::uint32_t Crc32(std::string_view data);

class ZipWriter {
 public:
  // Add: one entry, in the order added. Returns false, and adds nothing, for a
  // name that is empty, longer than 65,535 bytes or already added, for data of
  // 4 GiB or more, past the 65,535th entry, or when the archive would reach
  // 4 GiB. Names use '/' between folders.
  bool Add(std::string name, std::string data);

  // Finish: the archive bytes (local headers and data, central directory, end
  // record). The entries stay; calling it again gives the same bytes.
  std::string Finish() const;

  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string name;
    std::string data;
    std::uint32_t crc = 0;
  };
  std::vector<Entry> entries_;
  std::uint64_t archive_size_ = 22;  // the end record; each Add adds its headers and data
};

}  // namespace yaosu::render

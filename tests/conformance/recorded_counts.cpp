#include "tests/conformance/recorded_counts.h"

#include <nlohmann/json.hpp>

#include "tests/conformance/suite_loader.h"

namespace yaosu::conformance {
namespace {

bool ReadCount(const nlohmann::json& section, const char* key, std::size_t& count) {
  if (!section.contains(key) || !section[key].is_number_unsigned()) return false;
  count = section[key].get<std::size_t>();
  return true;
}

}  // namespace

std::string RecordedCountsPath() { return std::string(YAOSU_SOURCE_DIR) + "/tests/conformance/recorded_counts.json"; }

bool ReadRecordedCounts(const std::string& path, const std::string& draft, RecordedCounts& counts, std::string& error) {
  nlohmann::json document;
  if (!ReadJsonFile(path, document, error)) return false;
  if (!document.is_object() || !document.contains(draft) || !document[draft].is_object()) {
    error = path + ": no \"" + draft + "\" object";
    return false;
  }
  const nlohmann::json& section = document[draft];
  if (!ReadCount(section, "required", counts.required) || !ReadCount(section, "optional", counts.optional)) {
    error = path + ": \"" + draft + "\" needs non-negative integers \"required\" and \"optional\"";
    return false;
  }
  return true;
}

bool ReadRecordedTotal(const std::string& path, const std::string& section, std::size_t& total, std::string& error) {
  nlohmann::json document;
  if (!ReadJsonFile(path, document, error)) return false;
  if (!document.is_object() || !document.contains(section) || !document[section].is_object() ||
      !ReadCount(document[section], "total", total)) {
    error = path + ": \"" + section + "\" needs a non-negative integer \"total\"";
    return false;
  }
  return true;
}

}  // namespace yaosu::conformance

#include "core/regex/internal/unicode_properties.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "core/regex/internal/unicode_tables.h"

namespace yaosu::regex::internal {
namespace {

constexpr std::uint32_t Bit(GeneralCategory category) { return std::uint32_t{1} << static_cast<unsigned>(category); }

using enum GeneralCategory;
constexpr std::uint32_t kLetterOrLetterNumber = Bit(kLu) | Bit(kLl) | Bit(kLt) | Bit(kLm) | Bit(kLo) | Bit(kNl);
constexpr std::uint32_t kIdContinueCore = kLetterOrLetterNumber | Bit(kMn) | Bit(kMc) | Bit(kNd) | Bit(kPc);
constexpr std::uint32_t kAllCategories = (std::uint32_t{1} << 30) - 1;

constexpr CodePointRange kAsciiHexDigit[] = {{U'0', U'9'}, {U'A', U'F'}, {U'a', U'f'}};
constexpr CodePointRange kHexDigit[] = {{U'0', U'9'},     {U'A', U'F'},     {U'a', U'f'},
                                        {0xFF10, 0xFF19}, {0xFF21, 0xFF26}, {0xFF41, 0xFF46}};
constexpr CodePointRange kWhiteSpace[] = {{0x0009, 0x000D}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00A0, 0x00A0},
                                          {0x1680, 0x1680}, {0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F},
                                          {0x205F, 0x205F}, {0x3000, 0x3000}};

// Find: the entry of a table sorted by `name` whose name equals `key`.
template <typename Entry>
const Entry* Find(const Entry* table, std::size_t count, std::string_view key) {
  const Entry* end = table + count;
  const Entry* it = std::lower_bound(table, end, key, [](const Entry& e, std::string_view k) { return e.name < k; });
  return it != end && it->name == key ? it : nullptr;
}

void AddCategories(std::uint32_t mask, CodePointSet* set) {
  for (std::size_t i = 0; i < kGeneralCategoryRunCount; ++i) {
    if (((mask >> kGeneralCategoryRuns[i].category) & 1) == 0) continue;
    const char32_t last = i + 1 < kGeneralCategoryRunCount ? kGeneralCategoryRuns[i + 1].first - 1 : kMaxCodePoint;
    set->AddRange(kGeneralCategoryRuns[i].first, last);
  }
}

void AddCorrected(std::uint32_t core, const RangeCorrection& correction, CodePointSet* set) {
  CodePointSet result;
  AddCategories(core, &result);
  result.AddRanges(correction.add, correction.add_count);
  result.Normalize();
  result.RemoveRanges(correction.remove, correction.remove_count);
  set->AddSet(result);
}

bool InRanges(const CodePointRange* ranges, std::size_t count, char32_t c) {
  return std::any_of(ranges, ranges + count, [c](const CodePointRange& r) { return r.first <= c && c <= r.last; });
}

std::uint32_t CategoryBit(char32_t c) {
  const GeneralCategoryRun* end = kGeneralCategoryRuns + kGeneralCategoryRunCount;
  const GeneralCategoryRun* run = std::upper_bound(kGeneralCategoryRuns, end, c,
                                                   [](char32_t v, const GeneralCategoryRun& r) { return v < r.first; });
  return std::uint32_t{1} << (run - 1)->category;  // run 0 starts at U+0000
}

bool IsCorrectedMember(std::uint32_t core, const RangeCorrection& correction, char32_t c) {
  if (InRanges(correction.remove, correction.remove_count, c)) return false;
  return (CategoryBit(c) & core) != 0 || InRanges(correction.add, correction.add_count, c);
}

PropertyLookup LookupBinary(std::string_view name, CodePointSet* set) {
  const PropertyAlias* alias = Find(kBinaryPropertyNames, kBinaryPropertyNameCount, name);
  if (alias == nullptr) return PropertyLookup::kUnknown;
  const std::string_view canonical = alias->canonical;
  CodePointSet scratch;
  CodePointSet* out = set != nullptr ? set : &scratch;
  if (canonical == "Any") {
    out->AddRange(0, kMaxCodePoint);
  } else if (canonical == "ASCII") {
    out->AddRange(0, 0x7F);
  } else if (canonical == "Assigned") {
    AddCategories(kAllCategories & ~Bit(kCn), out);
  } else if (canonical == "ASCII_Hex_Digit") {
    out->AddRanges(kAsciiHexDigit, std::size(kAsciiHexDigit));
  } else if (canonical == "Hex_Digit") {
    out->AddRanges(kHexDigit, std::size(kHexDigit));
  } else if (canonical == "White_Space") {
    out->AddRanges(kWhiteSpace, std::size(kWhiteSpace));
  } else if (canonical == "ID_Start") {
    AddCorrected(kLetterOrLetterNumber, kIdStartCorrection, out);
  } else if (canonical == "ID_Continue") {
    AddCorrected(kIdContinueCore, kIdContinueCorrection, out);
  } else {
    return PropertyLookup::kUnsupported;
  }
  return PropertyLookup::kFound;
}

PropertyLookup LookupScript(std::string_view value, bool extensions, CodePointSet* set) {
  const PropertyAlias* alias = Find(kScriptNames, kScriptNameCount, value);
  if (alias == nullptr) return PropertyLookup::kUnknown;
  for (std::size_t i = 0; i < kScriptCount; ++i) {
    const ScriptData& script = kScripts[i];
    if (script.name != alias->canonical) continue;
    if (set != nullptr) {
      if (extensions) {
        set->AddRanges(script.extensions, script.extensions_count);
      } else {
        set->AddRanges(script.script, script.script_count);
      }
    }
    return PropertyLookup::kFound;
  }
  return PropertyLookup::kUnsupported;
}

PropertyLookup LookupGeneralCategory(std::string_view value, CodePointSet* set) {
  const GeneralCategoryName* entry = Find(kGeneralCategoryNames, kGeneralCategoryNameCount, value);
  if (entry == nullptr) return PropertyLookup::kUnknown;
  if (set != nullptr) AddCategories(entry->mask, set);
  return PropertyLookup::kFound;
}

}  // namespace

PropertyLookup LookupProperty(std::string_view name, std::optional<std::string_view> value, CodePointSet* set) {
  if (!value) {
    // A lone name is a General_Category value or a binary property.
    PropertyLookup result = LookupGeneralCategory(name, set);
    return result == PropertyLookup::kUnknown ? LookupBinary(name, set) : result;
  }
  if (name == "General_Category" || name == "gc") return LookupGeneralCategory(*value, set);
  if (name == "Script" || name == "sc") return LookupScript(*value, false, set);
  if (name == "Script_Extensions" || name == "scx") return LookupScript(*value, true, set);
  return PropertyLookup::kUnknown;
}

bool IsIdStart(char32_t c) { return IsCorrectedMember(kLetterOrLetterNumber, kIdStartCorrection, c); }

bool IsIdContinue(char32_t c) { return IsCorrectedMember(kIdContinueCore, kIdContinueCorrection, c); }

}  // namespace yaosu::regex::internal

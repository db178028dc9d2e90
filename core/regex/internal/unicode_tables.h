// File: the Unicode character data behind \p{...} (generated; see unicode_tables.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/regex/internal/code_point_set.h"

namespace yaosu::regex::internal {

// GeneralCategory: the 30 leaf values; bit i of a category mask is value i.
enum class GeneralCategory : std::uint8_t {
  kCc,
  kCf,
  kCn,
  kCo,
  kCs,
  kLl,
  kLm,
  kLo,
  kLt,
  kLu,
  kMc,
  kMe,
  kMn,
  kNd,
  kNl,
  kNo,
  kPc,
  kPd,
  kPe,
  kPf,
  kPi,
  kPo,
  kPs,
  kSc,
  kSk,
  kSm,
  kSo,
  kZl,
  kZp,
  kZs,
};

// GeneralCategoryRun: code points from `first` up to the next run's first
// have category `category` (a GeneralCategory). Runs cover 0..10FFFF.
struct GeneralCategoryRun {
  char32_t first;
  std::uint8_t category;
};

// GeneralCategoryName: a value name or alias ("L", "Letter", "digit") and the
// mask of leaf categories it stands for.
struct GeneralCategoryName {
  std::string_view name;
  std::uint32_t mask;
};

// PropertyAlias: a property (or value) name or alias and its canonical name.
struct PropertyAlias {
  std::string_view name;
  std::string_view canonical;
};

// ScriptData: the code points of one script, for Script= and Script_Extensions=.
struct ScriptData {
  std::string_view name;
  const CodePointRange* script;
  std::size_t script_count;
  const CodePointRange* extensions;
  std::size_t extensions_count;
};

// RangeCorrection: what to add to and remove from a General_Category core.
struct RangeCorrection {
  const CodePointRange* add;
  std::size_t add_count;
  const CodePointRange* remove;
  std::size_t remove_count;
};

extern const GeneralCategoryRun kGeneralCategoryRuns[];
extern const std::size_t kGeneralCategoryRunCount;
extern const GeneralCategoryName kGeneralCategoryNames[];  // sorted by name
extern const std::size_t kGeneralCategoryNameCount;
extern const PropertyAlias kBinaryPropertyNames[];  // sorted by name
extern const std::size_t kBinaryPropertyNameCount;
extern const PropertyAlias kScriptNames[];  // sorted by name
extern const std::size_t kScriptNameCount;
extern const ScriptData kScripts[];
extern const std::size_t kScriptCount;
// ID_Start is (L ∪ Nl) corrected; ID_Continue is (L ∪ Nl ∪ Mn ∪ Mc ∪ Nd ∪ Pc) corrected.
extern const RangeCorrection kIdStartCorrection;
extern const RangeCorrection kIdContinueCorrection;

}  // namespace yaosu::regex::internal

// File: what the loaders of schemas/params/ files share — one collector of
// diagnostics per file, each naming the file, with checks for keys and types.
// Used by parameter.cpp (dated parameters) and rest_days.cpp (the rest-day
// calendar). Internal to core/law.
//
//   FileChecker checker("schemas/params/rates/lpr_one_year.json");
//   checker.Keys(root, "", {"id", "values"}, {"$schema"});   // law.param.missing_key / unknown_key
//   std::string id = checker.String(root, "", "id");          // law.param.wrong_type when not a string
//   if (!checker.diagnostics().empty()) return std::move(checker.diagnostics());
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics/diagnostic.h"
#include "core/law/civil_date.h"

namespace yaosu::law::internal {

class FileChecker {
 public:
  explicit FileChecker(std::string_view source) : source_(source) {}

  // Add: one diagnostic at `pointer`, with params.file set.
  void Add(std::string code, std::string pointer, nlohmann::json params = nlohmann::json::object());

  // Keys: unknown keys and missing required ones of `object` at `pointer`.
  void Keys(const nlohmann::json& object, const std::string& pointer, std::initializer_list<const char*> required,
            std::initializer_list<const char*> optional);

  // String: object[key] as a string, or "" (absent, or after a wrong_type diagnostic).
  std::string String(const nlohmann::json& object, const std::string& pointer, const char* key);

  // Date: a "YYYY-MM-DD" string naming a real day, or nullopt after a
  // wrong_type / bad_date diagnostic at `pointer`.
  std::optional<CivilDate> Date(const nlohmann::json& value, const std::string& pointer);

  Diagnostics& diagnostics() { return diagnostics_; }

 private:
  std::string source_;
  Diagnostics diagnostics_;
};

}  // namespace yaosu::law::internal

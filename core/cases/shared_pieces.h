// File: SharedPieces — the rows and sections that many case types include by
// reference (schemas/shared/<name>.json): the party blocks, 委托诉讼代理人,
// 约定管辖和诉前保全, the mediation block, the guarantee group, 标的总额 with
// the court fee, 证据清单... Each piece carries its data schema, element row,
// print template, words and rules together, so one include brings all of them
// (the format: schemas/cases/README.md).
//
//   SharedPieces shared;
//   shared.Add("guarantee", parsed_file);                       // shared/guarantee.json
//   Result<json> row = shared.Resolve(entry, PieceKind::kRow);  // {"use": "guarantee.registration"}
//
// Case-type sources are kept as nlohmann::ordered_json: the order an author
// wrote a row's fields in is the order the form shows them.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics/result.h"

namespace yaosu::cases {

enum class PieceKind { kRow, kSection };

class SharedPieces {
 public:
  // Add: the shared file `name` ("guarantee" for shared/guarantee.json) as parsed.
  void Add(std::string name, nlohmann::ordered_json document);

  // Resolve: `entry` itself when it has no "use"; otherwise the piece it names —
  // a row "<file>.<row>" (the file's "rows") or a section "<file>" (the file's
  // "section") — with the entry's other keys laid over it (a key set to null
  // removes it) and every string "$name" replaced by the entry's "with".name.
  // The words of the piece's file ("words": {"fields", "values"}: a party's
  // 姓名, 性别…) come along as "shared_words".
  // Problems: case.include_unresolved {use}, case.parameter_missing {use, name}.
  Result<nlohmann::ordered_json> Resolve(const nlohmann::ordered_json& entry, PieceKind kind) const;

  // BaseWords: the words every form shares (shared/words.json's "words":
  // {"fields", "values"}), or an empty object.
  nlohmann::ordered_json BaseWords() const;

 private:
  std::map<std::string, nlohmann::ordered_json, std::less<>> files_;
};

// SubstituteParameters: `value` with every string "$name" (a whole string of a
// "$" and a lower-case name) replaced by `parameters`[name]; the names left
// without a value are passed to `missing`.
nlohmann::ordered_json SubstituteParameters(const nlohmann::ordered_json& value,
                                            const nlohmann::ordered_json& parameters,
                                            const std::function<void(const std::string&)>& missing);

// SubstituteText: `value` with "${name}" inside every string (keys left alone)
// replaced by `replacements`[name] — how a shared row's rules name the row they
// land in ("${row}" → "claims.total", "${pointer}" → "/claims/total").
nlohmann::ordered_json SubstituteText(const nlohmann::ordered_json& value,
                                      const std::map<std::string, std::string>& replacements);

}  // namespace yaosu::cases

// File: one dated legal parameter (法定参数) — a value table keyed by effective
// date with a citation on every value, in OpenFisca's shape.
//
//   {"id": "rates/lpr_one_year", "description": {"zh": "…", "en": "…"}, "unit": "percent",
//    "reference": {"title": "…", "url": "…"}, "last_verified": "2026-02-01",
//    "values": {"2019-08-20": {"value": 4.25, "reference": "…"}, "2019-09-20": {…}}}
//
//   Result<Parameter> lpr = LoadParameter("rates/lpr_one_year.json", text);
//   Result<DatedValue> v = lpr->At(*ParseCivilDate("2020-05-01"));   // 3.85, from 2020-04-20
//
// The loader rejects what OpenFisca rejects — unknown keys, malformed or
// duplicate dates, missing values — naming the file. A `"value": null` ends the
// parameter from that date. Lookup takes the latest start ≤ the date; a date
// before the first start is an error (never a default), and a date after
// last_verified gets the value plus a warning that the table may be stale.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics/result.h"
#include "core/law/civil_date.h"

namespace yaosu::law {

// DatedValue: the value in force from `start` (null: the parameter ended then).
struct DatedValue {
  CivilDate start;
  nlohmann::json value;
  std::string reference;  // citation of this value (notice, article)
};

// CitationStyle: how a calculation names a parameter's source.
enum class CitationStyle {
  kOfficial,    // "title article (url)", the url the official publication (reference.url)
  kAsRecorded,  // reference.recorded_as where the parameter has one — the exact words that
                // filings of case-type versions up to 2025.1 recorded in their steps
                // (court_fee_calculation with two arguments), kept so those filings
                // recompute byte for byte; elsewhere the same as kOfficial
};

// Parameter: a loaded parameter file.
struct Parameter {
  std::string id;
  std::string source;  // the file it came from, for diagnostics
  std::string description_zh;
  std::string description_en;
  std::string unit;
  nlohmann::json reference;  // {title, article?, url?, publisher?, recorded_as?, confidence?, note?}
  CivilDate last_verified;
  std::vector<DatedValue> values;  // ascending by start

  // At: the value in force on `date`. Diagnostics: law.param.before_first and
  // law.param.ended (errors); law.param.unverified (warning, with the value).
  Result<DatedValue> At(const CivilDate& date) const;

  // Citation: "title article (url)" of the whole parameter (see CitationStyle).
  std::string Citation(CitationStyle style = CitationStyle::kOfficial) const;

  // Source: the official text behind the parameter, for a page to show and link:
  // {"id", "title", "article"?, "url"?, "publisher"?}.
  nlohmann::json Source() const;
};

// LoadParameter: parses and checks one parameter file. Every diagnostic carries
// params.file = `source`. Codes: law.param.syntax (with the JSON diagnostic's
// params), law.param.unknown_key, law.param.missing_key, law.param.wrong_type,
// law.param.bad_date, law.param.duplicate_date, law.param.missing_value.
Result<Parameter> LoadParameter(std::string_view source, std::string_view text);
// LoadParameterDocument: LoadParameter of a file already parsed.
Result<Parameter> LoadParameterDocument(std::string_view source, const nlohmann::json& root);

}  // namespace yaosu::law

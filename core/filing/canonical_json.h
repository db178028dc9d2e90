// File: the canonical JSON text of a value (RFC 8785, JSON Canonicalization
// Scheme) — the exact bytes a filing's digest and signature cover.
//
// Two texts that mean the same JSON give the same canonical bytes, however they
// were indented or ordered: no whitespace; object members sorted by their keys
// as UTF-16 code units (as ECMAScript sorts strings, not by UTF-8 bytes);
// strings escaped as JSON.stringify escapes them; numbers as ECMAScript writes
// them (see ecmascript_number.h).
//
//   Result<nlohmann::json> doc = ParseJson(R"({"b": [1.50, "é"], "a": 1e2})");
//   Result<std::string> text = filing::CanonicalJson(*doc);
//   *text == R"({"a":100,"b":[1.5,"é"]})"
//   filing::Sha256Hex(*text)  // what a signature covers
//
// Values JCS cannot carry unchanged are refused rather than altered, each a
// diagnostic (severity error) whose instance_location points at the value:
//   filing.unsafe_integer {value}  an integer beyond ±2^53 (a double would round it)
//   filing.invalid_utf8   {byte}   a string, or an object key, that is not UTF-8;
//                                  for a key the pointer names the object holding it
//   filing.not_finite     {value}  NaN or ±Infinity ("NaN", "Infinity", "-Infinity")
//   filing.not_json       {type}   a binary or discarded nlohmann value
// Every problem in the value is reported, not only the first. The walk uses an
// explicit stack, so nesting depth is bounded by memory only.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics/result.h"

namespace yaosu::filing {

// CanonicalJson: the canonical text of `value`; a root object's member named
// `omitted_root_member` (when not empty) is left out — a filing's digest covers
// the filing without its own digest, with no copy of the filing made for it.
Result<std::string> CanonicalJson(const nlohmann::json& value, std::string_view omitted_root_member = {});

}  // namespace yaosu::filing

// File: a double as ECMAScript writes it (Number.prototype.toString, radix 10) —
// the number form RFC 8785 (JSON Canonicalization Scheme) prescribes.
//
// The digits are the shortest that read back as the same double (the closest
// such, ties to even); where they go follows ECMA-262 §6.1.6.1.20: plain
// digits up to 21 places, "0.000001" down to 1e-6, otherwise an exponent.
//
//   EcmaScriptNumber(0.1 + 0.2) == "0.30000000000000004"
//   EcmaScriptNumber(1e21)      == "1e+21"
//   EcmaScriptNumber(1e-7)      == "1e-7"
//   EcmaScriptNumber(-0.0)      == "0"
//
// std::to_chars would give the digits, but Emscripten 3.1.6 ships libc++ 13,
// which has no floating-point to_chars; the digits come from snprintf("%.*e")
// and strtod, which are exact in glibc and in musl (Emscripten's libc) alike.
#pragma once

#include <string>

namespace yaosu::filing {

// EcmaScriptNumber: the text of `value`; "NaN", "Infinity" and "-Infinity" as
// ECMAScript writes them (they are not JSON; CanonicalJson refuses them first).
std::string EcmaScriptNumber(double value);

}  // namespace yaosu::filing

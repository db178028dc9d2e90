// File: checkers for the string formats of JSON Schema 2020-12.
//
// Each function answers one question — is this string a valid <format>? — for
// the RFCs the specification names (RFC 3339 dates and times, RFC 5321/6531
// email, RFC 1123/5890 hostnames, RFC 2673/4291 addresses, RFC 3986/3987 URIs,
// RFC 4122 UUIDs, RFC 6901 JSON Pointers, RFC 6570 URI templates). Inputs are
// UTF-8; invalid UTF-8 is never valid. Pure functions: no allocation that
// outlives the call, no locale, no exceptions.
//
//   if (!formats::IsDate("2025-02-29")) { ... }  // 2025 is not a leap year
#pragma once

#include <string_view>

namespace yaosu::formats {

bool IsDate(std::string_view text);                 // RFC 3339 full-date
bool IsTime(std::string_view text);                 // RFC 3339 full-time (offset required; leap second 23:59:60 UTC)
bool IsDateTime(std::string_view text);             // RFC 3339 date-time
bool IsDuration(std::string_view text);             // RFC 3339 Appendix A duration
bool IsEmail(std::string_view text);                // RFC 5321 Mailbox
bool IsIdnEmail(std::string_view text);             // RFC 6531 Mailbox
bool IsHostname(std::string_view text);             // RFC 1123
bool IsIdnHostname(std::string_view text);          // RFC 5890 (best effort)
bool IsIpv4(std::string_view text);                 // RFC 2673 dotted-quad, no leading zeros
bool IsIpv6(std::string_view text);                 // RFC 4291
bool IsUri(std::string_view text);                  // RFC 3986 URI (absolute)
bool IsUriReference(std::string_view text);         // RFC 3986 URI-reference
bool IsIri(std::string_view text);                  // RFC 3987 IRI
bool IsIriReference(std::string_view text);         // RFC 3987 IRI-reference
bool IsUriTemplate(std::string_view text);          // RFC 6570
bool IsUuid(std::string_view text);                 // RFC 4122 string form
bool IsJsonPointer(std::string_view text);          // RFC 6901
bool IsRelativeJsonPointer(std::string_view text);  // draft-handrews-relative-json-pointer

}  // namespace yaosu::formats

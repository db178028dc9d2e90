// File: IdVerdict — what a check of one identifier found.
//
// Every identifier check (resident ID, USCC, phone numbers, money) answers
// with the same small value: valid or not, a machine reason, and the details
// a message needs. A valid value may still carry a warning reason (an unusual
// but possible mobile prefix), so forms can flag it without blocking a filing.
//
//   IdVerdict v = CheckMobile("12012345678");
//   // v.valid == true, v.severity == Severity::kWarning, v.reason == "unusual_prefix"
//
// Reasons are stable codes; the message catalog has one entry per format and
// reason, "format.<format>.<reason>" (schemas/messages/identifiers.json).
#pragma once

#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/diagnostics/diagnostic.h"

namespace yaosu::law {

struct IdVerdict {
  bool valid = true;
  // severity: kError when !valid; kWarning when valid but `reason` is worth a look.
  Severity severity = Severity::kError;
  std::string reason;                                // "" when valid and unremarkable
  nlohmann::json params = nlohmann::json::object();  // e.g. {"expected": "X", "actual": "3"}

  static IdVerdict Invalid(std::string why, nlohmann::json details = nlohmann::json::object()) {
    return IdVerdict{
        .valid = false, .severity = Severity::kError, .reason = std::move(why), .params = std::move(details)};
  }
  static IdVerdict Warning(std::string why, nlohmann::json details = nlohmann::json::object()) {
    return IdVerdict{
        .valid = true, .severity = Severity::kWarning, .reason = std::move(why), .params = std::move(details)};
  }
  bool HasWarning() const { return valid && !reason.empty(); }
};

}  // namespace yaosu::law

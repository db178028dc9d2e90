// File: verifying a filing, for court staff — was it altered, is its case type
// known, does it still pass every rule of its version, and do its computed
// values recompute to the same figures?
//
//   Verification check = Verify(filing, *cases::CaseLibrary::Builtin());
//   if (!check.ok) for (const Diagnostic& d : check.problems) show(d.code, d.instance_location);
//
// A filing whose digest does not match is reported plainly (filing.digest_mismatch:
// altered after it was produced) and the other checks still run, so staff see
// what they can. Pointers are into the filing ("/instance/claims/total").
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/cases/case_library.h"
#include "core/diagnostics/diagnostic.h"
#include "core/diagnostics/message_catalog.h"

namespace yaosu::filing {

struct Verification {
  bool ok = false;  // nothing below went wrong
  bool digest_matches = false;
  std::string recorded_digest;            // as the filing states it ("" when absent)
  std::string digest;                     // recomputed ("" when the content cannot be canonicalised)
  nlohmann::json case_identity;           // the filing's "case" member (null when absent)
  Diagnostics problems;                   // envelope, digest, case type, form errors, differences
  const cases::CaseForm* form = nullptr;  // the installed form it names, when known

  // ToJson: {"ok", "case", "digest": {"recorded", "computed", "matches"}, "problems": [... with messages]}.
  nlohmann::json ToJson() const;
};

// Verify: every check above on one parsed filing.
Verification Verify(const nlohmann::json& filing, const cases::CaseLibrary& library);

}  // namespace yaosu::filing

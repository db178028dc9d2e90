// File: which problems mean "not filled in yet" rather than "filled in wrong".
//
// A page helping a person fill a form can hold such a problem back while the
// person is still at the element (the first digit of an ID number is not yet
// "应为18位"), and show it once they leave it or ask for the filing; every other
// problem is shown at once. The engine decides which is which, so every page
// and tool agrees.
//
//   if (assist::IsIncomplete(d)) wait_until_left(d.instance_location);
#pragma once

#include "core/diagnostics/diagnostic.h"

namespace yaosu::assist {

// IsIncomplete: a missing element (schema.required, schema.dependentRequired),
// an empty or too-short list or text (schema.minItems, schema.minLength), or an
// identifier still too short or too long to check (format reason "length").
bool IsIncomplete(const Diagnostic& diagnostic);

}  // namespace yaosu::assist

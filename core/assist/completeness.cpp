#include "core/assist/completeness.h"

namespace yaosu::assist {

bool IsIncomplete(const Diagnostic& d) {
  if (d.code == "schema.required" || d.code == "schema.dependentRequired" || d.code == "schema.minItems" ||
      d.code == "schema.minLength") {
    return true;
  }
  return d.code == "schema.format" && d.params.is_object() && d.params.value("reason", "") == "length";
}

}  // namespace yaosu::assist

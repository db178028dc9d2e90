// File: simple interest (see interest.h).
#include "core/law/interest.h"

#include <string>

#include "core/law/decimal.h"

namespace yaosu::law {

Result<Calculation> SimpleInterest(const InterestRequest& request) {
  if (request.to < request.from) {
    return Diagnostic{.code = "law.interest.bad_period",
                      .params = {{"from", ToString(request.from)}, {"to", ToString(request.to)}}};
  }
  const int64_t days = DaysBetween(request.from, request.to);
  const int basis = static_cast<int>(request.basis);
  Calculation calc;
  // principal (fen) × rate (ppm) × days / (basis × 10^6), exact until the one rounding.
  const Int128 numerator = static_cast<Int128>(request.principal_fen) * request.rate_ppm * days;
  calc.value = DivideRoundHalfUp(numerator, static_cast<Int128>(basis) * 1000000);
  calc.steps.push_back("计息期间：" + ToString(request.from) + "至" + ToString(request.to) + "，共" +
                       std::to_string(days) + "天（算头不算尾）");
  calc.steps.push_back("日利率 = 年利率" + FormatPpmAsPercent(request.rate_ppm) + " ÷ " + std::to_string(basis));
  calc.steps.push_back("利息 = " + FormatFen(request.principal_fen) + "元 × " + FormatPpmAsPercent(request.rate_ppm) +
                       " × " + std::to_string(days) + " ÷ " + std::to_string(basis) + " = " + FormatFen(calc.value) +
                       "元（四舍五入到分）");
  return calc;
}

}  // namespace yaosu::law

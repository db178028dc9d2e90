// File: the fee_scale parameter shape and its band-by-band application, shared
// by the court-fee and preservation-fee calculators.
//
//   Result<FeeScale> scale = ReadFeeScale(dated, "fees/property_case");
//   int64_t fen = ApplyFeeScale(*scale, 10000000, calc);   // 100,000 yuan → 230000 fen, steps appended
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics/result.h"
#include "core/law/calculation.h"
#include "core/law/parameter.h"

namespace yaosu::law::internal {

struct FeeBracket {
  int64_t above_fen = 0;  // the band starts above this amount
  int64_t rate_ppm = 0;
};

struct FeeScale {
  int64_t min_fen = 0;  // the per-case fee (a range when min < max)
  int64_t max_fen = 0;
  std::vector<FeeBracket> brackets;  // ascending
  std::optional<int64_t> cap_fen;
};

// ReadFeeScale: the value of a fee_scale parameter; law.param.bad_value {parameter} if malformed.
Result<FeeScale> ReadFeeScale(const DatedValue& dated, const std::string& id);

// BandsFen: the cumulative band fees on `amount_fen` (summed exactly, rounded
// half up to the fen once at the end), one step per band touched.
int64_t BandsFen(const FeeScale& scale, int64_t amount_fen, Calculation& calc);

}  // namespace yaosu::law::internal

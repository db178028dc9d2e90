// File: reading and applying a fee scale (see fee_scale.h).
#include "core/law/internal/fee_scale.h"

#include <algorithm>

#include "core/law/decimal.h"

namespace yaosu::law::internal {

Result<FeeScale> ReadFeeScale(const DatedValue& dated, const std::string& id) {
  const Diagnostic bad{.code = "law.param.bad_value", .params = {{"parameter", id}}};
  const nlohmann::json& v = dated.value;
  if (!v.is_object() || !v.contains("fee_min") || !v.contains("fee_max") || !v.contains("brackets") ||
      !v["brackets"].is_array()) {
    return bad;
  }
  FeeScale scale;
  const auto min = JsonScaled(v["fee_min"], 2);
  const auto max = JsonScaled(v["fee_max"], 2);
  if (!min || !max || *min > *max) return bad;
  scale.min_fen = *min;
  scale.max_fen = *max;
  for (const nlohmann::json& b : v["brackets"]) {
    if (!b.is_object() || !b.contains("above") || !b.contains("rate")) return bad;
    const auto above = JsonScaled(b["above"], 2);
    const auto rate = JsonScaled(b["rate"], 4);
    if (!above || !rate) return bad;
    if (!scale.brackets.empty() && *above <= scale.brackets.back().above_fen) return bad;
    scale.brackets.push_back({*above, *rate});
  }
  if (v.contains("cap")) {
    const auto cap = JsonScaled(v["cap"], 2);
    if (!cap) return bad;
    scale.cap_fen = cap;
  }
  return scale;
}

int64_t BandsFen(const FeeScale& scale, int64_t amount_fen, Calculation& calc) {
  Int128 total = 0;  // in fen × 10^-6: amounts times ppm rates, exact
  for (std::size_t i = 0; i < scale.brackets.size(); ++i) {
    const FeeBracket& b = scale.brackets[i];
    if (amount_fen <= b.above_fen) break;
    const bool last = i + 1 == scale.brackets.size();
    const int64_t top = last ? amount_fen : std::min(amount_fen, scale.brackets[i + 1].above_fen);
    const int64_t part = top - b.above_fen;
    const Int128 fee = static_cast<Int128>(part) * b.rate_ppm;
    total += fee;
    const bool open_ended = last || amount_fen < scale.brackets[i + 1].above_fen;
    const std::string band =
        open_ended ? "超过" + FormatFen(b.above_fen) + "元的部分"
                   : FormatFen(b.above_fen) + "元至" + FormatFen(scale.brackets[i + 1].above_fen) + "元的部分";
    const std::string band_en = open_ended ? "The part above " + FormatFen(b.above_fen) + " yuan"
                                           : "The part from " + FormatFen(b.above_fen) + " to " +
                                                 FormatFen(scale.brackets[i + 1].above_fen) + " yuan";
    const std::string figures = FormatFen(part) + "元 × " + FormatPpmAsPercent(b.rate_ppm) + " = " +
                                FormatFen(DivideRoundHalfUp(fee, 1000000)) + "元";
    calc.AddStep(band + " " + figures, band_en + ": " + FormatFen(part) + " yuan × " + FormatPpmAsPercent(b.rate_ppm) +
                                           " = " + FormatFen(DivideRoundHalfUp(fee, 1000000)) + " yuan");
  }
  return DivideRoundHalfUp(total, 1000000);
}

}  // namespace yaosu::law::internal

#include "core/assist/fee_choices.h"

#include "core/diagnostics/message_catalog.h"
#include "core/law/calculation.h"
#include "core/law/fees.h"

namespace yaosu::assist {

using nlohmann::json;

json FeeChoices(const law::ParameterSet& parameters, law::FeeKind kind, std::optional<int64_t> amount_fen,
                const law::CivilDate& as_of) {
  struct Choice {
    const char* name;
    law::Procedure procedure;
    std::string_view parameter;  // whose description says when the choice applies
  };
  const Choice choices[] = {
      {"ordinary", law::Procedure::kOrdinary, law::FeeParameterId(kind)},
      {"simplified", law::Procedure::kSimplified, "fees/halving_simplified_procedure"},
      {"mediation_or_withdrawal", law::Procedure::kMediationOrWithdrawal, "fees/halving_mediation_withdrawal"},
  };
  json out = {{"amount_fen", amount_fen ? json(*amount_fen) : json()},
              {"as_of", law::ToString(as_of)},
              {"choices", json::array()}};
  for (const Choice& choice : choices) {
    Result<law::Calculation> fee = law::CourtFee(
        parameters, {.kind = kind, .amount_fen = amount_fen, .procedure = choice.procedure, .as_of = as_of});
    if (!fee.ok()) {
      out.erase("choices");
      out["problems"] = ToJsonWithMessages(fee.diagnostics());
      return out;
    }
    const law::Parameter* described = parameters.Find(choice.parameter);
    json when = described ? json{{"zh", described->description_zh}, {"en", described->description_en}} : json();
    out["choices"].push_back({{"procedure", choice.name}, {"when", when}, {"fee", law::ToJsonForPeople(*fee)}});
  }
  return out;
}

}  // namespace yaosu::assist

// Fuzz target: JsonLogic with the rule and the data both fuzzed. The input is
// [rule, data] (anything else is taken as a rule over null data); evaluation
// is bounded by the rule's operation limit, so a loop ends in a RuleError.
#include "core/rules/rule.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::optional<nlohmann::json> input = yaosu::fuzz::ParsedInput(data, size);
  if (!input) return 0;
  const bool pair = input->is_array() && input->size() == 2;
  const nlohmann::json& logic = pair ? (*input)[0] : *input;
  const nlohmann::json& values = pair ? (*input)[1] : nlohmann::json();
  yaosu::Result<yaosu::rules::Rule> rule = yaosu::rules::Rule::Compile(logic);
  if (!rule.ok()) return 0;
  (void)rule->Evaluate(values);  // any value or rule error will do; a crash or a hang will not
  return 0;
}

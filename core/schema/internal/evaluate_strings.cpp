// Evaluator: the string assertions that can do more than pass or fail —
// `pattern` (a search may exhaust its budget) and `format` (a checker may
// downgrade a problem to a warning).
#include "core/schema/internal/evaluator.h"

namespace yaosu::schema::internal {

bool Evaluator::EvaluatePattern(const PatternKeyword& keyword, const nlohmann::json& instance) {
  if (!instance.is_string()) return true;
  switch (keyword.regex.Search(instance.get_ref<const std::string&>())) {
    case regex::MatchStatus::kMatch: return true;
    case regex::MatchStatus::kNoMatch: Emit("schema.pattern", {{"pattern", keyword.regex.pattern()}}); return false;
    case regex::MatchStatus::kBudgetExceeded:
      Emit("schema.pattern_budget", {{"pattern", keyword.regex.pattern()}});
      return false;
    case regex::MatchStatus::kInvalidInput: Emit("schema.invalid_utf8", nlohmann::json::object()); return false;
  }
  return false;
}

bool Evaluator::EvaluateFormat(const FormatKeyword& keyword, const nlohmann::json& instance) {
  if (!instance.is_string()) return true;
  const FormatVerdict verdict = (*keyword.checker)(instance.get_ref<const std::string&>());
  if (verdict.valid) return true;
  nlohmann::json params = verdict.params.is_object() ? verdict.params : nlohmann::json::object();
  params["format"] = keyword.name;
  if (!verdict.reason.empty()) params["reason"] = verdict.reason;
  Emit("schema.format", std::move(params), verdict.severity);
  return verdict.severity != Severity::kError;
}

}  // namespace yaosu::schema::internal

#include "core/cases/incremental_check.h"

#include <optional>
#include <utility>

#include "core/json/pointer.h"
#include "core/law/civil_date.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;

// TopLevelName: the form member a change lies in; nullopt when it is the whole form.
std::optional<std::string> TopLevelName(const std::string& changed) {
  const std::optional<std::vector<std::string>> tokens = ParsePointer(changed);
  if (!tokens || tokens->empty()) return std::nullopt;
  return tokens->front();
}

// LentKeys: while alive, the form object doubles as the expressions' data
// (CaseForm::Validate evaluates a copy): its own members under the reserved
// keys are set aside — `item` and `index` stay visible until an `each` rule
// replaces them, as they do in the copy — and put back afterwards.
class LentKeys {
 public:
  explicit LentKeys(json& form) : form_(form) {
    for (const char* key : kReserved) {
      const auto member = form_.find(key);
      if (member != form_.end())
        saved_.emplace_back(key, std::string(key) == "computed" ? std::move(*member) : *member);
    }
  }
  ~LentKeys() {
    for (const char* key : kReserved) form_.erase(key);
    for (auto& [key, value] : saved_) form_[key] = std::move(value);
  }
  LentKeys(const LentKeys&) = delete;
  LentKeys& operator=(const LentKeys&) = delete;

 private:
  static constexpr const char* kReserved[] = {"computed", "item", "index"};
  json& form_;
  std::vector<std::pair<std::string, json>> saved_;
};

}  // namespace

FormResult IncrementalCheck::Recheck(json& instance, const std::string& changed) {
  FormResult result;
  schema::ValidationResult checked = CheckSchema(instance, changed);
  const bool schema_valid = checked.valid;
  result.diagnostics = std::move(checked.diagnostics);
  result.branches = BranchesOf(checked.branches);
  // Rules read an object; a form that is not one has nothing for them to check.
  if (!instance.is_object()) {
    expressions_checked_ = false;
  } else if (form_->dependencies().incremental) {
    LentKeys lent(instance);
    CheckExpressions(instance, instance, changed, schema_valid, result);
  } else {
    json data = instance;  // an expression points into a reserved key: keep data and form apart
    expressions_checked_ = false;
    CheckExpressions(data, instance, "", schema_valid, result);
  }
  result.valid = !HasErrors(result.diagnostics);
  return result;
}

schema::ValidationResult IncrementalCheck::CheckSchema(const json& instance, const std::string& changed) {
  const schema::ValidateOptions options{.record_branches = true};
  const schema::SplitSchema* split = form_->split_schema();
  if (split == nullptr) return form_->compiled_schema().Validate(instance, options);
  const std::vector<std::string>& names = split->properties();
  // The resident-ID format judges birth dates against today in China: on a new day every property is checked again.
  const law::CivilDate today = law::ChinaToday();
  const bool same_day = today == schema_checked_on_;
  schema_checked_on_ = today;
  const std::optional<std::string> member = schema_checked_ && same_day ? TopLevelName(changed) : std::nullopt;
  properties_.resize(names.size());
  for (std::size_t n = 0; n < names.size(); ++n) {
    if (member && *member != names[n]) continue;  // only the changed property is checked again
    const auto value = instance.is_object() ? instance.find(names[n]) : instance.end();
    properties_[n] = value != instance.end() ? split->CheckProperty(n, *value, options) : schema::ValidationResult{};
  }
  root_ = split->CheckRoot(instance, options);
  schema_checked_ = true;

  // In the order Validate reports them: root keywords before `properties`, each property, the rest.
  schema::ValidationResult checked;
  const Diagnostics& root = root_.result.diagnostics;
  checked.diagnostics.assign(root.begin(), root.begin() + static_cast<std::ptrdiff_t>(root_.split));
  checked.valid = root_.result.valid;
  checked.branches = root_.result.branches;
  for (const schema::ValidationResult& property : properties_) {
    checked.diagnostics.insert(checked.diagnostics.end(), property.diagnostics.begin(), property.diagnostics.end());
    checked.branches.insert(checked.branches.end(), property.branches.begin(), property.branches.end());
    checked.valid = checked.valid && property.valid;
  }
  checked.diagnostics.insert(checked.diagnostics.end(), root.begin() + static_cast<std::ptrdiff_t>(root_.split),
                             root.end());
  // Validate stops at the diagnostics limit and says so; at that size check the whole form as it does.
  if (checked.diagnostics.size() >= options.max_diagnostics)
    return form_->compiled_schema().Validate(instance, options);
  return checked;
}

void IncrementalCheck::CheckExpressions(json& data, const json& instance, const std::string& changed, bool schema_valid,
                                        FormResult& result) {
  const FormDependencies& dependencies = form_->dependencies();
  const bool everything = !expressions_checked_ || changed.empty();
  std::vector<bool> stale_values(dependencies.computed.size()), stale_rules(dependencies.rules.size());
  for (std::size_t n = 0; n < stale_values.size(); ++n) {
    stale_values[n] = everything || dependencies.computed[n].Touches(changed);
  }
  for (std::size_t n = 0; n < stale_rules.size(); ++n)
    stale_rules[n] = everything || dependencies.rules[n].Touches(changed);
  result.computed = form_->computed().Update(data, instance, schema_valid, stale_values, values_, result.diagnostics);
  form_->rules().Update(data, instance, schema_valid, stale_rules, rules_, result.diagnostics, result.states);
  expressions_checked_ = true;
}

}  // namespace yaosu::cases

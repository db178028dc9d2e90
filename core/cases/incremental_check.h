// File: IncrementalCheck — CaseForm::Validate for a form that changes one
// element at a time. It keeps what the last check gave for each top-level
// property of the schema, each computed value and each rule, and after a
// change re-checks only the parts that depend on the changed element (the
// schema property it lies in, the root's own keywords, the values and rules
// whose dependencies lie on its path; form_dependencies.h). The result is
// always the one Validate gives — form_session_test.cpp compares them after
// every change of every example.
//
//   IncrementalCheck check(form);
//   FormResult first = check.Recheck(instance, "");                // everything
//   instance["facts"]["amount"]["actual"] = 1000;
//   FormResult next = check.Recheck(instance, "/facts/amount/actual");
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/cases/case_form.h"
#include "core/law/civil_date.h"

namespace yaosu::cases {

class IncrementalCheck {
 public:
  explicit IncrementalCheck(const CaseForm& form) : form_(&form) {}

  // Recheck: the result for `instance`, which differs from the instance of the
  // last call only at or under `changed` (a JSON Pointer; "" for anywhere).
  // The rules read `instance` in place, with the reserved keys (computed,
  // item, index) lent in for the call; it comes back as it was given.
  FormResult Recheck(nlohmann::json& instance, const std::string& changed);

 private:
  // CheckSchema: the schema's verdict, diagnostics and branches for `instance`.
  schema::ValidationResult CheckSchema(const nlohmann::json& instance, const std::string& changed);
  void CheckExpressions(nlohmann::json& data, const nlohmann::json& instance, const std::string& changed,
                        bool schema_valid, FormResult& result);

  const CaseForm* form_;
  // The pieces of the last check (the schema's when it splits by property).
  schema::RootCheck root_;
  std::vector<schema::ValidationResult> properties_;
  std::vector<ComputedValues::ValueOutput> values_;
  std::vector<FormRules::RuleOutput> rules_;
  bool schema_checked_ = false;       // root_ and properties_ hold a check
  law::CivilDate schema_checked_on_;  // the day they were checked (formats judge dates against today)
  bool expressions_checked_ = false;  // values_ and rules_ hold a check
};

}  // namespace yaosu::cases

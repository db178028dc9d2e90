// File: CaseForm — one case type and form (民间借贷 起诉状, …) compiled once
// from its folder: the data schema, element rows, rules and computed values.
// Validate() then checks a filled form against all of it; a CaseForm is
// immutable and may be shared between threads.
//
//   const CaseForm* form = library.Find("private-lending", "complaint");
//   FormResult result = form->Validate(instance);
//   std::cout << result.ToJson(form->messages()).dump();
#pragma once

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/cases/computed_values.h"
#include "core/cases/form_dependencies.h"
#include "core/cases/form_result.h"
#include "core/cases/form_rules.h"
#include "core/diagnostics/message_catalog.h"
#include "core/schema/schema.h"
#include "core/schema/split_schema.h"

namespace yaosu::cases {

// FormFiles: the parsed files of one form folder (`folder` relative to schemas/).
struct FormFiles {
  std::string folder;  // "cases/private-lending/complaint"
  nlohmann::json manifest;
  nlohmann::json schema;
  nlohmann::json elements;
  RuleFile rules;
  std::vector<RuleFile> included_rules;
  RuleFile computed;
  nlohmann::json document;  // document.json with the shared items merged in (null when the form has none)
  // Composed forms (format 2) only: the schema as text in the order its author
  // wrote it (a parsed json sorts keys), and the words of every field and choice.
  std::string schema_text;
  nlohmann::json words;
};

// FormKey: the names a form goes by, as its case.json gives them — what a
// library finds it by, and what a result or filing names.
struct FormKey {
  std::string case_type;  // "private-lending"
  std::string form;       // "complaint" | "answer"
  std::string id;         // "private_lending.complaint"
  std::string version;    // "2025.1"

  static FormKey Of(const nlohmann::json& manifest);
  // ToJson: {"id", "case_type", "form", "version"}.
  nlohmann::json ToJson() const;
};

// SummaryOf: what a list of forms shows of one — {"id", "case_type", "form",
// "version"}, title, template, number of rows, `answers` for an answer, and
// cause, area and keywords where the case type has them — read from its files
// alone, so a list needs no form compiled.
nlohmann::json SummaryOf(const FormFiles& files);

class CaseForm {
 public:
  // Compile: the form from its files (kept by the form, not copied); `registry`
  // holds the shared pieces its schema refers to. Diagnostics carry params.file
  // for the file at fault.
  static Result<CaseForm> Compile(std::shared_ptr<const FormFiles> files, const schema::SchemaRegistry& registry,
                                  const rules::OperatorRegistry& operators);

  FormResult Validate(const nlohmann::json& instance) const;

  // Identity: {"id", "case_type", "form", "version"} — what a result or filing names.
  nlohmann::json Identity() const { return key_.ToJson(); }
  // Summary: SummaryOf(files()).
  nlohmann::json Summary() const { return SummaryOf(*files_); }

  const std::string& case_type() const { return key_.case_type; }
  const std::string& form() const { return key_.form; }
  const std::string& id() const { return key_.id; }
  const std::string& version() const { return key_.version; }
  const nlohmann::json& manifest() const { return files_->manifest; }
  const nlohmann::json& elements() const { return files_->elements; }
  // schema: the form's data schema as written (schema.json), e.g. to lay out a form page.
  const nlohmann::json& schema() const { return files_->schema; }
  // files: what the form was compiled from — for a composed form, every file
  // written out (how `yaosu cases --expand` publishes a version).
  const FormFiles& files() const { return *files_; }
  // schema_text: the data schema as text, keys in the order written; empty for
  // a published form, whose schema.json source is that text.
  const std::string& schema_text() const { return files_->schema_text; }
  // words: {"fields", "values"} — the words of every field and choice of a
  // composed form (lookup in schemas/cases/README.md); null for a published one.
  const nlohmann::json& words() const { return files_->words; }
  // document: how the form is printed (document.json, shared items merged); null when it has none.
  const nlohmann::json& document() const { return files_->document; }
  const ComputedValues& computed() const { return *computed_; }
  // What a FormSession needs to re-check only what a change affects: the
  // compiled schema, its split by top-level property (null when it does not
  // split), the rules, and what each rule and computed value depends on.
  const schema::CompiledSchema& compiled_schema() const { return *schema_; }
  const schema::SplitSchema* split_schema() const { return split_schema_.get(); }
  const FormRules& rules() const { return *rules_; }
  const FormDependencies& dependencies() const { return *dependencies_; }
  // messages: the built-in catalog plus this form's rule messages.
  const MessageCatalog& messages() const { return *messages_; }

 private:
  CaseForm() = default;

  FormKey key_;
  std::shared_ptr<const FormFiles> files_;
  std::shared_ptr<const schema::CompiledSchema> schema_;
  std::shared_ptr<const schema::SplitSchema> split_schema_;
  std::shared_ptr<const FormDependencies> dependencies_;
  std::shared_ptr<const FormRules> rules_;
  std::shared_ptr<const ComputedValues> computed_;
  std::shared_ptr<const MessageCatalog> messages_;
};

}  // namespace yaosu::cases

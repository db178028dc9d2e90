#include "core/cases/case_form.h"

#include <optional>
#include <utility>

#include "core/law/identifiers/chinese_formats.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;

Diagnostics InFile(Diagnostics problems, const std::string& file) {
  for (Diagnostic& problem : problems) problem.params["file"] = file;
  return problems;
}

}  // namespace

Result<CaseForm> CaseForm::Compile(std::shared_ptr<const FormFiles> shared_files,
                                   const schema::SchemaRegistry& registry, const rules::OperatorRegistry& operators) {
  const FormFiles& files = *shared_files;
  schema::CompileOptions options;
  options.format_assertion = true;
  law::RegisterChineseFormats(options.formats);
  Result<schema::CompiledSchema> schema = schema::CompiledSchema::Compile(files.schema, registry, options);
  if (!schema.ok()) return InFile(schema.diagnostics(), files.folder + "/schema.json");

  std::vector<RuleFile> rule_files = files.included_rules;
  rule_files.push_back(files.rules);
  Result<FormRules> rules = FormRules::Compile(rule_files, operators);
  if (!rules.ok()) return rules.diagnostics();
  Result<ComputedValues> computed = ComputedValues::Compile(files.computed, operators);
  if (!computed.ok()) return computed.diagnostics();

  auto messages = std::make_shared<MessageCatalog>(MessageCatalog::Builtin());
  if (Diagnostics problems = messages->Add(rules->Messages()); !problems.empty()) {
    return InFile(std::move(problems), files.rules.path);
  }

  CaseForm form;
  form.key_ = FormKey::Of(files.manifest);
  form.files_ = std::move(shared_files);
  form.schema_ = std::make_shared<const schema::CompiledSchema>(std::move(*schema));
  form.rules_ = std::make_shared<const FormRules>(std::move(*rules));
  form.computed_ = std::make_shared<const ComputedValues>(std::move(*computed));
  form.messages_ = std::move(messages);
  if (std::optional<schema::SplitSchema> split = schema::SplitSchema::Of(*form.schema_)) {
    form.split_schema_ = std::make_shared<const schema::SplitSchema>(std::move(*split));
  }
  form.dependencies_ = std::make_shared<const FormDependencies>(FormDependencies::Of(*form.computed_, *form.rules_));
  return form;
}

FormResult CaseForm::Validate(const json& instance) const {
  FormResult result;
  schema::ValidationResult checked = schema_->Validate(instance);
  result.diagnostics = std::move(checked.diagnostics);
  // Rules read an object; a form that is not one has nothing for them to check.
  if (instance.is_object()) {
    json data = instance;
    result.computed = computed_->Evaluate(data, instance, checked.valid, result.diagnostics);
    rules_->Evaluate(data, instance, checked.valid, result.diagnostics, result.states);
  }
  result.valid = !HasErrors(result.diagnostics);
  return result;
}

FormKey FormKey::Of(const json& manifest) {
  return FormKey{.case_type = manifest.value("case_type", ""),
                 .form = manifest.value("form", ""),
                 .id = manifest.value("id", ""),
                 .version = manifest.value("version", "")};
}

json FormKey::ToJson() const { return {{"id", id}, {"case_type", case_type}, {"form", form}, {"version", version}}; }

json SummaryOf(const FormFiles& files) {
  const json& manifest = files.manifest;
  std::size_t rows = 0;
  for (const json& section : files.elements.value("sections", json::array()))
    rows += section.value("rows", json::array()).size();
  json summary = FormKey::Of(manifest).ToJson();
  summary["title"] = manifest.value("title", json::object());
  summary["template"] = manifest.value("template", json::object());
  summary["rows"] = rows;
  if (manifest.contains("answers")) summary["answers"] = manifest["answers"];
  // What a start page lists and searches by (composed case types).
  for (const char* key : {"cause", "area", "keywords"}) {
    if (manifest.contains(key)) summary[key] = manifest[key];
  }
  return summary;
}

}  // namespace yaosu::cases

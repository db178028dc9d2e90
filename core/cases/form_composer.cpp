#include "core/cases/form_composer.h"

#include <algorithm>
#include <utility>

#include "core/cases/shared_pieces.h"
#include "core/json/pointer.h"

namespace yaosu::cases {
namespace {

using ordered_json = nlohmann::ordered_json;

constexpr const char* kSchemaDialect = "https://json-schema.org/draft/2020-12/schema";

// FormWords: the document's own name, as the template prints it.
ordered_json FormWords(const std::string& form) {
  if (form == "answer") return {{"zh", "民事答辩状"}, {"en", "Civil answer"}};
  return {{"zh", "民事起诉状"}, {"en", "Civil complaint"}};
}

std::string Zh(const ordered_json& text) { return text.is_object() ? text.value("zh", "") : ""; }
std::string En(const ordered_json& text) { return text.is_object() ? text.value("en", Zh(text)) : ""; }

ordered_json Manifest(const FormIdentity& identity) {
  const ordered_json& source = identity.manifest;
  const ordered_json cause = source.value("cause", ordered_json::object());
  const ordered_json words = FormWords(identity.form);
  const ordered_json form_template = source.value("template", ordered_json::object());
  const ordered_json for_form = form_template.value(identity.form, ordered_json::object());
  ordered_json manifest = {
      {"id", ComposedFormId(identity.case_type, identity.form)},
      {"case_type", identity.case_type},
      {"form", identity.form},
      {"version", identity.version},
      {"title", {{"zh", Zh(words) + "（" + Zh(cause) + "）"}, {"en", En(words) + " (" + En(cause) + ")"}}},
      {"template", {{"batch", form_template.value("batch", "")}, {"source", form_template.value("source", "")}}},
      {"schema", "schema.json"},
      {"elements", "elements.json"},
      {"rules", "rules.json"},
      {"computed", "computed.json"},
      {"document", "document.json"},
      {"words", "words.json"},
  };
  if (for_form.contains("notes")) manifest["template"]["notes"] = for_form["notes"];
  if (for_form.contains("confidence")) manifest["template"]["confidence"] = for_form["confidence"];
  for (const char* key : {"cause", "area", "keywords", "fee", "fee_amount"}) {
    if (source.contains(key)) manifest[key] = source[key];
  }
  if (identity.form == "answer") manifest["answers"] = ComposedFormId(identity.case_type, "complaint");
  return manifest;
}

// WithTitleFirst: a row's data schema with its label as the title, first, as
// an author would write it (a title never carries the row's number).
ordered_json WithTitleFirst(const ordered_json& data, const std::string& title) {
  if (!data.is_object() || data.contains("title")) return data;
  ordered_json out = {{"title", title}};
  for (const auto& [key, value] : data.items()) out[key] = value;
  return out;
}

void AppendUnique(ordered_json& list, const std::string& value) {
  for (const ordered_json& item : list) {
    if (item == value) return;
  }
  list.push_back(value);
}

}  // namespace

std::string ComposedFormId(const std::string& case_type, const std::string& form) { return case_type + "." + form; }

FormComposer::FormComposer(FormIdentity identity, const ordered_json& base_words) : identity_(std::move(identity)) {
  const ordered_json cause = identity_.manifest.value("cause", ordered_json::object());
  schema_ = {{"$schema", kSchemaDialect},
             {"$id", "https://yaosu.cn/schemas/cases/" + identity_.case_type + "/" + identity_.form + "/" +
                         identity_.version + "/schema.json"},
             {"title", Zh(FormWords(identity_.form)) + "（" + Zh(cause) + "）"},
             {"type", "object"},
             {"required", ordered_json::array()},
             {"properties", ordered_json::object()},
             {"additionalProperties", false}};
  elements_ = {{"sections", ordered_json::array()}};
  document_ = {{"title", {{"zh", Zh(FormWords(identity_.form))}}},
               {"subtitle", {{"zh", "（" + Zh(cause) + "）"}}},
               {"rows", ordered_json::object()}};
  words_ = {{"fields", ordered_json::object()}, {"values", ordered_json::object()}};
  AddGenericWords(base_words);
}

// AddGenericWords: words by property name or value ("name", "male"), as a
// shared piece's file carries them; the first to name a key keeps it.
void FormComposer::AddGenericWords(const ordered_json& words) {
  for (const char* kind : {"fields", "values"}) {
    const ordered_json table = words.value(kind, ordered_json::object());
    for (const auto& [key, text] : table.items()) {
      if (!words_[kind].contains(key)) words_[kind][key] = text;
    }
  }
}

void FormComposer::Problem(const std::string& code, nlohmann::json params) {
  params["file"] = identity_.source;
  problems_.push_back(Diagnostic{.code = code, .params = std::move(params)});
}

void FormComposer::AddSection(const ordered_json& section) {
  const std::string id = section.value("id", "");
  const std::string key = section.value("key", id);
  ordered_json element_section = {{"id", id}, {"label", section.value("label", ordered_json::object())}};
  if (section.contains("subtitle")) element_section["guidance"] = section["subtitle"];
  if (section.contains("skipped")) element_section["skipped"] = section["skipped"];
  element_section["rows"] = ordered_json::array();
  elements_["sections"].push_back(std::move(element_section));
  if (!key.empty() && !schema_["properties"].contains(key)) {
    schema_["properties"][key] = {{"title", Zh(section.value("label", ordered_json::object()))},
                                  {"type", "object"},
                                  {"required", ordered_json::array()},
                                  {"properties", ordered_json::object()},
                                  {"additionalProperties", false}};
  }
  if (!key.empty() && section.value("required", false)) AppendUnique(schema_["required"], key);
  AddGenericWords(section.value("shared_words", ordered_json::object()));
  IncludeRules(section);
  int number = 0;
  const bool numbered = section.value("numbered", true);
  for (const ordered_json& row : section.value("rows", ordered_json::array())) {
    const bool counts = numbered && row.value("numbered", true);
    AddRow(section, row, counts ? ++number : 0);
  }
}

void FormComposer::AddRow(const ordered_json& section, const ordered_json& row, int number) {
  const std::string section_id = section.value("id", "");
  const std::string section_key = section.value("key", section_id);
  const std::string row_id = row.value("id", "");
  const std::string id = section.value("prefix", true) ? section_id + "." + row_id : row_id;
  const std::string key = row.value("key", row_id);
  const std::string pointer = section_key.empty()
                                  ? "/" + EscapePointerToken(key)
                                  : "/" + EscapePointerToken(section_key) + "/" + EscapePointerToken(key);
  if (!row_ids_.insert(id).second) Problem("case.row_duplicate", {{"row", id}});
  for (const char* needed : {"label", "data", "print"}) {
    if (!row.contains(needed)) Problem("case.row_incomplete", {{"row", id}, {"missing", needed}});
  }
  const ordered_json label = row.value("label", ordered_json::object());

  ordered_json element = {{"id", id}};
  if (number > 0) element["number"] = number;
  element["pointer"] = pointer;
  element["label"] = label;
  if (row.contains("cell")) element["guidance"] = row["cell"];
  if (row.contains("help")) element["help"] = row["help"];
  if (row.contains("basis")) element["legal_basis"] = row["basis"];
  for (const char* copied : {"widget", "confidence", "answers_row", "role"}) {
    if (row.contains(copied)) element[copied] = row[copied];
  }
  if (row.value("answer", ordered_json::object()) == false) element["answered"] = false;
  elements_["sections"].back()["rows"].push_back(std::move(element));

  ordered_json& parent = section_key.empty() ? schema_ : schema_["properties"][section_key];
  parent["properties"][key] = WithTitleFirst(row.value("data", ordered_json::object()), Zh(label));
  if (row.value("required", false)) AppendUnique(parent["required"], key);

  if (row.contains("print")) {
    document_["rows"][id] = row["print"];
    if (section_id == "signature") document_["signature"] = row["print"];
  }
  const ordered_json items = row.value("items", ordered_json::object());
  for (const auto& [name, item] : items.items()) document_["items"][name] = item;

  AddGenericWords(row.value("shared_words", ordered_json::object()));
  const std::string path_prefix = id;
  const ordered_json row_words = row.value("words", ordered_json::object());
  for (const auto& [path, words] : row_words.items()) {
    words_["fields"][path.empty() ? path_prefix : path_prefix + "/" + path] = words;
  }
  const ordered_json row_choices = row.value("choices", ordered_json::object());
  for (const auto& [path, choices] : row_choices.items()) {
    for (const auto& [value, words] : choices.items()) {
      words_["values"][(path.empty() ? path_prefix : path_prefix + "/" + path) + "=" + value] = words;
    }
  }

  std::string dotted = pointer.substr(1);
  std::replace(dotted.begin(), dotted.end(), '/', '.');
  // ${fee}: the court-fee kind of the case type (case.json "fee", 诉讼费用交纳办法 第13条).
  const std::map<std::string, std::string> where = {{"row", dotted},
                                                    {"pointer", pointer},
                                                    {"case", identity_.case_type},
                                                    {"fee", identity_.manifest.value("fee", "property")}};
  for (const ordered_json& rule : row.value("rules", ordered_json::array()))
    rules_.push_back(SubstituteText(rule, where));
  for (const ordered_json& value : row.value("computed", ordered_json::array()))
    computed_.push_back(SubstituteText(value, where));
  IncludeRules(row);
}

// IncludeRules: the shared rule files a section or row names, each included once.
void FormComposer::IncludeRules(const ordered_json& section_or_row) {
  for (const std::string& name : section_or_row.value("include_rules", std::vector<std::string>{})) {
    if (std::find(include_rules_.begin(), include_rules_.end(), name) == include_rules_.end())
      include_rules_.push_back(name);
  }
}

void FormComposer::AddLogic(const ordered_json& logic) {
  for (const ordered_json& rule : logic.value("rules", ordered_json::array())) rules_.push_back(rule);
  for (const ordered_json& value : logic.value("computed", ordered_json::array())) computed_.push_back(value);
}

Result<FormFiles> FormComposer::Finish() && {
  if (!problems_.empty()) return std::move(problems_);
  auto drop_empty_required = [](ordered_json& object) {
    if (object.contains("required") && object["required"].empty()) object.erase("required");
  };
  drop_empty_required(schema_);
  for (auto& [key, property] : schema_["properties"].items()) {
    if (property.is_object() && property.contains("additionalProperties")) drop_empty_required(property);
  }
  const std::string folder = "cases/" + identity_.case_type + "/" + identity_.form;
  ordered_json rules = ordered_json::object();
  if (!include_rules_.empty()) rules["include"] = include_rules_;
  rules["rules"] = rules_;
  FormFiles files;
  files.folder = folder;
  files.manifest = nlohmann::json(Manifest(identity_));
  files.schema = nlohmann::json(schema_);
  files.schema_text = schema_.dump();
  files.elements = nlohmann::json(elements_);
  files.rules = {identity_.source, nlohmann::json(rules)};
  files.computed = {identity_.source, nlohmann::json(ordered_json{{"computed", computed_}})};
  files.document = nlohmann::json(document_);
  files.words = nlohmann::json(words_);
  return files;
}

}  // namespace yaosu::cases

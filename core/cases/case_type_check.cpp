#include "core/cases/case_type_check.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/cases/case_library.h"
#include "core/cases/form_operators.h"
#include "core/cases/rule_dependencies.h"
#include "core/cases/schema_walker.h"
#include "core/json/parse.h"
#include "core/json/pointer.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;

std::vector<std::string> PointerTokens(const std::string& pointer) {
  std::optional<std::vector<std::string>> tokens = ParsePointer(pointer);
  return tokens ? *tokens : std::vector<std::string>{};
}

class FormChecker {
 public:
  FormChecker(const CaseForm& form, const std::map<std::string, json>& shared, Diagnostics& problems)
      : form_(form),
        walker_(form.schema(), shared),
        problems_(problems),
        file_("cases/" + form.case_type() + "/" + form.form() + ".json") {}

  void CheckReads() {
    std::set<std::string> computed_ids;
    for (const json& value : form_.files().computed.document.value("computed", json::array())) {
      computed_ids.insert(value.value("id", ""));
    }
    std::set<std::pair<std::string, std::string>> reported;
    auto unknown = [&](const std::string& where, const std::string& pointer) {
      if (reported.emplace(where, pointer).second)
        Problem("case.check.var_unknown", {{"where", where}, {"pointer", pointer}});
    };
    auto check = [&](const json& logic, bool iterates, const std::string& where) {
      const DataReads reads = ExpressionReads(logic, iterates, FormOperators());
      for (const std::string& pointer : reads.pointers) {
        if (!walker_.Declares(PointerTokens(pointer))) unknown(where, pointer);
      }
      for (const std::string& id : reads.computed) {
        if (!computed_ids.contains(id)) unknown(where, "computed." + id);
      }
    };
    for (const json& rule : form_.files().rules.document.value("rules", json::array())) {
      const std::string where = "rule " + rule.value("id", "");
      check(rule.value("when", json()), rule.contains("each"), where);
      const json params = rule.value("params", json::object());
      for (const auto& [name, param] : params.items()) check(param, rule.contains("each"), where);
    }
    for (const json& value : form_.files().computed.document.value("computed", json::array())) {
      check(value.value("expression", json()), false, "computed " + value.value("id", ""));
    }
  }

  void CheckRowsAndWords() {
    const json& words = form_.words();
    for (const json& section : form_.elements().value("sections", json::array())) {
      for (const json& row : section.value("rows", json::array())) {
        const std::string id = row.value("id", "");
        if (!row["label"].contains("en")) Problem("case.check.words_missing", {{"row", id}, {"field", "(label)"}});
        const std::optional<std::pair<const json*, const json*>> data =
            walker_.At(PointerTokens(row.value("pointer", "")));
        if (data && words.is_object()) CheckWords(id, *data->first, *data->second, "", 0);
      }
    }
    CheckTitles(form_.schema(), "");
  }

  void CheckMirror(const CaseForm& complaint) {
    std::map<std::string, std::string> complaint_rows;  // id → section
    for (const json& section : complaint.elements().value("sections", json::array())) {
      for (const json& row : section.value("rows", json::array()))
        complaint_rows[row.value("id", "")] = section.value("id", "");
    }
    std::set<std::string> answered, mirrored_sections, skipped;
    for (const json& section : form_.elements().value("sections", json::array())) {
      for (const json& name : section.value("skipped", json::array())) skipped.insert(name.get<std::string>());
      for (const json& row : section.value("rows", json::array())) {
        if (!row.contains("answers_row")) continue;
        const std::string target = row["answers_row"].get<std::string>();
        const auto found = complaint_rows.find(target);
        if (found == complaint_rows.end()) {
          Problem("case.check.mirror_stray", {{"row", row.value("id", "")}, {"answers", target}});
          continue;
        }
        answered.insert(target);
        // A mirror answers a row with a row of the same id; an own row may answer one row of another section
        // (劳动争议: 对劳动仲裁相关情况 answers a fact row) without that section having to be answered whole.
        if (row.value("id", "") == target) mirrored_sections.insert(found->second);
      }
    }
    for (const json& section : complaint.elements().value("sections", json::array())) {
      if (!mirrored_sections.contains(section.value("id", ""))) continue;
      for (const json& row : section.value("rows", json::array())) {
        const std::string id = row.value("id", "");
        if (answered.contains(id) || row.value("answered", true) == false || skipped.contains(id)) continue;
        Problem("case.check.mirror_unanswered", {{"row", id}});
      }
    }
  }

 private:
  // CheckWords: every field below a row and every choice has words (a
  // shared piece reached by $ref to another document brings its own).
  void CheckWords(const std::string& row, const json& node, const json& document, const std::string& path, int depth) {
    if (depth > 16 || !node.is_object()) return;
    const json& fields = form_.words()["fields"];
    const json& values = form_.words()["values"];
    const std::string name = path.substr(path.rfind('/') + 1);
    if (node.contains("enum") && node["enum"].is_array()) {
      for (const json& option : node["enum"]) {
        const std::string value = option.is_string() ? option.get<std::string>() : option.dump();
        const std::string own = (path.empty() ? row : row + "/" + path) + "=" + value;
        if (!values.contains(own) && !values.contains(name + "=" + value) && !values.contains(value)) {
          Problem("case.check.choice_words_missing", {{"row", row}, {"field", path}, {"value", value}});
        }
      }
    }
    if (node.contains("properties") && node["properties"].is_object()) {
      for (const auto& [key, child] : node["properties"].items()) {
        const std::string child_path = path.empty() ? key : path + "/" + key;
        if (!fields.contains(row + "/" + child_path) && !fields.contains(key)) {
          Problem("case.check.words_missing", {{"row", row}, {"field", child_path}});
        }
        Descend(row, child, document, child_path, depth);
      }
    }
    if (node.contains("items") && node["items"].is_object()) Descend(row, node["items"], document, path, depth);
    for (const char* key : {"allOf", "anyOf", "oneOf"}) {
      if (!node.contains(key) || !node[key].is_array()) continue;
      for (const json& branch : node[key]) Descend(row, branch, document, path, depth);
    }
  }

  void Descend(const std::string& row, const json& child, const json& document, const std::string& path, int depth) {
    if (child.is_object() && child.contains("$ref") && child["$ref"].is_string() &&
        child["$ref"].get<std::string>()[0] != '#') {
      return;  // a shared schema: its fields' words come with the piece that uses it
    }
    const json* in = &document;
    const json* target = walker_.Deref(child, document, &in);
    if (target != nullptr) CheckWords(row, *target, *in, path, depth + 1);
  }

  void CheckTitles(const json& node, const std::string& pointer) {
    if (node.is_object()) {
      if (node.contains("title") && node["title"].is_string()) {
        const std::string title = node["title"].get<std::string>();
        std::size_t digits = 0;
        while (digits < title.size() && title[digits] >= '0' && title[digits] <= '9') ++digits;
        if (digits > 0 && digits < title.size() &&
            (title[digits] == '.' || title.compare(digits, 3, "．") == 0 || title.compare(digits, 3, "、") == 0)) {
          Problem("case.check.title_numbered", {{"pointer", pointer + "/title"}, {"title", title}});
        }
      }
      for (const auto& [key, child] : node.items()) CheckTitles(child, pointer + "/" + EscapePointerToken(key));
    } else if (node.is_array()) {
      for (std::size_t i = 0; i < node.size(); ++i) CheckTitles(node[i], pointer + "/" + std::to_string(i));
    }
  }

  void Problem(const std::string& code, json params) {
    params["file"] = file_;
    params["form"] = form_.id() + " " + form_.version();
    problems_.push_back(Diagnostic{.code = code, .params = std::move(params)});
  }

  const CaseForm& form_;
  SchemaWalker<json> walker_;
  Diagnostics& problems_;
  std::string file_;
};

}  // namespace

Diagnostics CheckCaseTypes(const SourceFiles& files) {
  Result<CaseLibrary> library = CaseLibrary::Load(files);
  Diagnostics problems = library.diagnostics();
  if (!library.ok()) return problems;
  std::map<std::string, json> shared;  // schemas/common/*.json by $id, as the library found them
  for (const auto& [id, text] : library->shared_schemas()) {
    if (Result<json> parsed = ParseJson(text); parsed.ok()) shared.emplace(id, std::move(*parsed));
  }
  for (const CaseForm* form : library->CurrentForms()) {
    if (form->files().schema_text.empty()) continue;  // published: checked when it was current
    FormChecker checker(*form, shared, problems);
    checker.CheckReads();
    checker.CheckRowsAndWords();
    if (form->form() == "answer") {
      const CaseForm* complaint = library->FindById(form->manifest().value("answers", ""), form->version());
      if (complaint != nullptr) checker.CheckMirror(*complaint);
    }
  }
  return problems;
}

}  // namespace yaosu::cases

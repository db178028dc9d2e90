#include "core/cases/form_rules.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "core/json/pointer.h"
#include "core/rules/coercion.h"

namespace yaosu::cases {
namespace {

using nlohmann::json;

constexpr const char* kSchemasBase = "https://yaosu.cn/schemas/";

std::optional<Severity> ParseSeverity(const json& value) {
  if (value == "error") return Severity::kError;
  if (value == "warning") return Severity::kWarning;
  if (value == "info") return Severity::kInfo;
  return std::nullopt;
}

std::vector<std::string> Strings(const json& value) {
  std::vector<std::string> strings;
  if (value.is_string()) strings.push_back(value.get<std::string>());
  if (value.is_array()) {
    for (const json& item : value) {
      if (item.is_string()) strings.push_back(item.get<std::string>());
    }
  }
  return strings;
}

// Filled: whether an element holds an answer (absent, null and "" do not).
bool Filled(const json* element) { return element != nullptr && !element->is_null() && *element != ""; }

// ReportedBySchema: whether the schema already said `pointer` is missing
// (schema.required at its parent naming it), so a state rule need not repeat it.
bool ReportedBySchema(const Diagnostics& diagnostics, const std::string& pointer) {
  const std::size_t slash = pointer.rfind('/');
  if (slash == std::string::npos) return false;
  const std::string parent = pointer.substr(0, slash);
  const std::optional<std::vector<std::string>> tokens = ParsePointer(pointer);
  if (!tokens || tokens->empty()) return false;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.code != "schema.required" || diagnostic.instance_location != parent) continue;
    // The engine names one missing property per diagnostic; a list is accepted too.
    const json& missing = diagnostic.params.contains("missing") ? diagnostic.params["missing"] : json();
    if (missing == tokens->back()) return true;
    if (missing.is_array() && std::find(missing.begin(), missing.end(), tokens->back()) != missing.end()) return true;
  }
  return false;
}

Diagnostic CompileProblem(const Diagnostic& cause, const std::string& file, const std::string& where) {
  Diagnostic problem = cause;
  problem.keyword_location = where + cause.keyword_location;
  problem.absolute_keyword_location = kSchemasBase + file + "#" + where;
  problem.params["file"] = file;
  return problem;
}

// RuleReads: what a rule reads — its condition, its params, and the arrays it iterates.
DataReads RuleReads(const json& rule, const std::vector<std::string>& each, const rules::OperatorRegistry& operators) {
  const bool iterates = !each.empty();
  DataReads reads = ExpressionReads(rule.value("when", json()), iterates, operators);
  if (rule.contains("params") && rule["params"].is_object()) {
    for (const auto& [name, expression] : rule["params"].items()) {
      reads.Add(ExpressionReads(expression, iterates, operators));
    }
  }
  for (const std::string& array : each) reads.pointers.push_back(array);
  return reads;
}

// InReservedKey: whether `pointer` names an element under a key the data reserves.
bool InReservedKey(const std::string& pointer) {
  for (const std::string_view key : {"/computed", "/item", "/index"}) {
    if (pointer.compare(0, key.size(), key) == 0 && (pointer.size() == key.size() || pointer[key.size()] == '/')) {
      return true;
    }
  }
  return false;
}

}  // namespace

Result<FormRules> FormRules::Compile(const std::vector<RuleFile>& files, const rules::OperatorRegistry& operators) {
  FormRules compiled;
  Diagnostics problems;
  for (const RuleFile& file : files) {
    if (!file.document.contains("rules") || !file.document["rules"].is_array()) continue;
    const json& list = file.document["rules"];
    for (std::size_t n = 0; n < list.size(); ++n) {
      const json& rule = list[n];
      const std::string where = "/rules/" + std::to_string(n);
      Result<rules::Rule> when = rules::Rule::Compile(rule.value("when", json()), operators);
      if (!when.ok()) {
        for (const Diagnostic& cause : when.diagnostics())
          problems.push_back(CompileProblem(cause, file.path, where + "/when"));
        continue;
      }
      CompiledRule entry{.id = rule.value("id", ""),
                         .location = kSchemasBase + file.path + "#" + where,
                         .keyword_location = where + "/when",
                         .severity = ParseSeverity(rule.value("severity", json())),
                         .state = rule.contains("state") && rule["state"].is_string()
                                      ? ParseElementState(rule["state"].get<std::string>())
                                      : std::nullopt,
                         .each = Strings(rule.value("each", json())),
                         .pointers = Strings(rule.value("pointers", json())),
                         .when = std::move(*when),
                         .params = {},
                         .message = rule.value("message", json()),
                         .citation = rule.value("citation", json())};
      if (rule.contains("params") && rule["params"].is_object()) {
        for (const auto& [name, expression] : rule["params"].items()) {
          Result<rules::Rule> param = rules::Rule::Compile(expression, operators);
          if (!param.ok()) {
            for (const Diagnostic& cause : param.diagnostics()) {
              problems.push_back(CompileProblem(cause, file.path, where + "/params/" + EscapePointerToken(name)));
            }
            continue;
          }
          entry.params.emplace_back(name, std::move(*param));
        }
      }
      entry.reads = RuleReads(rule, entry.each, operators);
      if (entry.pointers.empty() || (!entry.severity && !entry.state)) {
        problems.push_back(Diagnostic{.code = "case.rule_malformed",
                                      .keyword_location = where,
                                      .absolute_keyword_location = entry.location,
                                      .params = {{"file", file.path}, {"rule", entry.id}}});
        continue;
      }
      compiled.rules_.push_back(std::move(entry));
    }
  }
  if (!problems.empty()) return problems;
  return compiled;
}

void FormRules::Evaluate(json& data, const json& instance, bool schema_valid, Diagnostics& diagnostics,
                         ElementStates& states) const {
  std::vector<RuleOutput> outputs(rules_.size());
  Update(data, instance, schema_valid, std::vector<bool>(rules_.size(), true), outputs, diagnostics, states);
}

void FormRules::Update(json& data, const json& instance, bool schema_valid, const std::vector<bool>& stale,
                       std::vector<RuleOutput>& outputs, Diagnostics& diagnostics, ElementStates& states) const {
  outputs.resize(rules_.size());
  for (std::size_t n = 0; n < rules_.size(); ++n) {
    if (n < stale.size() && stale[n]) {
      outputs[n] = RuleOutput{};
      RunRule(rules_[n], data, instance, outputs[n]);
    } else if (!rules_[n].each.empty()) {
      // Leave the data as running the rule would: without item and index.
      data.erase("item");
      data.erase("index");
    }
  }
  for (const RuleOutput& output : outputs) {
    Replay(output.reports, schema_valid, diagnostics);
    for (const auto& [pointer, state] : output.states) states[pointer] = state;
  }
  // State consequences are judged once every state is known.
  for (const auto& [pointer, state] : states) {
    const json* element = ResolvePointer(instance, pointer);
    if (state == ElementState::kRequired && !Filled(element) && !ReportedBySchema(diagnostics, pointer)) {
      diagnostics.push_back(Diagnostic{.code = "case.element_required", .instance_location = pointer});
    } else if (state == ElementState::kNotApplicable && Filled(element)) {
      diagnostics.push_back(Diagnostic{
          .code = "case.element_not_applicable", .severity = Severity::kWarning, .instance_location = pointer});
    }
  }
}

bool FormRules::PointsIntoReservedKeys() const {
  return std::any_of(rules_.begin(), rules_.end(), [](const CompiledRule& rule) {
    return std::any_of(rule.each.begin(), rule.each.end(), InReservedKey) ||
           std::any_of(rule.pointers.begin(), rule.pointers.end(), InReservedKey);
  });
}

void FormRules::RunRule(const CompiledRule& rule, json& data, const json& instance, RuleOutput& output) {
  if (rule.each.empty()) {
    Run(rule, data, "", output);
    return;
  }
  for (const std::string& array_pointer : rule.each) {
    const json* array = ResolvePointer(instance, array_pointer);
    if (array == nullptr || !array->is_array()) continue;
    for (std::size_t index = 0; index < array->size(); ++index) {
      data["item"] = (*array)[index];
      data["index"] = index;
      Run(rule, data, array_pointer + "/" + std::to_string(index), output);
    }
  }
  data.erase("item");
  data.erase("index");
}

void FormRules::Run(const CompiledRule& rule, const json& data, const std::string& base, RuleOutput& output) {
  const rules::Outcome outcome = rule.when.Evaluate(data);
  const std::string first = base + rule.pointers.front();
  if (!outcome.ok()) {
    // Shown only on a schema-valid form; Replay decides.
    output.reports.push_back(
        {Diagnostic{
             .code = "case.rule_failed",
             .severity = Severity::kWarning,
             .instance_location = first,
             .keyword_location = rule.keyword_location,
             .absolute_keyword_location = rule.location + "/when",
             .params = {{"rule", rule.id}, {"type", outcome.error().type}, {"message", outcome.error().message}}},
         true});
    return;
  }
  if (!rules::Truthy(outcome.value())) return;
  if (rule.state) {
    for (const std::string& pointer : rule.pointers) output.states.emplace_back(base + pointer, *rule.state);
    return;
  }
  Diagnostic report{.code = rule.id,
                    .severity = *rule.severity,
                    .instance_location = first,
                    .keyword_location = rule.keyword_location,
                    .absolute_keyword_location = rule.location + "/when"};
  for (const auto& [name, expression] : rule.params) {
    const rules::Outcome value = expression.Evaluate(data);
    report.params[name] = value.ok() ? value.value() : json();
  }
  if (rule.pointers.size() > 1) {
    json related = json::array();
    for (std::size_t i = 1; i < rule.pointers.size(); ++i) related.push_back(base + rule.pointers[i]);
    report.params["related"] = std::move(related);
  }
  if (!rule.citation.is_null()) report.params["citation"] = rule.citation;
  output.reports.push_back({std::move(report), false});
}

json FormRules::Messages() const {
  json messages = json::object();
  for (const CompiledRule& rule : rules_) {
    if (rule.message.is_object()) messages[rule.id] = rule.message;
  }
  return {{"messages", std::move(messages)}};
}

}  // namespace yaosu::cases

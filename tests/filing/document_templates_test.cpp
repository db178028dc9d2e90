// Every print template of every installed form (its document.json, current or published),
// checked against the form's element rows and data schema, so a typo in a template shows up here
// instead of as a silent blank (____) on paper:
//   - every row of elements.json has a template, and no template names a row that does not exist;
//   - every placeholder path resolves in schema.json from the schema node the row's "pointer"
//     names (through "properties", "prefixItems"/"items", "$ref", "allOf"/"anyOf"/"oneOf",
//     "if"/"then"/"else"; an empty path is the node itself);
//   - `list:ITEM` names an item of the form or of schemas/common/document/items.json, and the
//     item's placeholders (every variant of a {"by": field, ...} item) resolve against the
//     array's items;
//   - `check:V` names a value the node can hold (true/false, an enum or const value, for an
//     array a value of its items); nodes without type information are not checked;
//   - filters are only date, yuan, capital, percent, check and list (or none).
// Forms come from the library, so a new case type is checked without touching this test.
#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/cases/case_library.h"
#include "core/cases/value_reference.h"
#include "core/filing/document_template.h"
#include "core/json/parse.h"
#include "core/json/pointer.h"
#include "tests/support/source_tree.h"

namespace yaosu::filing {
namespace {

using yaosu::testing::BuiltinLibrary;

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kSchemas = fs::path(YAOSU_SOURCE_DIR) / "schemas";

// Item templates may nest lists; a cycle of items (a → b → a) stops here and is reported.
constexpr int kMaxItemDepth = 8;
// Arrays of arrays of ... for check values.
constexpr int kMaxArrayDepth = 8;

// SchemaNode: a subschema and the URI (without fragment) of the document holding it, which
// relative "$ref"s resolve against.
struct SchemaNode {
  const json* schema;
  std::string base;
};

using Nodes = std::vector<SchemaNode>;

bool IsIndex(const std::string& token) {
  return !token.empty() && token.size() < 7 && token.find_first_not_of("0123456789") == std::string::npos;
}

std::string Text(const json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

std::vector<std::string> SplitPath(const std::string& path) {
  std::vector<std::string> tokens;
  if (path.empty()) return tokens;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = path.find('.', start);
    tokens.push_back(path.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return tokens;
}

// TemplateChecker: checks document.json files against schema documents (by "$id") and shared items.
class TemplateChecker {
 public:
  TemplateChecker(std::map<std::string, json> documents, json shared_items)
      : documents_(std::move(documents)), shared_items_(std::move(shared_items)) {}

  // Check: the problems of one form's document.json, one line each ("" when all is well).
  std::vector<std::string> Check(const std::string& form, const json& schema, const json& elements,
                                 const json& document, std::set<std::string> computed_ids = {}) {
    problems_.clear();
    form_ = form;
    computed_ids_ = std::move(computed_ids);
    form_items_ = document.contains("items") && document["items"].is_object() ? document["items"] : json::object();
    const std::string base = schema.is_object() && schema.contains("$id") && schema["$id"].is_string()
                                 ? WithoutFragment(schema["$id"].get<std::string>())
                                 : "";
    form_schema_ = &schema;
    form_base_ = base;

    if (!document.contains("rows") || !document["rows"].is_object()) {
      Report("(document)", "", "", "document.json has no \"rows\" object");
      return problems_;
    }
    const json& templates = document["rows"];
    std::set<std::string> row_ids;
    if (!elements.contains("sections") || !elements["sections"].is_array()) {
      Report("(elements)", "", "", "elements.json has no \"sections\" array");
      return problems_;
    }
    for (const json& section : elements["sections"]) {
      if (!section.contains("rows") || !section["rows"].is_array()) continue;
      for (const json& row : section["rows"]) {
        const std::string id = row.value("id", "");
        row_ids.insert(id);
        if (!templates.contains(id)) {
          Report(id, "", "", "row of elements.json has no template in document.json \"rows\"");
          continue;
        }
        if (!templates[id].is_string()) {
          Report(id, "", "", "template is not a string");
          continue;
        }
        const std::string pointer = row.value("pointer", "");
        const std::optional<std::vector<std::string>> tokens = ParsePointer(pointer);
        if (!tokens) {
          Report(id, templates[id].get<std::string>(), "", "row pointer \"" + pointer + "\" is not a JSON Pointer");
          continue;
        }
        Nodes nodes = {{&schema, base}};
        for (const std::string& token : *tokens) nodes = Step(nodes, token);
        if (nodes.empty()) {
          Report(id, templates[id].get<std::string>(), "",
                 "row pointer \"" + pointer + "\" names no node of schema.json");
          continue;
        }
        CheckTemplate(id, templates[id].get<std::string>(), nodes, 0);
      }
    }
    for (const auto& [id, text] : templates.items()) {
      if (!row_ids.contains(id)) Report(id, Text(text), "", "template for a row that elements.json does not have");
    }
    return problems_;
  }

 private:
  static std::string WithoutFragment(const std::string& uri) { return uri.substr(0, uri.find('#')); }

  void Report(const std::string& row, const std::string& text, const std::string& placeholder,
              const std::string& what) {
    std::string line = form_ + " row " + row;
    if (!placeholder.empty()) line += " placeholder {" + placeholder + "}";
    line += ": " + what;
    if (!text.empty()) line += "\n    template: " + text;
    problems_.push_back(line);
  }

  const json* Document(const std::string& uri) const {
    if (uri == form_base_) return form_schema_;
    const auto found = documents_.find(uri);
    return found == documents_.end() ? nullptr : &found->second;
  }

  // Ref: the node a "$ref" names, relative to `base`; nullopt when it names nothing.
  std::optional<SchemaNode> Ref(const std::string& ref, const std::string& base) const {
    const std::size_t hash = ref.find('#');
    std::string uri = ref.substr(0, hash);
    const std::string fragment = hash == std::string::npos ? "" : ref.substr(hash + 1);
    if (uri.empty()) {
      uri = base;
    } else if (uri.find("://") == std::string::npos) {  // relative: "dates.json"
      uri = base.substr(0, base.rfind('/') + 1) + uri;
    }
    const json* document = Document(uri);
    if (document == nullptr) return std::nullopt;
    const std::optional<std::string> pointer = PercentDecode(fragment);
    if (!pointer) return std::nullopt;
    const json* target = ResolvePointer(*document, *pointer);
    if (target == nullptr) return std::nullopt;
    return SchemaNode{target, uri};
  }

  // Expand: `node` and every subschema that applies to the same value ("$ref", "allOf", "anyOf",
  // "oneOf", "if", "then", "else"), each once (so "$ref" cycles end).
  void Expand(const SchemaNode& node, Nodes& out, std::set<const json*>& visited) {
    if (!node.schema->is_object() || !visited.insert(node.schema).second) return;
    out.push_back(node);
    const json& schema = *node.schema;
    if (schema.contains("$ref") && schema["$ref"].is_string()) {
      const std::string ref = schema["$ref"].get<std::string>();
      if (const std::optional<SchemaNode> target = Ref(ref, node.base)) {
        Expand(*target, out, visited);
      } else {
        unresolved_refs_.insert(ref + " (from " + node.base + ")");
      }
    }
    for (const char* keyword : {"allOf", "anyOf", "oneOf"}) {
      if (!schema.contains(keyword) || !schema[keyword].is_array()) continue;
      for (const json& sub : schema[keyword]) Expand({&sub, node.base}, out, visited);
    }
    for (const char* keyword : {"if", "then", "else"}) {
      if (schema.contains(keyword)) Expand({&schema[keyword], node.base}, out, visited);
    }
  }

  Nodes Expand(const Nodes& nodes) {
    Nodes out;
    std::set<const json*> visited;
    for (const SchemaNode& node : nodes) Expand(node, out, visited);
    return out;
  }

  // Items: the schemas of an array's elements (every "prefixItems" entry and "items").
  Nodes Items(const Nodes& nodes) {
    Nodes out;
    for (const SchemaNode& node : Expand(nodes)) {
      const json& schema = *node.schema;
      if (schema.contains("prefixItems") && schema["prefixItems"].is_array()) {
        for (const json& item : schema["prefixItems"]) out.push_back({&item, node.base});
      }
      if (schema.contains("items") && schema["items"].is_object()) out.push_back({&schema["items"], node.base});
    }
    return out;
  }

  // Step: the schemas of the member `token` of a value that `nodes` describe.
  Nodes Step(const Nodes& nodes, const std::string& token) {
    Nodes out;
    std::set<const json*> seen;
    auto add = [&](const json& schema, const std::string& base) {
      if (seen.insert(&schema).second) out.push_back({&schema, base});
    };
    for (const SchemaNode& node : Expand(nodes)) {
      const json& schema = *node.schema;
      if (schema.contains("properties") && schema["properties"].is_object() && schema["properties"].contains(token)) {
        add(schema["properties"][token], node.base);
      }
      if (!IsIndex(token)) continue;
      const std::size_t index = std::stoul(token);
      if (schema.contains("prefixItems") && schema["prefixItems"].is_array() && index < schema["prefixItems"].size()) {
        add(schema["prefixItems"][index], node.base);
      } else if (schema.contains("items") && schema["items"].is_object()) {
        add(schema["items"], node.base);
      }
    }
    return out;
  }

  struct PossibleValues {
    std::set<std::string> values;
    bool any_text = false, any_number = false, typed = false;
  };

  void CollectValues(const Nodes& nodes, PossibleValues& possible, int depth) {
    for (const SchemaNode& node : Expand(nodes)) {
      const json& schema = *node.schema;
      const bool listed = schema.contains("const") || schema.contains("enum");
      if (schema.contains("const")) {
        possible.typed = true;
        possible.values.insert(Text(schema["const"]));
      }
      if (schema.contains("enum") && schema["enum"].is_array()) {
        possible.typed = true;
        for (const json& value : schema["enum"]) possible.values.insert(Text(value));
      }
      if (schema.contains("type")) {
        possible.typed = true;
        const json types = schema["type"].is_array() ? schema["type"] : json::array({schema["type"]});
        for (const json& type : types) {
          if (type == "boolean") {
            possible.values.insert("true");
            possible.values.insert("false");
          } else if (type == "null") {
            possible.values.insert("null");
          } else if (type == "string" && !listed) {
            possible.any_text = true;
          } else if ((type == "number" || type == "integer") && !listed) {
            possible.any_number = true;
          }
        }
      }
      if ((schema.contains("items") || schema.contains("prefixItems")) && depth < kMaxArrayDepth) {
        CollectValues(Items({node}), possible, depth + 1);
      }
    }
  }

  static bool IsNumber(const std::string& text) {
    Result<json> parsed = ParseJson(text);
    return parsed.ok() && parsed->is_number();
  }

  void CheckTemplate(const std::string& row, const std::string& text, const Nodes& nodes, int depth) {
    const json placeholders = Placeholders(text);
    for (const json& placeholder : placeholders) {
      const std::string path = placeholder["path"].get<std::string>();
      const std::string filter = placeholder["filter"].get<std::string>();
      const std::string argument = placeholder["argument"].get<std::string>();
      const std::string shown = path + (filter.empty() ? "" : "|" + filter) + (argument.empty() ? "" : ":" + argument);
      static const std::set<std::string> kFilters = {"", "date", "yuan", "capital", "percent", "check", "list"};
      if (!kFilters.contains(filter)) {
        Report(row, text, shown, "unknown filter \"" + filter + "\" (date, yuan, capital, percent, check, list)");
        continue;
      }
      // "a??b": every alternative must resolve; "$computed.ID" names a computed value of the form.
      Nodes found;
      bool resolved = true;
      for (const cases::ValueReference& alternative : cases::ValueReferences(path)) {
        if (alternative.computed) {
          const std::vector<std::string> tokens = SplitPath(alternative.path);
          const std::string id = tokens.empty() ? "" : tokens.front();
          if (!computed_ids_.contains(id)) {
            Report(row, text, shown, "\"" + id + "\" is not a computed value of the form");
            resolved = false;
          }
          continue;
        }
        Nodes step = nodes;
        std::string walked;
        for (const std::string& token : SplitPath(alternative.path)) {
          walked += (walked.empty() ? "" : ".") + token;
          step = Step(step, token);
          if (step.empty()) {
            Report(row, text, shown, "path \"" + walked + "\" names no property or item of the schema");
            resolved = false;
            break;
          }
        }
        found.insert(found.end(), step.begin(), step.end());
      }
      if (!resolved) continue;
      if (filter == "check") {
        if (argument.empty()) {
          Report(row, text, shown, "check without a value");
          continue;
        }
        PossibleValues possible;
        CollectValues(found, possible, 0);
        if (!possible.typed || possible.values.contains(argument) || possible.any_text) continue;
        if (possible.any_number && IsNumber(argument)) continue;
        std::string values;
        for (const std::string& value : possible.values) values += (values.empty() ? "" : ", ") + value;
        Report(row, text, shown,
               "\"" + argument + "\" is not a possible value (" + (values.empty() ? "none listed" : values) +
                   (possible.any_number ? ", any number" : "") + ")");
      } else if (filter == "list") {
        CheckList(row, text, shown, argument, found, depth);
      }
    }
  }

  void CheckList(const std::string& row, const std::string& text, const std::string& shown, const std::string& name,
                 const Nodes& array, int depth) {
    const json* item = form_items_.contains(name)     ? &form_items_[name]
                       : shared_items_.contains(name) ? &shared_items_[name]
                                                      : nullptr;
    if (item == nullptr) {
      Report(row, text, shown, "item \"" + name + "\" is in neither the form's items nor common/document/items.json");
      return;
    }
    const Nodes elements = Items(array);
    if (elements.empty()) {
      Report(row, text, shown, "list of a node that has no \"items\" or \"prefixItems\" (not an array)");
      return;
    }
    if (depth >= kMaxItemDepth) {
      Report(row, text, shown, "item templates nest deeper than " + std::to_string(kMaxItemDepth) + " (a cycle?)");
      return;
    }
    const std::string label = row + " > item " + name;
    if (item->is_string()) {
      CheckTemplate(label, item->get<std::string>(), elements, depth + 1);
      return;
    }
    if (!item->is_object() || !item->contains("by") || !(*item)["by"].is_string()) {
      Report(row, text, shown, "item \"" + name + "\" is neither a template nor {\"by\": field, ...}");
      return;
    }
    // The "by" field must exist, and every variant must be one of its values.
    const std::string by = (*item)["by"].get<std::string>();
    Nodes chooser = elements;
    for (const std::string& token : SplitPath(by)) chooser = Step(chooser, token);
    PossibleValues possible;
    if (chooser.empty()) {
      Report(label, "", "", "\"by\": \"" + by + "\" names no property of the array's items");
    } else {
      CollectValues(chooser, possible, 0);
    }
    for (const auto& [variant, variant_text] : item->items()) {
      if (variant == "by") continue;
      const std::string variant_label = label + " (" + by + " = " + variant + ")";
      if (!variant_text.is_string()) {
        Report(variant_label, "", "", "variant is not a template string");
        continue;
      }
      if (!chooser.empty() && possible.typed && !possible.any_text && !possible.values.contains(variant)) {
        Report(variant_label, variant_text.get<std::string>(), "",
               "\"" + variant + "\" is not a possible value of " + by);
      }
      CheckTemplate(variant_label, variant_text.get<std::string>(), elements, depth + 1);
    }
  }

 public:
  // unresolved_refs: every "$ref" met that names nothing (with the document it is in).
  const std::set<std::string>& unresolved_refs() const { return unresolved_refs_; }

 private:
  std::set<std::string> unresolved_refs_;
  std::map<std::string, json> documents_;
  json shared_items_;
  std::vector<std::string> problems_;
  std::string form_, form_base_;
  const json* form_schema_ = nullptr;
  json form_items_;
  std::set<std::string> computed_ids_;
};

// SharedChecker: a checker knowing schemas/common/*.json (by "$id") and the shared items.
TemplateChecker SharedChecker() {
  std::map<std::string, json> documents;
  for (const auto& entry : fs::recursive_directory_iterator(kSchemas)) {
    if (entry.path().extension() != ".json") continue;
    const std::string area = fs::relative(entry.path(), kSchemas).begin()->string();
    if (area != "common" && area != "shared") continue;
    json document = yaosu::testing::ReadJsonFile(entry.path());
    if (document.is_object() && document.contains("$id") && document["$id"].is_string()) {
      const std::string id = document["$id"].get<std::string>();
      documents.emplace(id.substr(0, id.find('#')), std::move(document));
    }
  }
  const json items = yaosu::testing::ReadJsonFile(kSchemas / "common" / "document" / "items.json");
  return TemplateChecker(std::move(documents), items.value("items", json::object()));
}

std::string Lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

TEST(DocumentTemplates, EveryRowTemplateMatchesElementsAndSchema) {
  TemplateChecker checker = SharedChecker();
  ASSERT_FALSE(BuiltinLibrary().forms().empty());
  for (const cases::CaseForm* form : BuiltinLibrary().forms()) {
    const std::string name = form->id() + " " + form->version();
    SCOPED_TRACE(name);
    ASSERT_TRUE(form->document().is_object()) << name << " has no print templates";
    std::set<std::string> computed_ids;
    for (const json& value : form->computed().Describe()) computed_ids.insert(value.value("id", ""));
    const std::vector<std::string> problems =
        checker.Check(name, form->schema(), form->elements(), form->document(), computed_ids);
    EXPECT_TRUE(problems.empty()) << problems.size() << " template problem(s):\n" << Lines(problems);
  }
  const std::set<std::string>& unresolved = checker.unresolved_refs();
  EXPECT_TRUE(unresolved.empty()) << "unresolved $ref:\n" << Lines({unresolved.begin(), unresolved.end()});
}

// The checker can fail: a planted bad path, check value, filter, item and row are each reported.
TEST(DocumentTemplates, TheCheckerReportsPlantedFaults) {
  const cases::CaseForm* form = BuiltinLibrary().FindById("private_lending.complaint", "2025.1");
  ASSERT_NE(form, nullptr);
  const json& schema = form->schema();
  const json& elements = form->elements();
  const json& original = form->document();
  ASSERT_TRUE(original.contains("rows") && original["rows"].contains("claims.principal"));
  std::set<std::string> computed_ids;
  for (const json& value : form->computed().Describe()) computed_ids.insert(value.value("id", ""));
  ASSERT_TRUE(computed_ids.contains("court_fee"));
  TemplateChecker checker = SharedChecker();
  ASSERT_TRUE(checker.Check("private-lending/complaint", schema, elements, original).empty());

  auto problems_with = [&](const std::string& row, const std::string& text) {
    json document = original;
    if (text.empty()) {
      document["rows"].erase(row);
    } else {
      document["rows"][row] = text;
    }
    return checker.Check("private-lending/complaint", schema, elements, document, computed_ids);
  };
  auto mentions = [](const std::vector<std::string>& problems, const std::string& a, const std::string& b) {
    return std::any_of(problems.begin(), problems.end(), [&](const std::string& line) {
      return line.find(a) != std::string::npos && line.find(b) != std::string::npos;
    });
  };

  std::vector<std::string> problems = problems_with("claims.principal", "截至{as_of|date}止，尚欠本金{amuont|yuan}元");
  ASSERT_EQ(problems.size(), 1u) << Lines(problems);
  EXPECT_TRUE(mentions(problems, "claims.principal", "{amuont|yuan}")) << Lines(problems);

  problems = problems_with("claims.principal", "{currency.nmae}");
  EXPECT_TRUE(mentions(problems, "claims.principal", "currency.nmae")) << Lines(problems);

  problems = problems_with("claims.interest", "是{until_paid|check:maybe}");
  EXPECT_TRUE(mentions(problems, "claims.interest", "check:maybe")) << Lines(problems);

  problems = problems_with("claims.principal", "{amount|euro}");
  EXPECT_TRUE(mentions(problems, "claims.principal", "unknown filter")) << Lines(problems);

  problems = problems_with("parties.plaintiffs", "{|list:no_such_item}");
  EXPECT_TRUE(mentions(problems, "parties.plaintiffs", "no_such_item")) << Lines(problems);

  problems = problems_with("parties.plaintiffs", "{|list:disbursement}");  // items of another array
  EXPECT_TRUE(mentions(problems, "parties.plaintiffs", "item disbursement")) << Lines(problems);

  problems = problems_with("claims.total", "");
  EXPECT_TRUE(mentions(problems, "claims.total", "no template")) << Lines(problems);

  problems = problems_with("claims.no_such_row", "{}");
  EXPECT_TRUE(mentions(problems, "claims.no_such_row", "does not have")) << Lines(problems);

  problems = problems_with("claims.principal", "{amount??$computed.court_fee|yuan}");
  EXPECT_TRUE(problems.empty()) << Lines(problems);

  problems = problems_with("claims.principal", "{amount??$computed.no_such_value|yuan}");
  EXPECT_TRUE(mentions(problems, "claims.principal", "no_such_value")) << Lines(problems);

  problems = problems_with("claims.principal", "{amuont??$computed.court_fee|yuan}");  // every alternative is checked
  EXPECT_TRUE(mentions(problems, "claims.principal", "amuont")) << Lines(problems);
}

}  // namespace
}  // namespace yaosu::filing

#include "core/batch/form_table.h"

#include <algorithm>
#include <limits>
#include <optional>

#include "core/batch/cell_value.h"
#include "core/batch/csv.h"
#include "core/cases/schema_walker.h"
#include "core/json/pointer.h"

namespace yaosu::batch {

using nlohmann::json;
using nlohmann::ordered_json;

// Node: one element of the form's data: an object (members), a list (item) or a leaf.
struct FormTable::Node {
  std::vector<std::pair<std::string, std::unique_ptr<Node>>> members;  // in the order the schema writes them
  std::unique_ptr<Node> item;
  std::size_t max_items = std::numeric_limits<std::size_t>::max();
  bool fixed = false;  // a fixed list (prefixItems, items false): each place means something of its own
  Leaf leaf;
  std::string title;   // the schema's title, when the form has no words for it
  std::string zh, en;  // its words; empty above the form's rows (a section is not a column's name)

  bool IsList() const { return members.empty() && item != nullptr; }
  // IsCell: a value a cell can hold — a scalar type or a choice.
  bool IsCell() const {
    const auto scalar = [](const std::string& type) { return type != "object" && type != "array"; };
    return members.empty() && item == nullptr &&
           (!leaf.choices.empty() || std::any_of(leaf.types.begin(), leaf.types.end(), scalar));
  }

  Node& Member(const std::string& key) {
    for (auto& [name, member] : members) {
      if (name == key) return *member;
    }
    members.emplace_back(key, std::make_unique<Node>());
    return *members.back().second;
  }
  const Node* FindMember(std::string_view key) const {
    for (const auto& [name, member] : members) {
      if (name == key) return member.get();
    }
    return nullptr;
  }
};

namespace {

constexpr int kMaxDepth = 64;

void AddUnique(std::vector<std::string>& list, const std::string& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

// ShapeReader: gathers what the schema says of each element, through $refs,
// the combinators and both sides of every if (a table column serves either side).
class ShapeReader {
 public:
  ShapeReader(const ordered_json& root, const std::map<std::string, ordered_json>& shared) : walker_(root, shared) {}

  void Collect(FormTable::Node& node, const ordered_json& schema, const ordered_json& document, int depth) {
    if (depth > kMaxDepth || !schema.is_object()) return;
    if (const auto properties = schema.find("properties"); properties != schema.end() && properties->is_object()) {
      for (const auto& [key, child] : properties->items()) Collect(node.Member(key), child, document, depth + 1);
    }
    if (const auto items = schema.find("items"); items != schema.end() && items->is_object()) {
      if (!node.item) node.item = std::make_unique<FormTable::Node>();
      Collect(*node.item, *items, document, depth + 1);
    }
    // prefixItems: a fixed list (the mediation block's five statements) read as a list of its kind.
    if (const auto prefix = schema.find("prefixItems"); prefix != schema.end() && prefix->is_array()) {
      if (!node.item) node.item = std::make_unique<FormTable::Node>();
      for (const ordered_json& entry : *prefix) Collect(*node.item, entry, document, depth + 1);
      if (const auto items = schema.find("items"); items != schema.end() && *items == false) {
        node.max_items = std::min(node.max_items, prefix->size());
        node.fixed = true;
      }
    }
    if (const auto max = schema.find("maxItems"); max != schema.end() && max->is_number_unsigned()) {
      node.max_items = std::min(node.max_items, max->get<std::size_t>());
    }
    if (const auto type = schema.find("type"); type != schema.end()) {
      if (type->is_string()) AddUnique(node.leaf.types, type->get<std::string>());
      if (type->is_array()) {
        for (const ordered_json& t : *type) {
          if (t.is_string()) AddUnique(node.leaf.types, t.get<std::string>());
        }
      }
    }
    if (const auto format = schema.find("format"); format != schema.end() && format->is_string()) {
      node.leaf.format = format->get<std::string>();
    }
    if (const auto values = schema.find("enum"); values != schema.end() && values->is_array()) {
      for (const ordered_json& value : *values) AddChoice(node.leaf, value);
    }
    if (const auto value = schema.find("const"); value != schema.end()) AddChoice(node.leaf, *value);
    if (const auto title = schema.find("title"); title != schema.end() && title->is_string() && node.title.empty()) {
      node.title = title->get<std::string>();
    }
    for (const char* key : {"allOf", "anyOf", "oneOf"}) {
      if (const auto branches = schema.find(key); branches != schema.end() && branches->is_array()) {
        for (const ordered_json& branch : *branches) Collect(node, branch, document, depth + 1);
      }
    }
    for (const char* key : {"then", "else"}) {
      if (const auto side = schema.find(key); side != schema.end()) Collect(node, *side, document, depth + 1);
    }
    if (schema.contains("$ref")) {
      const ordered_json* in = &document;
      const ordered_json* target = walker_.Deref(schema, document, &in);
      if (target != nullptr && target != &schema) Collect(node, *target, *in, depth + 1);
    }
  }

 private:
  static void AddChoice(Leaf& leaf, const ordered_json& value) {
    const json plain(value);
    for (const Choice& choice : leaf.choices) {
      if (choice.value == plain) return;
    }
    leaf.choices.push_back(Choice{.value = plain, .zh = "", .en = ""});
  }

  cases::SchemaWalker<ordered_json> walker_;
};

// Row: a row of the form's element table (its id names its words).
struct Row {
  std::string id, zh, en;
  std::vector<std::string> tokens;
};

std::vector<Row> FormRows(const cases::CaseForm& form) {
  std::vector<Row> rows;
  for (const json& section : form.elements().value("sections", json::array())) {
    for (const json& row : section.value("rows", json::array())) {
      const std::optional<std::vector<std::string>> tokens = ParsePointer(row.value("pointer", ""));
      if (!tokens || tokens->empty()) continue;
      const json label = row.value("label", json::object());
      rows.push_back(
          Row{.id = row.value("id", ""), .zh = label.value("zh", ""), .en = label.value("en", ""), .tokens = *tokens});
    }
  }
  return rows;
}

// WordsNamer: gives each element the form's words for it (the lookup the page uses,
// schemas/cases/README.md "Words").
class WordsNamer {
 public:
  explicit WordsNamer(const cases::CaseForm& form) : rows_(FormRows(form)), words_(form.words()) {}

  void Name(FormTable::Node& node, std::vector<std::string>& path) {
    const Row* row = RowOver(path);
    const std::string sub = row == nullptr ? "" : Join(path, row->tokens.size());
    if (row != nullptr) {
      if (sub.empty()) {
        node.zh = row->zh;
        node.en = row->en;
      } else {
        Word(Field(row->id + "/" + sub, path.back()), node);
      }
    }
    const std::string place = row == nullptr ? "" : (sub.empty() ? row->id : row->id + "/" + sub);
    for (Choice& choice : node.leaf.choices) {
      const std::string value = choice.value.is_string() ? choice.value.get<std::string>() : choice.value.dump();
      const json* words = Value(place + "=" + value, (path.empty() ? "" : path.back()) + "=" + value, value);
      choice.zh = Said(words, "zh");
      choice.en = Said(words, "en");
      if (choice.zh.empty()) choice.zh = value;
      if (choice.en.empty()) choice.en = choice.zh;
    }
    if (row != nullptr && node.zh.empty()) Untitled(node, path.back());
    for (auto& [key, member] : node.members) {
      path.push_back(key);
      Name(*member, path);
      path.pop_back();
    }
    if (node.item) Name(*node.item, path);  // an entry is named by its list (and its number)
  }

 private:
  const Row* RowOver(const std::vector<std::string>& path) const {
    const Row* best = nullptr;
    for (const Row& row : rows_) {
      if (row.tokens.size() > path.size() || !std::equal(row.tokens.begin(), row.tokens.end(), path.begin())) continue;
      if (best == nullptr || row.tokens.size() > best->tokens.size()) best = &row;
    }
    return best;
  }

  static std::string Join(const std::vector<std::string>& path, std::size_t from) {
    std::string joined;
    for (std::size_t i = from; i < path.size(); ++i) joined += (joined.empty() ? "" : "/") + path[i];
    return joined;
  }

  const json* Field(const std::string& own, const std::string& name) const {
    if (!words_.contains("fields")) return nullptr;  // (value() would give a copy, and a pointer into it)
    const json& fields = words_["fields"];
    if (const auto found = fields.find(own); found != fields.end()) return &*found;
    if (const auto found = fields.find(name); found != fields.end()) return &*found;
    return nullptr;
  }

  const json* Value(const std::string& own, const std::string& named, const std::string& value) const {
    if (!words_.contains("values")) return nullptr;
    const json& values = words_["values"];
    for (const std::string& key : {own, named, value}) {
      if (const auto found = values.find(key); found != values.end()) return &*found;
    }
    return nullptr;
  }

  static void Word(const json* words, FormTable::Node& node) {
    node.zh = Said(words, "zh");
    node.en = Said(words, "en");
  }

  // Untitled: an element the form gives no words: its schema's title ("联系电话 / Phone"), else its
  // choices' words ("自然人/法人、非法人组织"), else its key.
  static void Untitled(FormTable::Node& node, const std::string& key) {
    if (const std::size_t slash = node.title.find("/ "); slash != std::string::npos) {  // "zh / en"
      node.zh = node.title.substr(0, node.title.find_last_not_of(' ', slash - 1) + 1);
      node.en = node.title.substr(slash + 2);
    } else if (!node.title.empty()) {
      node.zh = node.title;
    } else if (!node.leaf.choices.empty()) {
      for (const Choice& choice : node.leaf.choices) node.zh += (node.zh.empty() ? "" : "/") + choice.zh;
    } else {
      node.zh = key;
    }
  }

  // Said: the words in `language` — of a {zh, en} pair, or a plain text for both.
  static std::string Said(const json* words, const char* language) {
    if (words == nullptr) return "";
    if (words->is_string()) return words->get<std::string>();
    if (!words->is_object() || !words->contains(language) || !(*words)[language].is_string()) return "";
    return (*words)[language].get<std::string>();
  }

  std::vector<Row> rows_;
  const json& words_;
};

// Step: one element on a column's path, with the list entry it is in (0 when none).
struct Step {
  const FormTable::Node* node;
  std::size_t entry;
};

std::string Label(const std::vector<Step>& steps, bool english) {
  std::string label;
  std::string last;
  for (const Step& step : steps) {
    std::string part = english ? step.node->en : step.node->zh;
    if (english && part.empty()) part = step.node->zh;
    if (part.empty() || (part == last && step.entry == 0)) continue;
    last = part;
    if (step.entry > 0) part += (english ? " " : "") + std::to_string(step.entry);
    label += (label.empty() ? "" : english ? " · " : "·") + part;
  }
  return label;
}

std::vector<std::string> SplitKey(std::string_view key) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = key.find('.', start);
    parts.emplace_back(key.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
    if (dot == std::string_view::npos) return parts;
    start = dot + 1;
  }
}

// KeyOf: the key a header cell names — the text in its last brackets, or the cell itself.
std::string KeyOf(std::string_view cell) {
  cell = TrimCell(cell);
  if (cell.ends_with(']')) {
    const std::size_t open = cell.rfind('[');
    if (open != std::string_view::npos) return std::string(TrimCell(cell.substr(open + 1, cell.size() - open - 2)));
  }
  return std::string(cell);
}

}  // namespace

FormTable::FormTable() = default;
FormTable::FormTable(FormTable&&) noexcept = default;
FormTable& FormTable::operator=(FormTable&&) noexcept = default;
FormTable::~FormTable() = default;

Result<FormTable> FormTable::Of(const cases::CaseForm& form, const std::map<std::string, std::string>& shared) {
  const std::string& text = form.schema_text().empty() ? form.files().schema.dump() : form.schema_text();
  const ordered_json root = ordered_json::parse(text, nullptr, false);
  if (root.is_discarded()) {
    return Diagnostic{.code = "batch.form_unreadable", .params = {{"form", form.id()}}};
  }
  std::map<std::string, ordered_json> documents;
  for (const auto& [id, source] : shared) {
    ordered_json parsed = ordered_json::parse(source, nullptr, false);
    if (!parsed.is_discarded()) documents.emplace(id, std::move(parsed));
  }
  FormTable table;
  table.form_ = &form;
  table.root_ = std::make_unique<Node>();
  ShapeReader(root, documents).Collect(*table.root_, root, root, 0);
  std::vector<std::string> path;
  WordsNamer(form).Name(*table.root_, path);
  for (const Column& column : table.Columns(3)) {
    const auto [found, inserted] = table.keys_by_label_.emplace(column.zh, column.key);
    if (!inserted) found->second.clear();  // a label two elements share names neither
  }
  return table;
}

std::vector<Column> FormTable::Columns(std::size_t entries) const {
  std::vector<Column> columns;
  std::vector<Step> steps;
  std::vector<std::string> keys, tokens;
  std::vector<bool> entry_tokens;
  // Visit: the columns below `node`, reached by `steps`.
  auto visit = [&](auto&& self, const Node& node) -> void {
    if (node.IsCell()) {
      std::string key;
      for (const std::string& part : keys) key += (key.empty() ? "" : ".") + part;
      columns.push_back(Column{.key = key,
                               .tokens = tokens,
                               .entries = entry_tokens,
                               .places = {},
                               .zh = Label(steps, false),
                               .en = Label(steps, true),
                               .leaf = &node.leaf});
      return;
    }
    if (node.IsList()) {
      const std::size_t count = std::min(entries, node.max_items);
      for (std::size_t entry = 1; entry <= count; ++entry) {
        keys.push_back(std::to_string(entry));
        tokens.push_back(std::to_string(entry - 1));
        entry_tokens.push_back(true);
        steps.back().entry = entry;
        self(self, *node.item);
        keys.pop_back();
        tokens.pop_back();
        entry_tokens.pop_back();
      }
      steps.back().entry = 0;
      return;
    }
    for (const auto& [key, member] : node.members) {
      keys.push_back(key);
      tokens.push_back(key);
      entry_tokens.push_back(false);
      steps.push_back(Step{.node = member.get(), .entry = 0});
      self(self, *member);
      steps.pop_back();
      keys.pop_back();
      tokens.pop_back();
      entry_tokens.pop_back();
    }
  };
  steps.push_back(Step{.node = root_.get(), .entry = 0});
  visit(visit, *root_);
  return columns;
}

std::string FormTable::TemplateCsv(std::size_t entries) const {
  std::vector<std::string> header;
  for (const Column& column : Columns(entries)) header.push_back(column.zh + " [" + column.key + "]");
  return std::string(kUtf8Bom) + CsvRecordText(header);
}

json FormTable::ColumnsJson(std::size_t entries) const {
  json columns = json::array();
  for (const Column& column : Columns(entries)) {
    json choices = json::array();
    for (const Choice& choice : column.leaf->choices) {
      choices.push_back({{"value", choice.value}, {"zh", choice.zh}, {"en", choice.en}});
    }
    columns.push_back({{"key", column.key},
                       {"zh", column.zh},
                       {"en", column.en},
                       {"types", column.leaf->types},
                       {"format", column.leaf->format},
                       {"choices", std::move(choices)}});
  }
  return {{"form", form_->Identity()}, {"columns", std::move(columns)}};
}

Result<Column> FormTable::Resolve(std::string_view header_cell) const {
  std::string key = KeyOf(header_cell);
  if (const auto labelled = keys_by_label_.find(std::string(TrimCell(header_cell)));
      labelled != keys_by_label_.end() && !labelled->second.empty()) {
    key = labelled->second;
  }
  const auto unknown = [&] { return Diagnostic{.code = "batch.header.unknown_key", .params = {{"key", key}}}; };
  if (key.empty()) return unknown();
  Column column{.key = key, .tokens = {}, .entries = {}, .places = {}, .zh = "", .en = "", .leaf = nullptr};
  std::vector<Step> steps{Step{.node = root_.get(), .entry = 0}};
  const Node* node = root_.get();
  for (const std::string& part : SplitKey(key)) {
    if (node->IsList()) {
      const std::optional<std::size_t> index = ParseArrayIndex(part);
      if (!index || *index == 0 || *index > node->max_items) {
        return Diagnostic{
            .code = "batch.header.bad_entry",
            .params = {{"key", key}, {"entry", part}, {"max", std::min<std::size_t>(node->max_items, 100000)}}};
      }
      column.tokens.push_back(std::to_string(*index - 1));
      column.entries.push_back(true);
      column.places.push_back(node->fixed);
      steps.back().entry = *index;
      node = node->item.get();
      continue;
    }
    const Node* member = node->FindMember(part);
    if (member == nullptr) return unknown();
    column.tokens.push_back(part);
    column.entries.push_back(false);
    column.places.push_back(false);
    steps.push_back(Step{.node = member, .entry = 0});
    node = member;
  }
  if (!node->IsCell()) return unknown();
  column.leaf = &node->leaf;
  column.zh = Label(steps, false);
  column.en = Label(steps, true);
  return column;
}

}  // namespace yaosu::batch

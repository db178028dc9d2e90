#include "core/filing/document_template.h"

#include <algorithm>
#include <optional>

#include "core/cases/value_reference.h"
#include "core/filing/chinese_text.h"
#include "core/law/decimal.h"

namespace yaosu::filing {
namespace {

using nlohmann::json;

// The list filter nests templates; data from ParseJson is at most 256 deep, and so is this.
constexpr int kMaxDepth = 32;

struct Placeholder {
  std::string path, filter, argument;
};

Placeholder Parse(std::string_view inside) {
  Placeholder placeholder;
  const std::size_t bar = inside.find('|');
  placeholder.path = std::string(inside.substr(0, bar));
  if (bar == std::string_view::npos) return placeholder;
  const std::string_view filter = inside.substr(bar + 1);
  const std::size_t colon = filter.find(':');
  placeholder.filter = std::string(filter.substr(0, colon));
  if (colon != std::string_view::npos) placeholder.argument = std::string(filter.substr(colon + 1));
  return placeholder;
}

// Resolve: the value at a dot-separated path (array indexes as numbers), or nullptr.
const json* Resolve(const json& value, const std::string& path) {
  const json* current = &value;
  std::size_t start = 0;
  while (!path.empty() && start <= path.size()) {
    const std::size_t dot = path.find('.', start);
    const std::string token = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (current->is_object()) {
      const auto found = current->find(token);
      if (found == current->end()) return nullptr;
      current = &*found;
    } else if (current->is_array() && !token.empty() && token.find_first_not_of("0123456789") == std::string::npos &&
               token.size() < 7) {
      const std::size_t index = std::stoul(token);
      if (index >= current->size()) return nullptr;
      current = &(*current)[index];
    } else {
      return nullptr;
    }
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return current;
}

bool Empty(const json* value) {
  return value == nullptr || value->is_null() || (value->is_string() && value->get_ref<const std::string&>().empty());
}

// What a template reads besides its row's element: the item templates and the filing's computed values.
struct Sources {
  const json& items;
  const json& computed;
};

// Lookup: the first non-empty of the path's alternatives ("days??$computed.overdue_days"); a
// $computed. alternative reads the filing's computed values instead of the element.
const json* Lookup(const std::string& path, const json& value, const Sources& sources) {
  const json* found = nullptr;
  for (const cases::ValueReference& alternative : cases::ValueReferences(path)) {
    found = Resolve(alternative.computed ? sources.computed : value, alternative.path);
    if (!Empty(found)) break;
  }
  return found;
}

std::string Plain(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "是" : "否";
  if (value.is_number()) return value.dump();
  return kBlank;
}

std::optional<int64_t> Fen(const json& value) { return value.is_number() ? law::JsonScaled(value, 2) : std::nullopt; }

bool Matches(const json& value, const std::string& expected) {
  if (value.is_array()) {  // a multiple choice ticks every box it holds
    for (const json& choice : value) {
      if (Matches(choice, expected)) return true;
    }
    return false;
  }
  if (value.is_boolean())
    return (expected == "true") == value.get<bool>() && (expected == "true" || expected == "false");
  if (value.is_number()) return value.dump() == expected;
  return value.is_string() && value.get_ref<const std::string&>() == expected;
}

std::string Fill(std::string_view text, const json& value, const Sources& sources, int depth);

// ItemTemplate: the template named `name`, chosen by its "by" field when it has one.
std::string ItemTemplate(const json& items, const std::string& name, const json& element) {
  if (!items.is_object() || !items.contains(name)) return "";
  const json& item = items[name];
  if (item.is_string()) return item.get<std::string>();
  if (!item.is_object() || !item.contains("by") || !item["by"].is_string() || !element.is_object()) return "";
  const json* choice = Resolve(element, item["by"].get<std::string>());
  if (choice == nullptr || !choice->is_string() || !item.contains(choice->get<std::string>())) return "";
  const json& chosen = item[choice->get<std::string>()];
  return chosen.is_string() ? chosen.get<std::string>() : "";
}

std::string Format(const Placeholder& placeholder, const json* found, const Sources& sources, int depth) {
  const std::string& filter = placeholder.filter;
  if (filter == "check") return found != nullptr && Matches(*found, placeholder.argument) ? "☑" : "☐";
  if (Empty(found)) return kBlank;
  if (filter == "date") {
    if (found->is_string()) return ChineseDate(found->get<std::string>()).value_or(found->get<std::string>());
    return Plain(*found);
  }
  if (filter == "yuan" || filter == "capital") {
    const std::optional<int64_t> fen = Fen(*found);
    if (!fen) return Plain(*found);
    return filter == "yuan" ? law::FormatFen(*fen) : CapitalYuan(*fen);
  }
  if (filter == "percent") return Plain(*found) + "%";
  if (filter == "list") {
    if (!found->is_array() || found->empty()) return kBlank;
    std::string out;
    for (const json& element : *found) {
      if (!out.empty()) out += "\n";
      out += depth < kMaxDepth
                 ? Fill(ItemTemplate(sources.items, placeholder.argument, element), element, sources, depth + 1)
                 : kBlank;
    }
    return out;
  }
  return Plain(*found);
}

std::string Fill(std::string_view text, const json& value, const Sources& sources, int depth) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find('{', at);
    const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) {
      out += text.substr(at);
      break;
    }
    out += text.substr(at, open - at);
    const Placeholder placeholder = Parse(text.substr(open + 1, close - open - 1));
    out += Format(placeholder, Lookup(placeholder.path, value, sources), sources, depth);
    at = close + 1;
  }
  return out;
}

}  // namespace

std::string FillTemplate(std::string_view text, const json& value, const json& items, const json& computed) {
  return Fill(text, value, Sources{.items = items, .computed = computed}, 0);
}

json Placeholders(std::string_view text) {
  json list = json::array();
  for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    const Placeholder placeholder = Parse(text.substr(open + 1, close - open - 1));
    list.push_back({{"path", placeholder.path}, {"filter", placeholder.filter}, {"argument", placeholder.argument}});
  }
  return list;
}

}  // namespace yaosu::filing

#include "core/batch/batch_rows.h"

#include <algorithm>

#include "core/batch/cell_value.h"
#include "core/json/pointer.h"

namespace yaosu::batch {
namespace {

using nlohmann::json;

// A list entry is kept, while the row is read, as a member "#<entry number>" (zero-padded, so
// members sort by number), a place of a fixed list as "@<place>"; Materialize turns those objects
// into arrays: entries closed up (被告1 and 被告3 are two defendants), places kept (the mediation
// block's third statement stays the third, an empty place before it is null — a problem there).
std::string EntryMember(std::size_t number, bool place) {
  std::string digits = std::to_string(number);
  return (place ? "@" : "#") + std::string(6 - std::min<std::size_t>(6, digits.size()), '0') + digits;
}

void Set(json& draft, const Column& column, json value) {
  json* node = &draft;
  for (std::size_t i = 0; i < column.tokens.size(); ++i) {
    const bool place = i < column.places.size() && column.places[i];
    const std::string member =
        column.entries[i] ? EntryMember(std::stoul(column.tokens[i]) + 1, place) : column.tokens[i];
    node = &(*node)[member];
  }
  *node = std::move(value);
}

// ListKind: '#' (entries), '@' (places) or 0 when `node` is no list being read.
char ListKind(const json& node) {
  if (!node.is_object() || node.empty()) return 0;
  const char kind = node.begin().key()[0];
  if (kind != '#' && kind != '@') return 0;
  const bool same =
      std::all_of(node.items().begin(), node.items().end(), [kind](const auto& item) { return item.key()[0] == kind; });
  return same ? kind : 0;
}

// Materialize: `draft` with its entry objects turned into arrays, the entry numbers kept by pointer.
json Materialize(const json& draft, const std::string& pointer,
                 std::map<std::string, std::vector<std::size_t>>& numbers) {
  if (!draft.is_object()) return draft;
  if (const char kind = ListKind(draft); kind != 0) {
    json list = json::array();
    std::vector<std::size_t>& entry_numbers = numbers[pointer];
    for (const auto& [member, value] : draft.items()) {
      const std::size_t number = std::stoul(member.substr(1));
      while (kind == '@' && list.size() + 1 < number) {
        entry_numbers.push_back(list.size() + 1);
        list.push_back(nullptr);
      }
      entry_numbers.push_back(number);
      list.push_back(Materialize(value, pointer + "/" + std::to_string(list.size()), numbers));
    }
    return list;
  }
  json object = json::object();
  for (const auto& [member, value] : draft.items()) {
    object[member] = Materialize(value, pointer + "/" + EscapePointerToken(member), numbers);
  }
  return object;
}

Diagnostic HeaderProblem(Diagnostic problem, std::size_t column) {
  problem.params["column"] = column;
  return problem;
}

}  // namespace

std::string ColumnLetters(std::size_t number) {
  std::string letters;
  while (number > 0) {
    letters.insert(letters.begin(), static_cast<char>('A' + (number - 1) % 26));
    number = (number - 1) / 26;
  }
  return letters;
}

Result<BatchHeader> ReadBatchHeader(const FormTable& table, const std::vector<std::string>& header) {
  BatchHeader batch;
  batch.header = header;
  Diagnostics problems;
  std::map<std::string, std::size_t> seen;  // key → column
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (TrimCell(header[i]).empty()) {
      batch.columns.push_back(Column{});  // an empty header cell: its cells must be empty too
      continue;
    }
    Result<Column> column = table.Resolve(header[i]);
    if (!column.ok()) {
      for (const Diagnostic& problem : column.diagnostics()) problems.push_back(HeaderProblem(problem, i + 1));
      batch.columns.push_back(Column{});
      continue;
    }
    if (const auto [first, inserted] = seen.emplace(column->key, i + 1); !inserted) {
      problems.push_back(HeaderProblem(
          Diagnostic{.code = "batch.header.duplicate_key", .params = {{"key", column->key}, {"first", first->second}}},
          i + 1));
    }
    batch.columns.push_back(std::move(*column));
  }
  if (!problems.empty()) return problems;
  return batch;
}

BatchRow ReadBatchRow(const BatchHeader& header, const CsvRecord& record) {
  BatchRow row{.number = record.number,
               .line = record.line,
               .instance = json::object(),
               .cell_problems = {},
               .entry_numbers = {}};
  json draft = json::object();
  for (std::size_t i = 0; i < record.cells.size(); ++i) {
    if (TrimCell(record.cells[i]).empty()) continue;
    if (i >= header.columns.size() || header.columns[i].leaf == nullptr) {
      row.cell_problems.push_back(Diagnostic{.code = "batch.cell.outside_table",
                                             .params = {{"column", i + 1}, {"key", ""}, {"text", record.cells[i]}}});
      continue;
    }
    const Column& column = header.columns[i];
    Result<std::optional<json>> value = CellValue(record.cells[i], *column.leaf);
    if (!value.ok()) {
      for (Diagnostic problem : value.diagnostics()) {
        problem.params["column"] = i + 1;
        problem.params["key"] = column.key;
        row.cell_problems.push_back(std::move(problem));
      }
      continue;
    }
    if (value->has_value()) Set(draft, column, std::move(**value));
  }
  row.instance = Materialize(draft, "", row.entry_numbers);
  return row;
}

CellPlace BatchHeader::Place(const BatchRow& row, const Diagnostic& diagnostic) const {
  CellPlace place{.row = row.number, .column = 0, .key = ""};
  if (diagnostic.params.contains("column") && diagnostic.params["column"].is_number_unsigned()) {
    place.column = diagnostic.params["column"].get<std::size_t>();
    place.key = diagnostic.params.value("key", "");
    return place;
  }
  const std::optional<std::vector<std::string>> tokens = ParsePointer(diagnostic.instance_location);
  std::string pointer;
  if (tokens) {
    for (const std::string& token : *tokens) {
      const auto list = row.entry_numbers.find(pointer);
      const std::optional<std::size_t> index = ParseArrayIndex(token);
      std::string part = token;
      if (list != row.entry_numbers.end() && index) {
        part = std::to_string(*index < list->second.size() ? list->second[*index] : *index + 1);
      }
      place.key += (place.key.empty() ? "" : ".") + part;
      pointer += "/" + EscapePointerToken(token);
    }
  }
  // A missing element is named by the key of the column that would give it.
  if (diagnostic.params.contains("missing") && diagnostic.params["missing"].is_string()) {
    place.key += (place.key.empty() ? "" : ".") + diagnostic.params["missing"].get<std::string>();
  }
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (!columns[i].key.empty() && columns[i].key == place.key) place.column = i + 1;
  }
  return place;
}

std::string BatchHeader::ColumnName(const CellPlace& place) const {
  if (place.column == 0) return place.key;
  const std::string header_text = place.column <= header.size() ? header[place.column - 1] : "";
  return ColumnLetters(place.column) + (header_text.empty() ? "" : " " + header_text);
}

}  // namespace yaosu::batch

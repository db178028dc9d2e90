// File: FormTable — a form laid out as a table, one column per element a
// person fills: what the batch template lists and what a header cell names.
//
// A column's key is the element's path with dots, list entries numbered from 1
// (`defendants.2.name`, `claims.principal.amount`); its label is the form's own
// words (`被告2·姓名`, `本金·尚欠本金（元）`). A header cell holds a label and a
// key, `被告2·姓名 [defendants.2.name]`; people read the label, the reader takes
// the key in brackets (a cell without brackets is a key, or a label the
// template prints).
//
//   Result<FormTable> table = FormTable::Of(*form, library.shared_schemas());
//   std::string header = table->TemplateCsv(2);            // every element, lists to 2 entries
//   Result<Column> column = table->Resolve("被告1·姓名 [defendants.1.name]");
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/cases/case_form.h"
#include "core/diagnostics/result.h"

namespace yaosu::batch {

// Choice: one value an element may take, with the form's words for it.
struct Choice {
  nlohmann::json value;
  std::string zh, en;
};

// Leaf: what a cell of an element may say — the schema's types, format and choices.
struct Leaf {
  std::vector<std::string> types;  // "string", "number", "integer", "boolean" as the schema allows
  std::string format;              // "date", … (empty when none)
  std::vector<Choice> choices;     // enum and const values
};

// Column: one element a cell fills.
struct Column {
  std::string key;                  // "defendants.2.name"
  std::vector<std::string> tokens;  // its JSON Pointer tokens: {"defendants", "1", "name"}
  std::vector<bool> entries;        // which tokens are list entries: {false, true, false}
  std::vector<bool> places;         // which entries are places of a fixed list (prefixItems): kept, never closed up
  std::string zh, en;               // its label
  const Leaf* leaf = nullptr;       // owned by the FormTable
};

class FormTable {
 public:
  // Of: the table of `form`; `shared` holds the schemas its schema refers to by $id (CaseLibrary::shared_schemas).
  static Result<FormTable> Of(const cases::CaseForm& form, const std::map<std::string, std::string>& shared);

  // Columns: every element, each list to `entries` entries (at most its maxItems).
  std::vector<Column> Columns(std::size_t entries) const;

  // TemplateCsv: the header line of a blank batch table (UTF-8 with BOM, CRLF).
  std::string TemplateCsv(std::size_t entries) const;
  // ColumnsJson: {"form": identity, "columns": [{"key", "zh", "en", "types", "format", "choices": [{"value", "zh",
  // "en"}]}]} — what each column of the table takes.
  nlohmann::json ColumnsJson(std::size_t entries) const;

  // Resolve: the column a header cell names. Diagnostics: batch.header.unknown_key {key},
  // batch.header.bad_entry {key, entry, max} (an entry number past the list's maxItems or not from 1).
  Result<Column> Resolve(std::string_view header_cell) const;

  const cases::CaseForm& form() const { return *form_; }

  struct Node;  // the form's elements as a tree (form_table.cpp)

  FormTable(FormTable&&) noexcept;
  FormTable& operator=(FormTable&&) noexcept;
  ~FormTable();

 private:
  FormTable();

  const cases::CaseForm* form_ = nullptr;
  std::unique_ptr<Node> root_;
  std::map<std::string, std::string> keys_by_label_;  // the template's labels (3 entries a list) → keys
};

}  // namespace yaosu::batch

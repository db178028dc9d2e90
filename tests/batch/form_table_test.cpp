#include "core/batch/form_table.h"

#include <gtest/gtest.h>

#include <set>

#include "core/cases/case_library.h"
#include "tests/support/source_tree.h"

namespace yaosu::batch {
namespace {

using yaosu::testing::BuiltinLibrary;

FormTable TableOf(std::string_view case_type, std::string_view form) {
  const cases::CaseForm* found = BuiltinLibrary().Find(case_type, form);
  EXPECT_NE(found, nullptr);
  Result<FormTable> table = FormTable::Of(*found, BuiltinLibrary().shared_schemas());
  EXPECT_TRUE(table.ok());
  return std::move(*table);
}

const Column* Find(const std::vector<Column>& columns, std::string_view key) {
  for (const Column& column : columns) {
    if (column.key == key) return &column;
  }
  return nullptr;
}

TEST(FormTable, NamesEachElementByItsKeyAndTheFormsWords) {
  const FormTable table = TableOf("credit-card", "complaint");
  const std::vector<Column> columns = table.Columns(2);
  const Column* name = Find(columns, "defendants.2.name");
  ASSERT_NE(name, nullptr);
  EXPECT_TRUE(name->zh.starts_with("被告2·")) << name->zh;
  EXPECT_EQ(name->tokens, (std::vector<std::string>{"defendants", "1", "name"}));
  EXPECT_EQ(name->entries, (std::vector<bool>{false, true, false}));
  EXPECT_EQ(Find(columns, "defendants.3.name"), nullptr);  // two entries a list, as asked
  const Column* principal = Find(columns, "claims.principal.amount");
  ASSERT_NE(principal, nullptr);
  EXPECT_NE(principal->zh.find("本金"), std::string::npos) << principal->zh;
  EXPECT_EQ(principal->leaf->types, (std::vector<std::string>{"number"}));
  const Column* date = Find(columns, "signature.date");
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->leaf->format, "date");
  // Both kinds of party: a bank's row fills the organisation's columns, a cardholder's the person's.
  EXPECT_NE(Find(columns, "plaintiffs.1.uscc"), nullptr);
  EXPECT_NE(Find(columns, "defendants.1.id_number"), nullptr);
  const Column* kind = Find(columns, "defendants.1.kind");
  ASSERT_NE(kind, nullptr);
  ASSERT_EQ(kind->leaf->choices.size(), 2u);
  // The mediation block's five statements, no sixth.
  const std::vector<Column> many = table.Columns(9);
  EXPECT_NE(Find(many, "mediation.understands_benefits.5"), nullptr);
  EXPECT_EQ(Find(many, "mediation.understands_benefits.6"), nullptr);
  // An element without words of its own is named by its choices or its title, not by its key.
  EXPECT_EQ(Find(columns, "defendants.1.kind")->zh.find("kind"), std::string::npos);
  EXPECT_EQ(Find(columns, "defendants.1.phone")->zh, "被告1·联系电话");
}

TEST(FormTable, ResolvesAHeaderCellByItsKeyOrItsLabel) {
  const FormTable table = TableOf("credit-card", "complaint");
  Result<Column> column = table.Resolve("被告7·随便写 [defendants.7.name]");
  ASSERT_TRUE(column.ok());
  EXPECT_EQ(column->tokens, (std::vector<std::string>{"defendants", "6", "name"}));
  EXPECT_TRUE(column->zh.starts_with("被告7·"));
  const std::vector<Column> columns = table.Columns(1);
  const Column* date = Find(columns, "signature.date");
  ASSERT_NE(date, nullptr);
  Result<Column> by_label = table.Resolve(" " + date->zh + " ");
  ASSERT_TRUE(by_label.ok()) << date->zh;
  EXPECT_EQ(by_label->key, "signature.date");
  EXPECT_EQ(table.Resolve("defendants.0.name").diagnostics().front().code, "batch.header.bad_entry");
  EXPECT_EQ(table.Resolve("defendants.51.name").diagnostics().front().code, "batch.header.bad_entry");
  EXPECT_TRUE(table.Resolve("defendants.50.name").ok());
  EXPECT_EQ(table.Resolve("defendants.x.name").diagnostics().front().code, "batch.header.bad_entry");
  EXPECT_EQ(table.Resolve("claims.principal").diagnostics().front().code, "batch.header.unknown_key");  // not a cell
  EXPECT_EQ(table.Resolve("claims.nothing").diagnostics().front().code, "batch.header.unknown_key");
  EXPECT_EQ(table.Resolve("[]").diagnostics().front().code, "batch.header.unknown_key");
}

TEST(FormTable, EveryFormHasATableWhoseColumnsNameThemselves) {
  for (const cases::CaseForm* form : BuiltinLibrary().CurrentForms()) {
    Result<FormTable> table = FormTable::Of(*form, BuiltinLibrary().shared_schemas());
    ASSERT_TRUE(table.ok()) << form->id();
    const std::vector<Column> columns = table->Columns(1);
    EXPECT_GT(columns.size(), 20u) << form->id();
    std::set<std::string> keys;
    for (const Column& column : columns) {
      EXPECT_TRUE(keys.insert(column.key).second) << form->id() << " " << column.key;
      EXPECT_FALSE(column.zh.empty()) << form->id() << " " << column.key;
      Result<Column> again = table->Resolve(column.zh + " [" + column.key + "]");
      ASSERT_TRUE(again.ok()) << form->id() << " " << column.key;
      EXPECT_EQ(again->tokens, column.tokens);
      EXPECT_EQ(again->zh, column.zh);
    }
    const std::string csv = table->TemplateCsv(1);
    EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBF"));
    EXPECT_TRUE(csv.ends_with("\r\n"));
  }
}

}  // namespace
}  // namespace yaosu::batch

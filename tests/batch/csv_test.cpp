#include "core/batch/csv.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace yaosu::batch {
namespace {

using Cells = std::vector<std::string>;

CsvTable Read(std::string_view text, const CsvLimits& limits = {}) {
  Result<CsvTable> table = ReadCsv(text, limits);
  EXPECT_TRUE(table.ok()) << (table.ok() ? "" : table.diagnostics().front().code);
  return table.ok() ? *table : CsvTable{};
}

Diagnostic Refusal(std::string_view text, const CsvLimits& limits = {}) {
  Result<CsvTable> table = ReadCsv(text, limits);
  EXPECT_FALSE(table.ok());
  return table.ok() ? Diagnostic{} : table.diagnostics().front();
}

TEST(Csv, ReadsQuotedCellsWithDelimitersQuotesAndLineBreaks) {
  const CsvTable table = Read("名称,说明\r\n\"甲公司, 有限\",\"他说\"\"还款\"\"\r\n第二行\"\r\n乙,丙\r\n");
  EXPECT_EQ(table.header, (Cells{"名称", "说明"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].cells, (Cells{"甲公司, 有限", "他说\"还款\"\n第二行"}));
  EXPECT_EQ(table.rows[0].line, 2u);
  EXPECT_EQ(table.rows[1].cells, (Cells{"乙", "丙"}));
  EXPECT_EQ(table.rows[1].line, 4u);  // the cell above took two lines
  EXPECT_EQ(table.rows[1].number, 3u);
}

TEST(Csv, DropsTheBomAndReadsEveryLineEnd) {
  for (const std::string end : {"\n", "\r\n", "\r"}) {
    const CsvTable table = Read("\xEF\xBB\xBF" "a,b" + end + "1,2" + end + "3,4");
    EXPECT_EQ(table.header, (Cells{"a", "b"})) << "line end " << end.size();
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[1].cells, (Cells{"3", "4"}));
  }
}

TEST(Csv, SkipsBlankLinesButCountsThemAsSpreadsheetRows) {
  const CsvTable table = Read("a,b\n\n,\n1,2\n");
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0].number, 4u);
  EXPECT_EQ(table.rows[0].line, 4u);
}

TEST(Csv, TakesTheDelimiterTheHeaderUses) {
  EXPECT_EQ(Read("a\tb\tc\n1\t2,5\t3\n").rows[0].cells, (Cells{"1", "2,5", "3"}));
  EXPECT_EQ(Read("a;b\n1;2\n").rows[0].cells, (Cells{"1", "2"}));
  EXPECT_EQ(Read("\"a;b\",c\n1,2\n").delimiter, ',');  // a quoted ';' does not count
}

TEST(Csv, KeepsEmptyCellsAndATrailingOne) {
  EXPECT_EQ(Read("a,b,c\n1,,\n").rows[0].cells, (Cells{"1", "", ""}));
}

TEST(Csv, KeepsAQuoteInsideAnUnquotedCellAsWritten) {
  EXPECT_EQ(Read("a\n5\"屏\n").rows[0].cells, (Cells{"5\"屏"}));
}

TEST(Csv, RefusesMalformedTablesNamingTheLine) {
  Diagnostic problem = Refusal("a,b\n1,\"open\n2,3\n");
  EXPECT_EQ(problem.code, "batch.csv.unterminated_quote");
  EXPECT_EQ(problem.params["line"], 2);
  problem = Refusal("a,b\n1,2\n\"x\"y,3\n");
  EXPECT_EQ(problem.code, "batch.csv.text_after_quote");
  EXPECT_EQ(problem.params["line"], 3);
  EXPECT_EQ(problem.params["column"], 1);
  problem = Refusal("a,b\n1,2\n3,\xD5\xC5\n");  // GBK bytes not decoded first
  EXPECT_EQ(problem.code, "batch.csv.invalid_utf8");
  EXPECT_EQ(problem.params["line"], 3);
  EXPECT_EQ(Refusal("").code, "batch.csv.empty");
  EXPECT_EQ(Refusal("\n\n,,\n").code, "batch.csv.empty");
}

TEST(Csv, LimitsHoldAtTheLimitAndRefuseOnePast) {
  const CsvLimits limits{.max_bytes = 20, .max_records = 3, .max_columns = 3, .max_cell_bytes = 4};
  Read("a,b,c\n1,2,3\n4,5,6\n", limits);  // 18 bytes, 3 records, 3 columns
  EXPECT_EQ(Refusal("a,b,c\n1,2,3\n4,5,6\n7,8\n", limits).code, "batch.csv.too_large");
  EXPECT_EQ(Refusal("a\n1\n2\n3\n", limits).code, "batch.csv.too_many_rows");
  EXPECT_EQ(Refusal("a,b,c,d\n", limits).code, "batch.csv.too_many_columns");
  Read("abcd\n\"wxyz\"\n", limits);
  EXPECT_EQ(Refusal("abcde\n", limits).code, "batch.csv.cell_too_long");
  EXPECT_EQ(Refusal("a\n\"vwxyz\"\n", limits).code, "batch.csv.cell_too_long");
}

TEST(Csv, WritesCellsASpreadsheetCannotRunAsFormulas) {
  EXPECT_EQ(CsvCell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(CsvCell("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
  EXPECT_EQ(CsvCell("-2+3"), "'-2+3");
  EXPECT_EQ(CsvCell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvCell("\tx"), "\"'\tx\"");
  EXPECT_EQ(CsvCell("张三"), "张三");
  EXPECT_EQ(CsvCell("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvRecordText({"a", "第一行\n第二行"}), "a,\"第一行\n第二行\"\r\n");
}

TEST(Csv, WhatItWritesItReadsBack) {
  const Cells cells = {"甲,乙", "他说\"好\"", "两\n行", "", "普通"};
  EXPECT_EQ(Read(CsvRecordText({"1", "2", "3", "4", "5"}) + CsvRecordText(cells)).rows[0].cells, cells);
}

}  // namespace
}  // namespace yaosu::batch

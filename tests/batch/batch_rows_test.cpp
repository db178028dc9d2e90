// A table row read as form data: list entries numbered with a gap are closed up
// (被告1 and 被告3 are two defendants, and a problem of the second is said at
// 被告3's column), while the places of a fixed list keep their meaning (the
// mediation block's third statement stays the third; an empty place before it
// is a problem at its own column).
#include "core/batch/batch_rows.h"

#include <gtest/gtest.h>

#include "core/cases/case_library.h"
#include "tests/support/source_tree.h"

namespace yaosu::batch {
namespace {

using yaosu::testing::BuiltinLibrary;

using nlohmann::json;

struct ReadRow {
  BatchHeader header;
  BatchRow row;
};

ReadRow Read(const std::vector<std::string>& header_cells, const std::vector<std::string>& cells) {
  Result<FormTable> table =
      FormTable::Of(*BuiltinLibrary().Find("credit-card", "complaint"), BuiltinLibrary().shared_schemas());
  EXPECT_TRUE(table.ok());
  Result<BatchHeader> header = ReadBatchHeader(*table, header_cells);
  EXPECT_TRUE(header.ok());
  return {*header, ReadBatchRow(*header, CsvRecord{.line = 2, .number = 2, .cells = cells})};
}

TEST(BatchRows, ListEntriesWithAGapAreClosedUpAndStillNamedByTheirColumn) {
  const ReadRow read = Read({"defendants.1.name", "defendants.3.name"}, {"刘建军", "王芳"});
  EXPECT_EQ(read.row.instance["defendants"], json::parse(R"([{"name": "刘建军"}, {"name": "王芳"}])"));
  const CellPlace place = read.header.Place(
      read.row,
      Diagnostic{.code = "schema.required", .instance_location = "/defendants/1", .params = {{"missing", "name"}}});
  EXPECT_EQ(place.key, "defendants.3.name");
  EXPECT_EQ(place.column, 2u);
}

TEST(BatchRows, PlacesOfAFixedListKeepTheirMeaning) {
  const ReadRow read = Read({"mediation.understands_benefits.1", "mediation.understands_benefits.3"}, {"是", "否"});
  EXPECT_EQ(read.row.instance["mediation"]["understands_benefits"], json::parse("[true, null, false]"));
  const CellPlace place = read.header.Place(
      read.row, Diagnostic{.code = "schema.type", .instance_location = "/mediation/understands_benefits/1"});
  EXPECT_EQ(place.key, "mediation.understands_benefits.2");
  EXPECT_EQ(place.column, 0u);  // no column for it: the key names the one to add
  const CellPlace third = read.header.Place(
      read.row, Diagnostic{.code = "schema.type", .instance_location = "/mediation/understands_benefits/2"});
  EXPECT_EQ(third.column, 2u);
}

}  // namespace
}  // namespace yaosu::batch

// File: TableGrid — how a Table's cells sit on its grid of columns, worked out
// once for both renderers so the HTML and the DOCX tables have the same shape.
//
//   TableGrid grid = LayOutTable(table, 9638);   // the A4 text width in twips
//   grid.widths[0] + grid.widths[1] + ...        == 9638
//   grid.header_rows                              // rows repeated on each page
#pragma once

#include <vector>

#include "core/render/document.h"

namespace yaosu::render {

struct TableGrid {
  // widths: one per grid column, adding up exactly to the total asked for.
  std::vector<int> widths;
  // header_rows: how many rows at the top consist only of header cells.
  int header_rows = 0;
};

// LayOutTable: the grid of `table` with its widths shared out of `total`. There
// are as many columns as the widest row spans (or column_widths_percent
// names, if more); widths follow column_widths_percent when it names exactly
// that many positive widths, else the columns are equal.
TableGrid LayOutTable(const Table& table, int total);

// ColumnSpan: a cell's span, at least 1.
int ColumnSpan(const Cell& cell);

}  // namespace yaosu::render

#include "core/render/table_grid.h"

#include <algorithm>
#include <cstdint>

namespace yaosu::render {

int ColumnSpan(const Cell& cell) { return std::max(1, cell.column_span); }

TableGrid LayOutTable(const Table& table, int total) {
  TableGrid grid;
  std::size_t columns = table.column_widths_percent.size();
  for (const auto& row : table.rows) {
    std::size_t spanned = 0;
    for (const Cell& cell : row) spanned += static_cast<std::size_t>(ColumnSpan(cell));
    columns = std::max(columns, spanned);
  }
  if (columns == 0) return grid;

  std::vector<std::int64_t> shares(columns, 1);
  const bool given = table.column_widths_percent.size() == columns &&
                     std::all_of(table.column_widths_percent.begin(), table.column_widths_percent.end(),
                                 [](int width) { return width > 0; });
  if (given) std::copy(table.column_widths_percent.begin(), table.column_widths_percent.end(), shares.begin());
  std::int64_t sum = 0;
  for (std::int64_t share : shares) sum += share;

  // Cumulative rounding: each edge is placed on its own, so the widths add up
  // to `total` exactly whatever the shares are.
  std::int64_t before = 0;
  std::int64_t edge_before = 0;
  for (std::int64_t share : shares) {
    before += share;
    const std::int64_t edge = (before * total + sum / 2) / sum;
    grid.widths.push_back(static_cast<int>(edge - edge_before));
    edge_before = edge;
  }

  for (const auto& row : table.rows) {
    const bool all_header =
        !row.empty() && std::all_of(row.begin(), row.end(), [](const Cell& cell) { return cell.header; });
    if (!all_header) break;
    ++grid.header_rows;
  }
  return grid;
}

}  // namespace yaosu::render

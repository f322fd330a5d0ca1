// SPDX-License-Identifier: MIT
#include "layout/table_grid.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "util/error.hpp"

namespace cp::layout {

table_grid build_grid(const doc::table& t) {
  table_grid g;
  // Place every cell on a grid that grows to the right as rows ask for it.
  // A position is taken once a cell covers it (it is no longer padding).
  // Room for the given columns up front: rows seldom need more, and growing
  // cell by cell reallocated every row several times.
  std::vector<std::vector<grid_slot>> slots(t.rows.size());
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    slots[r].reserve(std::max(t.column_widths.size(), t.rows[r].cells.size()));
  auto ensure = [&](std::size_t r, std::size_t cols) {
    if (slots[r].size() < cols) slots[r].resize(cols);
  };
  auto taken = [&](std::size_t r, std::size_t c) {
    return c < slots[r].size() && slots[r][c].what != grid_slot::kind::padding;
  };
  std::size_t widest = 0;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::size_t col = 0;
    for (std::size_t c = 0; c < t.rows[r].cells.size(); ++c) {
      const auto& cell = t.rows[r].cells[c];
      if (cell.col_span < 1 || cell.row_span < 1)
        throw document_error(fmt::format("table row {} cell {} has a span below 1", r + 1, c + 1));
      while (taken(r, col)) ++col;
      auto cs = static_cast<std::size_t>(cell.col_span);
      auto rs = static_cast<std::size_t>(cell.row_span);
      if (r + rs > t.rows.size())
        throw document_error(
            fmt::format("table row {} cell {} spans past the last row", r + 1, c + 1));
      for (std::size_t dr = 0; dr < rs; ++dr) {
        ensure(r + dr, col + cs);
        for (std::size_t dc = 0; dc < cs; ++dc) {
          if (taken(r + dr, col + dc))
            throw document_error(
                fmt::format("table row {} cell {} overlaps another cell", r + 1, c + 1));
          grid_slot& s = slots[r + dr][col + dc];
          s.what = (dr == 0 && dc == 0) ? grid_slot::kind::origin : grid_slot::kind::covered;
          s.row = r;
          s.cell = c;
          s.col_offset = static_cast<int>(dc);
          s.row_offset = static_cast<int>(dr);
        }
      }
      col += cs;
      widest = std::max(widest, col);
    }
  }
  g.columns = t.column_widths.empty() ? widest : t.column_widths.size();
  if (widest > g.columns)
    throw document_error(fmt::format("table has {} column widths but a row needs {} columns",
                                     t.column_widths.size(), widest));
  for (auto& row : slots) row.resize(g.columns);  // short rows are padded
  g.slots = std::move(slots);
  return g;
}

std::vector<double> column_widths_mm(const doc::table& t, const table_grid& g, double total_mm) {
  std::vector<double> out(g.columns, g.columns ? total_mm / static_cast<double>(g.columns) : 0);
  if (t.column_widths.size() != g.columns) return out;
  double widest = 0;
  for (double w : t.column_widths) {
    if (!std::isfinite(w)) return out;
    widest = std::max(widest, w);
  }
  if (widest <= 0) return out;
  std::vector<double> shares;
  double sum = 0;
  for (double w : t.column_widths)
    sum += shares.emplace_back(std::max(w, widest * min_width_share));
  for (std::size_t i = 0; i < g.columns; ++i) out[i] = total_mm * shares[i] / sum;
  return out;
}

}  // namespace cp::layout

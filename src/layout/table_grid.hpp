// SPDX-License-Identifier: MIT
// Maps a table's rows of spanning cells onto its grid of columns.
#pragma once

#include <cstddef>
#include <vector>

#include "document/document.hpp"

namespace cp::layout {

// What occupies one grid position.
struct grid_slot {
  enum class kind {
    origin,   // top-left position of a cell
    covered,  // inside a cell that started to the left or above
    padding,  // the row ran out of cells: writers add an empty cell
  };
  kind what = kind::padding;
  std::size_t row = 0;  // row and index in that row of the cell that covers it
  std::size_t cell = 0;
  int col_offset = 0;  // position within the cell's span
  int row_offset = 0;
};

struct table_grid {
  std::size_t columns = 0;
  std::vector<std::vector<grid_slot>> slots;  // [row][column]

  const doc::table_cell& cell_at(const doc::table& t, const grid_slot& s) const {
    return t.rows[s.row].cells[s.cell];
  }
};

// Lays out the cells. Columns are those of column_widths, or of the widest row
// when no widths are given. Throws document_error on spans below 1, cells that
// overlap, or cells that reach past the last column or row.
table_grid build_grid(const doc::table& t);

// Column widths in mm that fill `total_mm` in proportion to column_widths
// (equal widths where none are given, or where they are not finite). No
// column is narrower than a hundredth of the widest (min_width_share): the
// formats need every column to have a width.
inline constexpr double min_width_share = 0.01;
std::vector<double> column_widths_mm(const doc::table& t, const table_grid& g, double total_mm);

}  // namespace cp::layout

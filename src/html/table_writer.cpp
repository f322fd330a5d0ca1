// SPDX-License-Identifier: MIT
// Tables: caption, column widths, header rows as <thead> with <th scope>,
// spanning cells, and the cells a short row leaves empty.
#include <fmt/format.h>

#include "html/block_writer.hpp"
#include "html/inline_writer.hpp"

namespace cp::html::detail {
namespace {

std::string percent(double part, double whole) {
  std::string s = fmt::format("{:.2f}", whole > 0 ? 100.0 * part / whole : 0.0);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

void block_writer::write_caption(const doc::inlines& caption) {
  const style::caption_look& look = ctx_.hs.caption;
  // "Table N: ...", numbered as the other formats number it (again from 1 in each part).
  w_.open("caption").attr("class", ctx_.names.paragraph("caption"));
  inline_writer text(w_, ctx_, text_width_mm_);
  text.write_text(fmt::format("{} {}{}", look.table_label, ++ctx_.caption_number, look.separator));
  text.write(caption);
  w_.close();
}

void block_writer::write_row(const doc::table& t, const layout::table_grid& g,
                             const std::vector<double>& widths, std::size_t row, bool header) {
  w_.open("tr");
  for (std::size_t c = 0; c < g.columns; ++c) {
    const layout::grid_slot& slot = g.slots[row][c];
    if (slot.what == layout::grid_slot::kind::covered) continue;
    if (slot.what == layout::grid_slot::kind::padding) {
      w_.open("td").close();
      continue;
    }
    const doc::table_cell& cell = g.cell_at(t, slot);
    if (header)
      w_.open("th").attr_plain("scope", cell.col_span > 1 ? "colgroup" : "col");
    else
      w_.open("td");
    if (cell.col_span > 1) w_.attr_plain("colspan", fmt::format("{}", cell.col_span));
    if (cell.row_span > 1) w_.attr_plain("rowspan", fmt::format("{}", cell.row_span));
    // Pictures in the cell fit the cell, not the page.
    double width = 0;
    for (std::size_t k = c; k < c + static_cast<std::size_t>(cell.col_span) && k < widths.size();
         ++k)
      width += widths[k];
    block_writer inside(w_, ctx_, std::max(1.0, width - 2 * ctx_.hs.table.cell_padding_mm));
    inside.write_blocks(cell.blocks);
    w_.close();
  }
  w_.close();
}

void block_writer::write_node(const doc::table& t, int) {
  layout::table_grid g = layout::build_grid(t);
  std::vector<double> widths = layout::column_widths_mm(t, g, text_width_mm_);
  double total = 0;
  for (double w : widths) total += w;
  w_.open("table");
  if (!t.caption.empty()) write_caption(t.caption);
  w_.open("colgroup");
  for (double w : widths)
    w_.open_void("col").attr_plain("style", "width:" + percent(w, total) + "%");
  w_.close();
  auto header_rows = std::min(static_cast<std::size_t>(std::max(0, t.header_rows)), t.rows.size());
  if (header_rows > 0) {
    // Repeated at the top of every printed page the table runs onto (css.cpp).
    w_.open("thead");
    for (std::size_t r = 0; r < header_rows; ++r) write_row(t, g, widths, r, true);
    w_.close();
  }
  if (header_rows < t.rows.size()) {
    w_.open("tbody");
    for (std::size_t r = header_rows; r < t.rows.size(); ++r) write_row(t, g, widths, r, false);
    w_.close();
  }
  w_.close();
}

}  // namespace cp::html::detail

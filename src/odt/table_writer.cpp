// SPDX-License-Identifier: MIT
// Tables: caption, columns, repeated header rows, spanning and covered cells.
#include <fmt/format.h>

#include "odt/body_writer.hpp"
#include "odt/inline_writer.hpp"
#include "odt/style_properties.hpp"
#include "util/units.hpp"

namespace cp::odt::detail {

void body_writer::write_caption(const doc::inlines& caption) {
  const style::caption_look& look = ctx_.hs.caption;
  std::size_t ref = ++ctx_.ids.captions;
  std::size_t number = ++ctx_.ids.caption_number;
  w_.open("text:p").attr("text:style-name", paragraph_style("caption", ""));
  inline_writer text(w_, ctx_, pool_, text_width_mm_);
  text.write_text(look.table_label + " ");
  // A real caption sequence: LibreOffice renumbers it and lists it in a
  // table index. The first caption of a part sets the count back to 1.
  bool restart = number == 1 && ctx_.ids.captions_restarted;
  w_.open("text:sequence")
      .attr("text:ref-name", fmt::format("ref{}{}", look.table_label, ref - 1))
      .attr("text:name", look.table_label)
      .attr("text:formula",
            restart ? std::string("ooow:1") : fmt::format("ooow:{}+1", look.table_label))
      .attr("style:num-format", "1")
      .text(fmt::format("{}", number))
      .close();
  text.write_text(look.separator);
  text.write(caption);
  w_.close();
}

const std::string& body_writer::cell_style(bool header) {
  // Every cell has one of two styles: build each once, not for every cell.
  std::string& name = cell_styles_[header ? 1 : 0];
  if (name.empty()) name = make_cell_style(header);
  return name;
}

std::string body_writer::make_cell_style(bool header) {
  const style::table_look& look = ctx_.hs.table;
  style_spec spec;
  spec.family = style_family::table_cell;
  property_element& props = spec.properties.get("style:table-cell-properties");
  props.set("fo:padding", units::odf_mm(look.cell_padding_mm));
  props.set("fo:border", odf_border(look.border_pt, look.border_colour));
  if (header && !look.header_fill.empty())
    props.set("fo:background-color", odf_colour(look.header_fill));
  return pool_.find_or_add(spec);
}

void body_writer::write_table_cell(const doc::table& t, const layout::table_grid& g,
                                   const std::vector<double>& widths, std::size_t row,
                                   std::size_t column) {
  const layout::grid_slot& slot = g.slots[row][column];
  if (slot.what == layout::grid_slot::kind::covered) {
    w_.empty("table:covered-table-cell");
    return;
  }
  bool header = static_cast<int>(row) < t.header_rows;
  w_.open("table:table-cell")
      .attr("table:style-name", cell_style(header))
      .attr("office:value-type", "string");
  if (slot.what == layout::grid_slot::kind::padding) {
    write_empty_paragraph(header ? "table-heading" : "table-text");
    w_.close();
    return;
  }
  const doc::table_cell& cell = g.cell_at(t, slot);
  if (cell.col_span > 1) w_.attr("table:number-columns-spanned", cell.col_span);
  if (cell.row_span > 1) w_.attr("table:number-rows-spanned", cell.row_span);
  if (cell.blocks.empty()) {
    write_empty_paragraph(header ? "table-heading" : "table-text");
  } else {
    // Pictures in the cell fit the cell, not the page.
    double saved = text_width_mm_;
    double width = 0;
    for (std::size_t c = column;
         c < column + static_cast<std::size_t>(cell.col_span) && c < widths.size(); ++c)
      width += widths[c];
    text_width_mm_ = std::max(1.0, width - 2 * ctx_.hs.table.cell_padding_mm);
    write_blocks(cell.blocks);
    text_width_mm_ = saved;
  }
  w_.close();
}

void body_writer::write_table_row(const doc::table& t, const layout::table_grid& g,
                                  const std::vector<double>& widths, std::size_t row) {
  w_.open("table:table-row");
  for (std::size_t c = 0; c < g.columns; ++c) write_table_cell(t, g, widths, row, c);
  w_.close();
}

void body_writer::write_table(const doc::table& t) {
  layout::table_grid g = layout::build_grid(t);
  std::vector<double> widths = layout::column_widths_mm(t, g, text_width_mm_);
  if (!t.caption.empty()) write_caption(t.caption);

  style_spec table;
  table.family = style_family::table;
  table.properties.get("style:table-properties")
      .set("style:width", units::odf_mm(text_width_mm_))
      .set("table:align", "margins")
      .set("table:border-model", "collapsing");
  take_pending(table, "style:table-properties");
  w_.open("table:table")
      .attr("table:name", fmt::format("Table{}", ++ctx_.ids.tables))
      .attr("table:style-name", pool_.find_or_add(table));
  for (double width : widths) {
    style_spec column;
    column.family = style_family::table_column;
    column.properties.get("style:table-column-properties")
        .set("style:column-width", units::odf_mm(width));
    w_.open("table:table-column").attr("table:style-name", pool_.find_or_add(column)).close();
  }
  auto header_rows = static_cast<std::size_t>(t.header_rows);
  if (header_rows > 0) {
    // Repeated at the top of every page the table runs onto.
    w_.open("table:table-header-rows");
    for (std::size_t r = 0; r < header_rows; ++r) write_table_row(t, g, widths, r);
    w_.close();
  }
  for (std::size_t r = header_rows; r < t.rows.size(); ++r) write_table_row(t, g, widths, r);
  w_.close();
}

}  // namespace cp::odt::detail

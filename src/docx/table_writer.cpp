// SPDX-License-Identifier: MIT
// Tables: caption with a SEQ field, fixed grid, repeated header rows, merged cells.
#include <fmt/format.h>

#include "docx/body_writer.hpp"
#include "docx/runs.hpp"
#include "docx/style_ids.hpp"
#include "layout/table_grid.hpp"
#include "util/units.hpp"

namespace cp::docx::detail {

// One w:tc to write: an origin cell, the continuation of a vertical merge,
// or padding for a row that ran out of cells.
struct body_writer::cell_spec {
  long width_twips = 0;
  int span = 1;
  const char* vmerge = nullptr;           // "restart", "continue" or none
  std::string fill;                       // header shading
  const doc::table_cell* cell = nullptr;  // null: an empty paragraph
};

namespace {

void write_width(xml::writer& w, const char* name, long twips) {
  w.open(name).attr("w:w", twips).attr("w:type", "dxa").close();
}

void write_table_properties(xml::writer& w, long width, bool header_row) {
  w.open("w:tblPr");
  w.open("w:tblStyle").attr("w:val", table_grid_id).close();
  write_width(w, "w:tblW", width);
  w.open("w:tblLayout").attr("w:type", "fixed").close();
  // Header-row look only when there is one; no banding (the style defines none).
  w.open("w:tblLook")
      .attr("w:val", header_row ? "0620" : "0600")
      .attr("w:firstRow", header_row ? 1 : 0)
      .attr("w:lastRow", 0)
      .attr("w:firstColumn", 0)
      .attr("w:lastColumn", 0)
      .attr("w:noHBand", 1)
      .attr("w:noVBand", 1)
      .close();
  w.close();
}

void write_table_grid(xml::writer& w, const std::vector<long>& columns) {
  w.open("w:tblGrid");
  for (long c : columns) w.open("w:gridCol").attr("w:w", c).close();
  w.close();
}

void write_row_properties(xml::writer& w) {
  // Header rows repeat at the top of every page and are never split.
  w.open("w:trPr");
  w.empty("w:cantSplit");
  w.empty("w:tblHeader");
  w.close();
}

// The SEQ identifier cannot hold spaces: "Table" stays, "Annex Table" -> "Annex_Table".
std::string seq_identifier(const std::string& label) {
  std::string id;
  for (char c : label) id += (c == ' ' || c == '"' || c == '\\') ? '_' : c;
  return id.empty() ? "Table" : id;
}

}  // namespace

void body_writer::write_caption(xml::writer& w, const doc::table& t) {
  const auto& look = st_.style.caption;
  int number = st_.next_table_caption();
  paragraph_spec spec;
  spec.role = "caption";
  spec.custom_content = [&](xml::writer& out) {
    write_text_run(out, look.table_label + " ", {});
    // The first caption of a part starts the count again, in Word and LibreOffice.
    const char* restart = number == 1 && st_.table_captions_restarted() ? "\\r 1 " : "";
    write_complex_field(
        out, fmt::format(" SEQ {} {}\\* ARABIC ", seq_identifier(look.table_label), restart),
        fmt::format("{}", number));
    write_text_run(out, look.separator, {});
    write_inlines(out, t.caption);
  };
  write_paragraph(w, spec);
}

void body_writer::write_table_cell(xml::writer& w, const cell_spec& c) {
  w.open("w:tc");
  w.open("w:tcPr");
  write_width(w, "w:tcW", c.width_twips);
  if (c.span > 1) w.open("w:gridSpan").attr("w:val", c.span).close();
  if (c.vmerge) w.open("w:vMerge").attr("w:val", c.vmerge).close();
  if (!c.fill.empty())
    w.open("w:shd").attr("w:val", "clear").attr("w:color", "auto").attr("w:fill", c.fill).close();
  w.close();
  // Every cell ends with a paragraph; cells hold only paragraphs, headings
  // and lists (check_document), and each of those ends with one.
  if (c.cell && !c.cell->blocks.empty())
    write_blocks(w, c.cell->blocks, 0);
  else
    write_empty_paragraph(w, "table-text");
  w.close();
}

void body_writer::write_table(xml::writer& w, const doc::table& t) {
  if (!t.caption.empty())
    write_caption(w, t);
  else if (last_was_table_)
    write_empty_paragraph(w, "normal");  // adjacent tables would merge into one

  layout::table_grid g = layout::build_grid(t);
  // Rounded cumulatively, so the columns add up to exactly the text width.
  std::vector<long> columns;
  double edge_mm = 0;
  long total = 0;
  for (double mm : layout::column_widths_mm(t, g, text_width_mm())) {
    edge_mm += mm;
    columns.push_back(units::twips_from_mm(edge_mm) - total);
    total += columns.back();
  }
  auto span_width = [&](std::size_t col, int span) {
    long sum = 0;
    for (std::size_t k = col; k < col + static_cast<std::size_t>(span) && k < columns.size(); ++k)
      sum += columns[k];
    return sum;
  };

  w.open("w:tbl");
  write_table_properties(w, total, t.header_rows > 0);
  write_table_grid(w, columns);
  for (std::size_t r = 0; r < g.slots.size(); ++r) {
    bool header = static_cast<int>(r) < t.header_rows;
    std::string fill = header ? st_.style.table.header_fill : std::string();
    w.open("w:tr");
    if (header) write_row_properties(w);
    for (std::size_t c = 0; c < g.slots[r].size(); ++c) {
      const layout::grid_slot& slot = g.slots[r][c];
      cell_spec spec;
      spec.fill = fill;
      if (slot.what == layout::grid_slot::kind::origin) {
        spec.cell = &g.cell_at(t, slot);
        spec.span = spec.cell->col_span;
        if (spec.cell->row_span > 1) spec.vmerge = "restart";
      } else if (slot.what == layout::grid_slot::kind::covered) {
        // Covered from the left: nothing (the origin's gridSpan covers it).
        // Covered from above: a continuation cell as wide as the origin.
        if (slot.col_offset != 0 || slot.row_offset == 0) continue;
        spec.span = g.cell_at(t, slot).col_span;
        spec.vmerge = "continue";
      }
      spec.width_twips = span_width(c, spec.span);
      write_table_cell(w, spec);
    }
    w.close();
  }
  w.close();
  last_was_table_ = true;
}

}  // namespace cp::docx::detail

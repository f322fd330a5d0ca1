// SPDX-License-Identifier: MIT
// Writes word/styles.xml: document defaults, the house style's paragraph and
// character styles, and the table style, with the defaults Word expects.
#include <algorithm>

#include "docx/ooxml_names.hpp"
#include "docx/parts.hpp"
#include "docx/properties.hpp"
#include "util/units.hpp"

namespace cp::docx::detail {
namespace {

void write_val(xml::writer& w, const char* name, std::string_view value) {
  w.open(name).attr("w:val", value).close();
}

// Opens <w:style> with its id, name and the flags every style shares.
void open_style(xml::writer& w, const char* type, std::string_view id, std::string_view name,
                bool is_default) {
  w.open("w:style").attr("w:type", type);
  if (is_default) w.attr("w:default", "1");
  w.attr("w:styleId", id);
  write_val(w, "w:name", name);
}

// Hidden defaults Word itself would add; hidden from the style lists.
void write_semi_hidden(xml::writer& w, int priority) {
  w.open("w:uiPriority").attr("w:val", priority).close();
  w.empty("w:semiHidden");
  w.empty("w:unhideWhenUsed");
}

void write_doc_defaults(xml::writer& w, const style::house_style& hs) {
  run_props r;
  const auto* normal = hs.find_paragraph("normal");
  if (normal) {
    r.font = normal->text.font;
    r.size_pt = normal->text.size_pt;
  }
  r.language = hs.language;
  w.open("w:docDefaults");
  w.open("w:rPrDefault");
  write_run_props(w, r);
  w.close();
  w.open("w:pPrDefault").open("w:pPr");
  // Word's own default would be 8pt after and 1.08 lines; the house style
  // decides, so start from nothing.
  w.open("w:spacing").attr("w:after", 0).attr("w:line", 240).attr("w:lineRule", "auto").close();
  w.close().close();
  w.close();
}

void write_paragraph_style(xml::writer& w, const writer_state& st,
                           const style::paragraph_style& s) {
  const auto& hs = st.style;
  open_style(w, "paragraph", st.ids.paragraph(s.role), st.ids.paragraph_name(s.role),
             s.role == "normal");
  if (!s.based_on.empty() && hs.find_paragraph(s.based_on))
    write_val(w, "w:basedOn", st.ids.paragraph(s.based_on));
  if (!s.next.empty() && hs.find_paragraph(s.next))
    write_val(w, "w:next", st.ids.paragraph(s.next));
  w.empty("w:qFormat");
  paragraph_props p = style_paragraph_props(s);
  p.numbering = st.numbering.style_numbering(s.role);
  if (!is_empty(p)) {
    w.open("w:pPr");
    write_paragraph_props_content(w, p);
    w.close();
  }
  write_run_props(w, text_run_props(s.text));
  w.close();
}

void write_character_style(xml::writer& w, const writer_state& st,
                           const style::character_style& s) {
  open_style(w, "character", st.ids.character(s.role), st.ids.character_name(s.role), false);
  write_val(w, "w:basedOn", default_paragraph_font_id);
  w.open("w:uiPriority").attr("w:val", 99).close();
  w.empty("w:unhideWhenUsed");
  write_run_props(w, text_run_props(s.text));
  w.close();
}

void write_cell_margins(xml::writer& w, long top_bottom, long left_right) {
  w.open("w:tblCellMar");
  for (auto [side, v] : {std::pair{"w:top", top_bottom}, std::pair{"w:left", left_right},
                         std::pair{"w:bottom", top_bottom}, std::pair{"w:right", left_right}})
    w.open(side).attr("w:w", v).attr("w:type", "dxa").close();
  w.close();
}

void write_table_normal(xml::writer& w) {
  open_style(w, "table", table_normal_id, "Normal Table", true);
  write_semi_hidden(w, 99);
  w.open("w:tblPr");
  w.open("w:tblInd").attr("w:w", 0).attr("w:type", "dxa").close();
  write_cell_margins(w, 0, 108);  // Word's defaults
  w.close();
  w.close();
}

// The table style every table uses, from the house style's table look.
void write_table_grid(xml::writer& w, const style::table_look& look) {
  open_style(w, "table", table_grid_id, "Table Grid", false);
  write_val(w, "w:basedOn", table_normal_id);
  w.open("w:uiPriority").attr("w:val", 39).close();
  w.open("w:tblPr");
  w.open("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
    w.open(side)
        .attr("w:val", "single")
        .attr("w:sz", std::max(2L, units::eighth_points(look.border_pt)))
        .attr("w:space", 0)
        .attr("w:color", look.border_colour)
        .close();
  w.close();
  long pad = units::twips_from_mm(look.cell_padding_mm);
  write_cell_margins(w, pad, pad);
  w.close();
  w.close();
}

void write_default_paragraph_font(xml::writer& w) {
  open_style(w, "character", default_paragraph_font_id, "Default Paragraph Font", true);
  write_semi_hidden(w, 1);
  w.close();
}

void write_no_list(xml::writer& w) {
  open_style(w, "numbering", no_list_id, "No List", true);
  write_semi_hidden(w, 99);
  w.close();
}

}  // namespace

std::string write_styles_part(const writer_state& st) {
  const auto& hs = st.style;
  xml::writer w;
  w.open("w:styles").attr("xmlns:w", ns::w).attr("xmlns:r", ns::r);
  write_doc_defaults(w, hs);
  // Roles a reference document serves use its styles (reference_parts.cpp).
  for (const auto& s : hs.paragraph_styles)
    if (!st.ids.from_reference(s.role)) write_paragraph_style(w, st, s);
  write_default_paragraph_font(w);
  for (const auto& s : hs.character_styles)
    if (!st.ids.from_reference(s.role)) write_character_style(w, st, s);
  write_table_normal(w);
  write_table_grid(w, hs.table);
  write_no_list(w);
  w.close();
  return w.finish();
}

}  // namespace cp::docx::detail

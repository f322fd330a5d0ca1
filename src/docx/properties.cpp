// SPDX-License-Identifier: MIT
// Writes paragraph and run properties in the element order wml.xsd requires.
#include "docx/properties.hpp"

#include <algorithm>

#include "util/units.hpp"

namespace cp::docx::detail {
namespace {

// CT_OnOff: <w:b/> for true, <w:b w:val="0"/> to switch off an inherited value.
void write_on_off(xml::writer& w, const char* name, const std::optional<bool>& v) {
  if (!v) return;
  w.open(name);
  if (!*v) w.attr("w:val", "0");
  w.close();
}

void write_val(xml::writer& w, const char* name, std::string_view value) {
  w.open(name).attr("w:val", value).close();
}

void write_border_side(xml::writer& w, const char* side, const style::paragraph_border& b) {
  // w:space is in whole points (0-31); w:sz in eighths of a point (2-96).
  long space =
      std::clamp(std::lround(b.padding_mm / units::mm_per_inch * units::pt_per_inch), 0L, 31L);
  long size = std::clamp(units::eighth_points(b.width_pt), 2L, 96L);
  w.open(side)
      .attr("w:val", "single")
      .attr("w:sz", size)
      .attr("w:space", space)
      .attr("w:color", b.colour)
      .close();
}

void write_paragraph_border(xml::writer& w, const style::paragraph_border& b) {
  w.open("w:pBdr");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) write_border_side(w, side, b);
  w.close();
}

void write_shading(xml::writer& w, const std::string& fill) {
  w.open("w:shd").attr("w:val", "clear").attr("w:color", "auto").attr("w:fill", fill).close();
}

void write_tabs(xml::writer& w, const std::vector<tab_stop>& tabs) {
  if (tabs.empty()) return;
  w.open("w:tabs");
  for (const auto& t : tabs) {
    w.open("w:tab").attr("w:val", t.align);
    if (t.dot_leader) w.attr("w:leader", "dot");
    w.attr("w:pos", t.pos_twips).close();
  }
  w.close();
}

void write_spacing(xml::writer& w, const paragraph_props& p) {
  if (!p.space_before_pt && !p.space_after_pt && !p.line_spacing) return;
  w.open("w:spacing");
  if (p.space_before_pt) w.attr("w:before", units::twips_from_pt(*p.space_before_pt));
  if (p.space_after_pt) w.attr("w:after", units::twips_from_pt(*p.space_after_pt));
  if (p.line_spacing) {
    // lineRule auto: w:line is in 240ths of a line.
    w.attr("w:line", std::lround(240.0 * *p.line_spacing)).attr("w:lineRule", "auto");
  }
  w.close();
}

}  // namespace

const char* jc_value(doc::alignment a) {
  switch (a) {
    case doc::alignment::left:
      return "left";
    case doc::alignment::centre:
      return "center";
    case doc::alignment::right:
      return "right";
    case doc::alignment::justify:
      return "both";
  }
  return "left";
}

paragraph_props style_paragraph_props(const style::paragraph_style& s) {
  paragraph_props p;
  p.keep_next = s.keep_with_next;
  p.keep_lines = s.keep_together;
  p.page_break_before = s.page_break_before;
  p.border = s.border;
  p.fill = s.fill;
  p.space_before_pt = s.space_before_pt;
  p.space_after_pt = s.space_after_pt;
  p.line_spacing = s.line_spacing;
  p.indent_left_mm = s.indent_left_mm;
  p.indent_right_mm = s.indent_right_mm;
  p.indent_first_mm = s.indent_first_mm;
  p.align = s.align;
  if (s.outline_level > 0) p.outline_level = s.outline_level - 1;
  return p;
}

run_props text_run_props(const style::text_props& t) {
  run_props r;
  r.font = t.font;
  r.bold = t.bold;
  r.italic = t.italic;
  r.caps = t.caps;
  r.colour = t.colour;
  r.size_pt = t.size_pt;
  r.underline = t.underline;
  return r;
}

run_props mark_run_props(std::uint8_t marks) {
  run_props r;
  if (marks & doc::bold) r.bold = true;
  if (marks & doc::italic) r.italic = true;
  if (marks & doc::underline) r.underline = true;
  if (marks & doc::superscript)
    r.vert_align = "superscript";
  else if (marks & doc::subscript)
    r.vert_align = "subscript";
  return r;
}

bool is_empty(const paragraph_props& p) {
  return p.style_id.empty() && !p.keep_next && !p.keep_lines && !p.page_break_before &&
         !p.numbering && !p.border && !p.fill && p.tabs.empty() && !p.space_before_pt &&
         !p.space_after_pt && !p.line_spacing && !p.indent_left_mm && !p.indent_right_mm &&
         !p.indent_first_mm && !p.align && !p.outline_level;
}

bool is_empty(const run_props& r) {
  return r.style_id.empty() && !r.font && !r.bold && !r.italic && !r.caps && !r.colour &&
         !r.size_pt && !r.underline && !r.vert_align && !r.language;
}

void write_num_pr(xml::writer& w, const num_ref& n) {
  w.open("w:numPr");
  if (n.num_id != 0) w.open("w:ilvl").attr("w:val", n.ilvl).close();
  w.open("w:numId").attr("w:val", n.num_id).close();
  w.close();
}

void write_ind(xml::writer& w, std::optional<double> left_mm, std::optional<double> right_mm,
               std::optional<double> first_mm) {
  if (!left_mm && !right_mm && !first_mm) return;
  w.open("w:ind");
  if (left_mm) w.attr("w:left", units::twips_from_mm(*left_mm));
  if (right_mm) w.attr("w:right", units::twips_from_mm(*right_mm));
  if (first_mm) {
    if (*first_mm < 0)
      w.attr("w:hanging", units::twips_from_mm(-*first_mm));
    else
      w.attr("w:firstLine", units::twips_from_mm(*first_mm));
  }
  w.close();
}

void write_fonts(xml::writer& w, const std::string& font) {
  w.open("w:rFonts")
      .attr("w:ascii", font)
      .attr("w:hAnsi", font)
      .attr("w:eastAsia", font)
      .attr("w:cs", font)
      .close();
}

void write_paragraph_props_content(xml::writer& w, const paragraph_props& p) {
  if (!p.style_id.empty()) write_val(w, "w:pStyle", p.style_id);
  write_on_off(w, "w:keepNext", p.keep_next);
  write_on_off(w, "w:keepLines", p.keep_lines);
  write_on_off(w, "w:pageBreakBefore", p.page_break_before);
  if (p.numbering) write_num_pr(w, *p.numbering);
  if (p.border) write_paragraph_border(w, *p.border);
  if (p.fill) write_shading(w, *p.fill);
  write_tabs(w, p.tabs);
  write_spacing(w, p);
  write_ind(w, p.indent_left_mm, p.indent_right_mm, p.indent_first_mm);
  if (p.align) write_val(w, "w:jc", jc_value(*p.align));
  if (p.outline_level) w.open("w:outlineLvl").attr("w:val", *p.outline_level).close();
}

void write_run_props_content(xml::writer& w, const run_props& r) {
  if (!r.style_id.empty()) write_val(w, "w:rStyle", r.style_id);
  if (r.font) write_fonts(w, *r.font);
  write_on_off(w, "w:b", r.bold);
  write_on_off(w, "w:i", r.italic);
  write_on_off(w, "w:caps", r.caps);
  if (r.colour) write_val(w, "w:color", *r.colour);
  if (r.size_pt) {
    write_val(w, "w:sz", std::to_string(units::half_points(*r.size_pt)));
    write_val(w, "w:szCs", std::to_string(units::half_points(*r.size_pt)));
  }
  if (r.underline) write_val(w, "w:u", *r.underline ? "single" : "none");
  if (r.vert_align) write_val(w, "w:vertAlign", *r.vert_align);
  if (r.language) write_val(w, "w:lang", *r.language);
}

void write_run_props(xml::writer& w, const run_props& r) {
  if (is_empty(r)) return;
  w.open("w:rPr");
  write_run_props_content(w, r);
  w.close();
}

}  // namespace cp::docx::detail

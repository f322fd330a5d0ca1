// SPDX-License-Identifier: MIT
// Writes word/numbering.xml: one w:abstractNum per scheme (plus copies for
// further sequences of numbered schemes, see numbering_plan.hpp) and one
// w:num per sequence with a start override on every level.
#include "docx/ooxml_names.hpp"
#include "docx/parts.hpp"
#include "docx/properties.hpp"

namespace cp::docx::detail {
namespace {

const char* num_fmt(style::number_format f) {
  switch (f) {
    case style::number_format::decimal:
      return "decimal";
    case style::number_format::lower_letter:
      return "lowerLetter";
    case style::number_format::upper_letter:
      return "upperLetter";
    case style::number_format::lower_roman:
      return "lowerRoman";
    case style::number_format::upper_roman:
      return "upperRoman";
    case style::number_format::bullet:
      return "bullet";
    case style::number_format::none:
      return "none";
  }
  return "decimal";
}

void write_val(xml::writer& w, const char* name, std::string_view value) {
  w.open(name).attr("w:val", value).close();
}

void write_level(xml::writer& w, const writer_state& st, const style::numbering_level& l, int ilvl,
                 bool style_link) {
  w.open("w:lvl").attr("w:ilvl", ilvl);
  w.open("w:start").attr("w:val", 1).close();  // sequences set their own start (w:num)
  write_val(w, "w:numFmt", num_fmt(l.format));
  if (style_link && !l.role.empty() && st.style.find_paragraph(l.role))
    write_val(w, "w:pStyle", st.ids.paragraph(l.role));
  // Our label syntax ("%1.%2", "(%3)", a bullet character) is Word's own.
  write_val(w, "w:lvlText", l.format == style::number_format::none ? "" : l.text);
  write_val(w, "w:lvlJc", "left");
  w.open("w:pPr");
  write_ind(w, l.indent_mm, std::nullopt, -l.hanging_mm);
  w.close();
  if (!l.font.empty()) {
    w.open("w:rPr");
    write_fonts(w, l.font);
    w.close();
  }
  w.close();
}

void write_abstract_num(xml::writer& w, const writer_state& st, const abstract_plan& a) {
  w.open("w:abstractNum").attr("w:abstractNumId", a.abstract_id);
  write_val(w, "w:nsid", a.nsid);
  write_val(w, "w:multiLevelType", a.scheme->levels.size() > 1 ? "multilevel" : "singleLevel");
  if (!a.scheme->display_name.empty()) write_val(w, "w:name", a.scheme->display_name);
  for (std::size_t i = 0; i < a.scheme->levels.size(); ++i)
    write_level(w, st, a.scheme->levels[i], static_cast<int>(i), a.style_links);
  w.close();
}

void write_num(xml::writer& w, const num_plan& n) {
  w.open("w:num").attr("w:numId", n.num_id);
  w.open("w:abstractNumId").attr("w:val", n.abstract_id).close();
  // Without an override on every level Word lets all w:num of one abstract
  // definition share their counters, and a new sequence would not restart.
  for (std::size_t i = 0; i < n.scheme->levels.size(); ++i) {
    w.open("w:lvlOverride").attr("w:ilvl", i);
    w.open("w:startOverride").attr("w:val", i == 0 ? n.start : 1).close();
    w.close();
  }
  w.close();
}

}  // namespace

std::string write_numbering_part(const writer_state& st) {
  xml::writer w;
  w.open("w:numbering").attr("xmlns:w", ns::w);
  for (const auto& a : st.numbering.abstracts()) write_abstract_num(w, st, a);
  for (const auto& n : st.numbering.nums()) write_num(w, n);
  w.close();
  return w.finish();
}

}  // namespace cp::docx::detail

// SPDX-License-Identifier: MIT
// w:pPr and w:rPr content in schema order, shared by styles, numbering and the body.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "docx/numbering_plan.hpp"
#include "style/house_style.hpp"
#include "xml/xml_writer.hpp"

namespace cp::docx::detail {

// settings.xml w:defaultTabStop: half an inch, Word's own default.
inline constexpr long default_tab_twips = 720;

// A custom tab stop (contents entries: the label column and the page number).
struct tab_stop {
  const char* align = "left";  // "left", "right"
  long pos_twips = 0;          // from the left margin
  bool dot_leader = false;
};

// What a w:pPr may say; unset members are not written.
struct paragraph_props {
  std::string style_id;  // w:pStyle
  std::optional<bool> keep_next;
  std::optional<bool> keep_lines;
  std::optional<bool> page_break_before;
  std::optional<num_ref> numbering;
  std::optional<style::paragraph_border> border;
  std::optional<std::string> fill;  // "RRGGBB"
  std::vector<tab_stop> tabs;
  std::optional<double> space_before_pt;
  std::optional<double> space_after_pt;
  std::optional<double> line_spacing;  // multiple of single
  std::optional<double> indent_left_mm;
  std::optional<double> indent_right_mm;
  std::optional<double> indent_first_mm;  // negative: hanging
  std::optional<doc::alignment> align;
  std::optional<int> outline_level;  // 0-based (w:outlineLvl)
};

// What a w:rPr may say; unset members are not written.
struct run_props {
  std::string style_id;  // w:rStyle
  std::optional<std::string> font;
  std::optional<bool> bold;
  std::optional<bool> italic;
  std::optional<bool> caps;
  std::optional<std::string> colour;  // "RRGGBB"
  std::optional<double> size_pt;
  std::optional<bool> underline;
  std::optional<std::string> vert_align;  // "superscript" / "subscript"
  std::optional<std::string> language;    // BCP 47
};

// The paragraph properties of a house style paragraph style (without w:pStyle).
paragraph_props style_paragraph_props(const style::paragraph_style& s);
// Character properties from house style text properties.
run_props text_run_props(const style::text_props& t);
// Character properties of document marks (bold, italic, ...).
run_props mark_run_props(std::uint8_t marks);

bool is_empty(const paragraph_props& p);
bool is_empty(const run_props& r);

// The children of w:pPr / w:rPr (the caller opens and closes the element, so
// it can append w:rPr or w:sectPr to a w:pPr).
void write_paragraph_props_content(xml::writer& w, const paragraph_props& p);
void write_run_props_content(xml::writer& w, const run_props& r);

// <w:rPr>...</w:rPr> unless empty.
void write_run_props(xml::writer& w, const run_props& r);
// <w:numPr> with w:ilvl (omitted for num_id 0) and w:numId.
void write_num_pr(xml::writer& w, const num_ref& n);
// <w:ind w:left=.. w:hanging=..>, lengths in mm.
void write_ind(xml::writer& w, std::optional<double> left_mm, std::optional<double> right_mm,
               std::optional<double> first_mm);
// <w:rFonts> naming one font for every script.
void write_fonts(xml::writer& w, const std::string& font);

// "left", "center", "right", "both".
const char* jc_value(doc::alignment a);

}  // namespace cp::docx::detail

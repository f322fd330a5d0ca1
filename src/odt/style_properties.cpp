// SPDX-License-Identifier: MIT
// Translation of house style fields into ODF formatting attributes.
#include "odt/style_properties.hpp"

#include "util/units.hpp"

namespace cp::odt::detail {
namespace {

constexpr std::string_view text_props = "style:text-properties";
constexpr std::string_view para_props = "style:paragraph-properties";

// Asian and complex scripts get the same value, so text in any script looks alike.
void set_all_scripts(property_element& e, std::string_view fo_name, std::string_view style_stem,
                     const std::string& value) {
  e.set(fo_name, value);
  e.set(std::string("style:") + std::string(style_stem) + "-asian", value);
  e.set(std::string("style:") + std::string(style_stem) + "-complex", value);
}

void set_underline(property_element& e, bool on) {
  if (!on) {
    e.set("style:text-underline-style", "none");
    return;
  }
  e.set("style:text-underline-style", "solid");
  e.set("style:text-underline-width", "auto");
  e.set("style:text-underline-color", "font-color");
}

}  // namespace

std::string odf_colour(std::string_view rrggbb) {
  return "#" + std::string(rrggbb);
}

std::string odf_border(double width_pt, std::string_view rrggbb) {
  return units::odf_pt(width_pt) + " solid " + odf_colour(rrggbb);
}

const char* odf_text_align(doc::alignment a) {
  switch (a) {
    case doc::alignment::left:
      return "start";
    case doc::alignment::centre:
      return "center";
    case doc::alignment::right:
      return "end";
    case doc::alignment::justify:
      return "justify";
  }
  return "start";
}

void add_text_properties(property_set& props, const style::text_props& t) {
  if (!(t.font || t.size_pt || t.bold || t.italic || t.underline || t.caps || t.colour)) return;
  property_element& e = props.get(text_props);
  if (t.font) {
    e.set("style:font-name", *t.font);
    e.set("style:font-name-asian", *t.font);
    e.set("style:font-name-complex", *t.font);
  }
  if (t.size_pt) set_all_scripts(e, "fo:font-size", "font-size", units::odf_pt(*t.size_pt));
  if (t.bold) set_all_scripts(e, "fo:font-weight", "font-weight", *t.bold ? "bold" : "normal");
  if (t.italic) set_all_scripts(e, "fo:font-style", "font-style", *t.italic ? "italic" : "normal");
  if (t.underline) set_underline(e, *t.underline);
  if (t.caps) e.set("fo:text-transform", *t.caps ? "uppercase" : "none");
  if (t.colour) e.set("fo:color", odf_colour(*t.colour));
}

void add_paragraph_style_properties(property_set& props, const style::paragraph_style& s) {
  property_element& p = props.get(para_props);
  if (s.space_before_pt) p.set("fo:margin-top", units::odf_pt(*s.space_before_pt));
  if (s.space_after_pt) p.set("fo:margin-bottom", units::odf_pt(*s.space_after_pt));
  if (s.line_spacing) p.set("fo:line-height", units::odf_percent(*s.line_spacing));
  if (s.align) p.set("fo:text-align", odf_text_align(*s.align));
  if (s.indent_left_mm) p.set("fo:margin-left", units::odf_mm(*s.indent_left_mm));
  if (s.indent_right_mm) p.set("fo:margin-right", units::odf_mm(*s.indent_right_mm));
  if (s.indent_first_mm) p.set("fo:text-indent", units::odf_mm(*s.indent_first_mm));
  if (s.keep_with_next) p.set("fo:keep-with-next", *s.keep_with_next ? "always" : "auto");
  if (s.keep_together) p.set("fo:keep-together", *s.keep_together ? "always" : "auto");
  if (s.page_break_before) p.set("fo:break-before", *s.page_break_before ? "page" : "auto");
  if (s.fill) p.set("fo:background-color", odf_colour(*s.fill));
  if (s.border) {
    p.set("fo:border", odf_border(s.border->width_pt, s.border->colour));
    p.set("fo:padding", units::odf_mm(s.border->padding_mm));
  }
  add_text_properties(props, s.text);
}

void add_mark_properties(property_set& props, std::uint8_t marks) {
  style::text_props t;
  if (marks & doc::bold) t.bold = true;
  if (marks & doc::italic) t.italic = true;
  if (marks & doc::underline) t.underline = true;
  add_text_properties(props, t);
  // 58% is the size Word and LibreOffice both use for raised and lowered text.
  if (marks & doc::superscript)
    props.get(text_props).set("style:text-position", "super 58%");
  else if (marks & doc::subscript)
    props.get(text_props).set("style:text-position", "sub 58%");
}

}  // namespace cp::odt::detail

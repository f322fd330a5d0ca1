// SPDX-License-Identifier: MIT
#include "style/house_style.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "util/error.hpp"

namespace cp::style {

const paragraph_style* house_style::find_paragraph(std::string_view role) const {
  for (const auto& s : paragraph_styles)
    if (s.role == role) return &s;
  return nullptr;
}

const character_style* house_style::find_character(std::string_view role) const {
  for (const auto& s : character_styles)
    if (s.role == role) return &s;
  return nullptr;
}

const numbering_scheme* house_style::find_scheme(std::string_view scheme_name) const {
  for (const auto& s : numbering)
    if (s.name == scheme_name) return &s;
  return nullptr;
}

const paragraph_style& house_style::paragraph(std::string_view role) const {
  if (const auto* s = find_paragraph(role)) return *s;
  throw style_error(
      fmt::format("house style \"{}\" has no paragraph style for role \"{}\"", name, role));
}

const numbering_scheme& house_style::scheme(std::string_view scheme_name) const {
  if (const auto* s = find_scheme(scheme_name)) return *s;
  throw style_error(
      fmt::format("house style \"{}\" has no numbering scheme \"{}\"", name, scheme_name));
}

text_props house_style::resolved_text(std::string_view role) const {
  text_props out;
  // Walk up the based-on chain; the loader has refused cycles.
  for (const paragraph_style* s = find_paragraph(role); s;
       s = s->based_on.empty() ? nullptr : find_paragraph(s->based_on)) {
    const text_props& t = s->text;
    if (!out.font) out.font = t.font;
    if (!out.size_pt) out.size_pt = t.size_pt;
    if (!out.bold) out.bold = t.bold;
    if (!out.italic) out.italic = t.italic;
    if (!out.underline) out.underline = t.underline;
    if (!out.caps) out.caps = t.caps;
    if (!out.colour) out.colour = t.colour;
  }
  return out;
}

double house_style::text_width_mm(doc::orientation o) const {
  double width = o == doc::orientation::portrait ? page.width_mm : page.height_mm;
  return width - page.margin_left_mm - page.margin_right_mm;
}

const std::vector<std::string_view>& required_paragraph_roles() {
  static const std::vector<std::string_view> roles = {"normal",
                                                      "body-text",
                                                      "title",
                                                      "cover-committee",
                                                      "cover-date",
                                                      "cover-report-of",
                                                      "cover-classification",
                                                      "heading-1",
                                                      "heading-2",
                                                      "heading-3",
                                                      "list-bullet",
                                                      "list-bullet-2",
                                                      "list-number",
                                                      "list-number-2",
                                                      "table-text",
                                                      "table-heading",
                                                      "caption",
                                                      "toc-heading",
                                                      "toc-1",
                                                      "toc-2",
                                                      "toc-3",
                                                      "header",
                                                      "footer"};
  return roles;
}

const std::vector<std::string_view>& required_character_roles() {
  static const std::vector<std::string_view> roles = {"hyperlink"};
  return roles;
}

}  // namespace cp::style

// SPDX-License-Identifier: MIT
// styles.xml: the house style as named ODF styles, list styles and pages.
#include <initializer_list>
#include <optional>
#include <set>
#include <string>

#include <fmt/format.h>

#include "odt/list_style.hpp"
#include "odt/namespaces.hpp"
#include "odt/parts.hpp"
#include "odt/reference_parts.hpp"
#include "odt/style_properties.hpp"
#include "style/style_names.hpp"
#include "util/units.hpp"

namespace cp::odt::detail {

int toc_entry_level(std::string_view role) {
  if (role == "toc-1") return 1;
  if (role == "toc-2") return 2;
  if (role == "toc-3") return 3;
  return 0;
}

namespace {

// fo:language / fo:script / fo:country from a BCP 47 tag such as "en-GB".
void add_language(property_element& e, std::string_view tag) {
  std::size_t start = 0;
  for (int i = 0; start <= tag.size(); ++i) {
    std::size_t end = tag.find('-', start);
    if (end == std::string_view::npos) end = tag.size();
    std::string sub(tag.substr(start, end - start));
    if (i == 0)
      e.set("fo:language", sub);
    else if (sub.size() == 4)
      e.set("fo:script", sub);
    else if (sub.size() == 2 || sub.size() == 3)
      e.set("fo:country", sub);
    start = end + 1;
  }
}

void write_default_style(xml::writer& w, const style::house_style& hs) {
  property_set props;
  style::text_props normal = hs.resolved_text("normal");
  style::text_props base;
  base.font = normal.font;
  base.size_pt = normal.size_pt;
  add_text_properties(props, base);
  if (!hs.language.empty()) add_language(props.get("style:text-properties"), hs.language);
  w.open("style:default-style").attr("style:family", "paragraph");
  props.write(w);
  w.close();
}

// Room for a heading number in contents entries of `level`: the label space
// (hanging) of the scheme level that numbers that heading role, else of the
// one numbering level-1 headings, else of the first numbered scheme.
std::optional<double> toc_label_width(const style::house_style& hs, int level) {
  for (std::string role : {fmt::format("heading-{}", level), std::string("heading-1")})
    for (const auto& scheme : hs.numbering)
      for (const auto& l : scheme.levels)
        if (l.role == role) return l.hanging_mm;
  for (const auto& scheme : hs.numbering)
    if (!scheme.is_bullet() && !scheme.levels.empty()) return scheme.levels.front().hanging_mm;
  return std::nullopt;
}

void write_tab_stop(xml::writer& w, double position_mm, const char* type, bool leader) {
  w.open("style:tab-stop")
      .attr("style:position", units::odf_mm(position_mm))
      .attr("style:type", type);
  if (leader) w.attr("style:leader-style", "dotted").attr("style:leader-text", ".");
  w.close();
}

}  // namespace

// Contents entries are "number<tab>text<tab>page": a tab stop after the
// number, and the page number right-aligned at the margin after dots.
std::string toc_tab_stops(const style::house_style& hs, double indent_mm, int level) {
  // Tab positions count from the paragraph's indent (settings.xml says so).
  double right = hs.text_width_mm(doc::orientation::portrait) - indent_mm;
  xml::writer w(false);
  w.open("style:tab-stops");
  if (auto label = toc_label_width(hs, level); label && *label > 0 && *label < right)
    write_tab_stop(w, *label, "left", false);
  write_tab_stop(w, right, "right", true);
  w.close();
  return w.finish();
}

namespace {

void write_paragraph_style(xml::writer& w, const write_context& ctx,
                           const style::paragraph_style& s) {
  const style_map& names = ctx.names;
  w.open("style:style")
      .attr("style:name", names.paragraph(s.role))
      .attr("style:display-name", names.paragraph_display(s.role))
      .attr("style:family", "paragraph");
  if (!s.based_on.empty()) w.attr("style:parent-style-name", names.paragraph(s.based_on));
  if (!s.next.empty()) w.attr("style:next-style-name", names.paragraph(s.next));
  if (s.outline_level > 0) w.attr("style:default-outline-level", s.outline_level);
  // A paragraph typed in this style in LibreOffice is numbered by its scheme.
  if (const auto* scheme = names.scheme_of_role(s.role))
    w.attr("style:list-style-name", names.list_style(scheme->name));
  property_set props;
  add_paragraph_style_properties(props, s);
  if (int level = toc_entry_level(s.role))
    props.get("style:paragraph-properties").children =
        toc_tab_stops(ctx.hs, s.indent_left_mm.value_or(0), level);
  props.write(w);
  w.close();
}

void write_character_style(xml::writer& w, const style_map& names,
                           const style::character_style& s) {
  w.open("style:style")
      .attr("style:name", names.character(s.role))
      .attr("style:display-name", names.character_display(s.role))
      .attr("style:family", "text");
  property_set props;
  add_text_properties(props, s.text);
  props.write(w);
  w.close();
}

void write_list_style(xml::writer& w, const style_map& names, const style::numbering_scheme& s) {
  w.open("text:list-style")
      .attr("style:name", names.list_style(s.name))
      .attr("style:display-name", names.list_display_name(s))
      .raw(list_levels(s))
      .close();
}

}  // namespace

void write_font_face_decls(xml::writer& w, const write_context& ctx) {
  w.open("office:font-face-decls");
  if (ctx.reference) w.raw(ctx.reference->font_faces());
  for (const auto& font : ctx.names.fonts()) {
    if (ctx.reference && ctx.reference->declares_font(font)) continue;
    // svg:font-family is a CSS family list: names with spaces are quoted.
    std::string family = font.find(' ') == std::string::npos ? font : fmt::format("'{}'", font);
    w.open("style:font-face").attr("style:name", font).attr("svg:font-family", family).close();
  }
  w.close();
}

std::string styles_part(write_context& ctx) {
  // With a reference document (reference_parts.hpp) its fonts, styles,
  // automatic styles and master pages come first, and ours fill the gaps.
  reference_styles* ref = ctx.reference;
  style_pool pool(ref ? ref->automatic_prefix() : "M");
  page_styles pages = build_page_styles(ctx, pool);

  xml::writer w;
  const std::initializer_list<std::string_view> prefixes = {
      "office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "number", "svg"};
  open_root(w, "office:document-styles", prefixes);
  if (ref) ref->declare_namespaces(w, prefixes);
  write_font_face_decls(w, ctx);
  w.open("office:styles");
  if (ref)
    w.raw(ref->named_styles());
  else
    write_default_style(w, ctx.hs);
  for (const auto& s : ctx.hs.paragraph_styles)
    if (!ctx.names.from_reference(s.role)) write_paragraph_style(w, ctx, s);
  for (const auto& s : ctx.hs.character_styles)
    if (!ctx.names.from_reference(s.role)) write_character_style(w, ctx.names, s);
  if (!ref || !ref->has_style("text", style_map::index_link))
    w.open("style:style")
        .attr("style:name", style_map::index_link)
        .attr("style:display-name", style_map::index_link_display)
        .attr("style:family", "text")
        .close();
  for (const auto& s : ctx.hs.numbering) write_list_style(w, ctx.names, s);
  write_outline_style(w);
  w.close();
  w.open("office:automatic-styles");
  if (ref) w.raw(ref->automatic_styles());
  w.raw(pages.layouts);
  pool.write(w);
  w.close();
  w.open("office:master-styles").raw(pages.masters);
  if (ref) {
    std::set<std::string> ours;
    for (std::size_t i = 0; i < ctx.doc.sections.size(); ++i)
      ours.insert(style_map::master_page(i));
    w.raw(ref->master_pages(ours));
  }
  w.close();
  w.close();
  return w.finish();
}

}  // namespace cp::odt::detail

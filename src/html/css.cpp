// SPDX-License-Identifier: MIT
#include "html/css.hpp"

#include <set>

#include <fmt/format.h>

#include "style/house_style.hpp"

namespace cp::html::detail {
namespace {

// A CSS identifier made of a-z, 0-9 and '-', starting with a letter.
std::string identifier(std::string_view name, std::string_view prefix = "") {
  std::string out(prefix);
  for (char c : name) {
    char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    out += ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '-') ? l : '-';
  }
  if (out.empty() || !(out.front() >= 'a' && out.front() <= 'z')) out.insert(0, "r-");
  return out;
}

// A length without locale and without trailing zeros: "12.5", "0".
std::string num(double v) {
  std::string s = fmt::format("{:.2f}", v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

// A CSS string: everything but letters, digits, spaces and UTF-8 as hex
// escapes, so nothing in it can end the string or the style element.
std::string css_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
        u >= 0x80)
      out += c;
    else
      out += fmt::format("\\{:06X}", u);
  }
  return out + "\"";
}

bool is_hex_colour(const std::string& c) {
  if (c.size() != 6) return false;
  for (char x : c)
    if (!((x >= '0' && x <= '9') || (x >= 'A' && x <= 'F') || (x >= 'a' && x <= 'f'))) return false;
  return true;
}

// A font and the fonts that stand in for it where it is not installed
// (the metric-compatible ones LibreOffice uses), then the generic family.
std::string font_family(const std::string& font) {
  static const std::map<std::string, std::string, std::less<>> stand_ins = {
      {"Arial", "\"Liberation Sans\", Helvetica, sans-serif"},
      {"Calibri", "Carlito, sans-serif"},
      {"Cambria", "Caladea, serif"},
      {"Times New Roman", "\"Liberation Serif\", serif"},
      {"Liberation Sans", "Arial, sans-serif"},
      {"Liberation Serif", "\"Times New Roman\", serif"}};
  auto it = stand_ins.find(font);
  return css_string(font) + ", " + (it == stand_ins.end() ? "sans-serif" : it->second);
}

// A paragraph style with everything unset taken from the styles it is based on.
style::paragraph_style resolved(const style::house_style& hs, std::string_view role) {
  style::paragraph_style out = hs.paragraph(role);
  out.text = hs.resolved_text(role);
  for (const style::paragraph_style* s = hs.find_paragraph(out.based_on); s;
       s = s->based_on.empty() ? nullptr : hs.find_paragraph(s->based_on)) {
    if (!out.space_before_pt) out.space_before_pt = s->space_before_pt;
    if (!out.space_after_pt) out.space_after_pt = s->space_after_pt;
    if (!out.line_spacing) out.line_spacing = s->line_spacing;
    if (!out.align) out.align = s->align;
    if (!out.indent_left_mm) out.indent_left_mm = s->indent_left_mm;
    if (!out.indent_right_mm) out.indent_right_mm = s->indent_right_mm;
    if (!out.indent_first_mm) out.indent_first_mm = s->indent_first_mm;
    if (!out.keep_with_next) out.keep_with_next = s->keep_with_next;
    if (!out.keep_together) out.keep_together = s->keep_together;
    if (!out.page_break_before) out.page_break_before = s->page_break_before;
    if (!out.fill) out.fill = s->fill;
    if (!out.border) out.border = s->border;
  }
  return out;
}

std::string_view text_align(doc::alignment a) {
  switch (a) {
    case doc::alignment::left:
      return "left";
    case doc::alignment::centre:
      return "center";
    case doc::alignment::right:
      return "right";
    case doc::alignment::justify:
      return "justify";
  }
  return "left";
}

// Font, size, weight, style, decoration, capitals and colour, each stated
// (headings would otherwise keep the browser's bold and sizes).
void text_rules(std::string& css, const style::text_props& t) {
  if (t.font) css += "font-family:" + font_family(*t.font) + ";";
  if (t.size_pt) css += "font-size:" + num(*t.size_pt) + "pt;";
  css += t.bold.value_or(false) ? "font-weight:bold;" : "font-weight:normal;";
  css += t.italic.value_or(false) ? "font-style:italic;" : "font-style:normal;";
  if (t.underline) css += *t.underline ? "text-decoration:underline;" : "text-decoration:none;";
  if (t.caps.value_or(false)) css += "text-transform:uppercase;";
  if (t.colour && is_hex_colour(*t.colour)) css += "color:#" + *t.colour + ";";
}

void paragraph_rule(std::string& css, const std::string& cls, const style::paragraph_style& s) {
  css += "." + cls + "{";
  text_rules(css, s.text);
  css += "margin:" + num(s.space_before_pt.value_or(0)) + "pt " +
         num(s.indent_right_mm.value_or(0)) + "mm " + num(s.space_after_pt.value_or(0)) + "pt " +
         num(s.indent_left_mm.value_or(0)) + "mm;";
  // Single spacing in Word and LibreOffice is about 1.15 lines of the font.
  css += "line-height:" + num(1.15 * s.line_spacing.value_or(1.0)) + ";";
  if (s.align) css += fmt::format("text-align:{};", text_align(*s.align));
  if (s.indent_first_mm) css += "text-indent:" + num(*s.indent_first_mm) + "mm;";
  if (s.page_break_before.value_or(false)) css += "break-before:page;";
  if (s.keep_with_next.value_or(false)) css += "break-after:avoid;";
  if (s.keep_together.value_or(false)) css += "break-inside:avoid;";
  if (s.fill && is_hex_colour(*s.fill)) css += "background-color:#" + *s.fill + ";";
  if (s.border && is_hex_colour(s.border->colour))
    css += "border:" + num(s.border->width_pt) + "pt solid #" + s.border->colour +
           ";padding:" + num(s.border->padding_mm) + "mm;";
  css += "}\n";
}

void level_rules(std::string& css, const css_names& names, const style::numbering_scheme& scheme) {
  for (std::size_t i = 0; i < scheme.levels.size(); ++i) {
    const style::numbering_level& l = scheme.levels[i];
    int level = static_cast<int>(i);
    double hanging = std::max(0.0, l.hanging_mm);
    // The label hangs `hanging` left of the text, which starts at `indent`.
    css += "." + names.level(scheme.name, level) + "{margin-left:" + num(l.indent_mm - hanging) +
           "mm;padding-left:" + num(hanging) + "mm;text-indent:-" + num(hanging) + "mm}\n";
    css += "." + names.level(scheme.name, level) +
           ">.label{display:inline-block;min-width:" + num(hanging) +
           "mm;text-indent:0;white-space:pre";
    if (!l.font.empty()) css += ";font-family:" + font_family(l.font);
    css += "}\n";
    css +=
        "." + names.level_text(scheme.name, level) + "{margin-left:" + num(l.indent_mm) + "mm}\n";
  }
}

// Which margin box a paragraph aligned so goes to.
std::string_view box_position(doc::alignment a) {
  switch (a) {
    case doc::alignment::centre:
      return "center";
    case doc::alignment::right:
      return "right";
    default:
      return "left";
  }
}

}  // namespace

css_names::css_names(const style::house_style& hs) : hs_(hs) {
  std::set<std::string> used;
  auto unique = [&](std::string name) {
    std::string candidate = name;
    for (int k = 2; !used.insert(candidate).second; ++k) candidate = fmt::format("{}-{}", name, k);
    return candidate;
  };
  // Names the writer uses for its own elements.
  for (const char* own :
       {"label", "tab", "section", "landscape", "page-break", "page-header", "page-footer", "pages",
        "toc", "picture", "align-left", "align-centre", "align-right", "align-justify"})
    used.insert(own);
  for (const auto& s : hs.paragraph_styles) roles_.emplace(s.role, unique(identifier(s.role)));
  for (const auto& s : hs.numbering) schemes_.emplace(s.name, unique(identifier(s.name, "lv-")));
}

const std::string& css_names::paragraph(std::string_view role) const {
  auto it = roles_.find(role);
  if (it == roles_.end()) return roles_.at("normal");
  return it->second;
}

std::string css_names::level(std::string_view scheme, int level) const {
  auto it = schemes_.find(scheme);
  const style::numbering_scheme* s = hs_.find_scheme(scheme);
  if (it == schemes_.end() || !s || level < 0 ||
      static_cast<std::size_t>(level) >= s->levels.size())
    return "";
  return fmt::format("{}-{}", it->second, level + 1);
}

std::string css_names::level_text(std::string_view scheme, int level) const {
  std::string base = this->level(scheme, level);
  return base.empty() ? base : base + "-text";
}

std::string_view align_class(doc::alignment a) {
  switch (a) {
    case doc::alignment::left:
      return "align-left";
    case doc::alignment::centre:
      return "align-centre";
    case doc::alignment::right:
      return "align-right";
    case doc::alignment::justify:
      return "align-justify";
  }
  return "align-left";
}

std::string house_css(const style::house_style& hs, const css_names& names) {
  std::string css;
  const style::page_setup& page = hs.page;
  style::paragraph_style normal = resolved(hs, "normal");
  css += "html{background:#FFFFFF;color:#000000}\n";
  css += "body{margin:0 auto;padding:6mm 5mm;max-width:" +
         num(hs.text_width_mm(doc::orientation::portrait)) + "mm;";
  text_rules(css, normal.text);
  css += "}\n";
  css += "h1,h2,h3,p{margin:0}\n";
  for (const auto& s : hs.paragraph_styles)
    paragraph_rule(css, names.paragraph(s.role), resolved(hs, s.role));
  for (const auto& scheme : hs.numbering) level_rules(css, names, scheme);
  for (doc::alignment a : {doc::alignment::left, doc::alignment::centre, doc::alignment::right,
                           doc::alignment::justify})
    css += fmt::format(".{}{{text-align:{}}}\n", align_class(a), text_align(a));
  // Links as the house style's hyperlink character style.
  css += "a{";
  if (const style::character_style* link = hs.find_character("hyperlink")) {
    if (link->text.colour && is_hex_colour(*link->text.colour))
      css += "color:#" + *link->text.colour + ";";
    css +=
        link->text.underline.value_or(true) ? "text-decoration:underline" : "text-decoration:none";
  }
  css += "}\n";
  // Lists carry their labels as text, as printed: no marker of the browser's.
  css += "ul.list,ol.list,.toc ul{list-style:none;margin:0;padding:0}\n";
  css += ".label{white-space:pre}\n.tab{white-space:pre}\n";
  css += "img.picture{max-width:100%;height:auto;vertical-align:top}\n";
  const style::table_look& t = hs.table;
  std::string border = is_hex_colour(t.border_colour) ? "#" + t.border_colour : "#000000";
  css += "table{border-collapse:collapse;width:100%;margin:0 0 6pt}\n";
  css += "th,td{border:" + num(t.border_pt) + "pt solid " + border +
         ";padding:" + num(t.cell_padding_mm) +
         "mm;vertical-align:top;text-align:left;font-weight:normal}\n";
  if (is_hex_colour(t.header_fill))
    css += "thead th,thead td{background-color:#" + t.header_fill + "}\n";
  css += "caption{text-align:left}\n";
  css += ".page-header,.page-footer,nav.pages{margin:0 0 6pt}\n";
  // Printing: the house style's page, each section on a new page, table
  // header rows at the top of every page a table runs onto.
  css += "@page{size:" + num(page.width_mm) + "mm " + num(page.height_mm) +
         "mm;margin:" + num(page.margin_top_mm) + "mm " + num(page.margin_right_mm) + "mm " +
         num(page.margin_bottom_mm) + "mm " + num(page.margin_left_mm) + "mm}\n";
  css += "@page landscape{size:" + num(page.height_mm) + "mm " + num(page.width_mm) + "mm}\n";
  css +=
      "@media print{body{max-width:none;margin:0;padding:0}.section+.section{break-before:page}"
      ".landscape{page:landscape}.page-break{break-after:page}thead{display:table-header-group}"
      "tr,img{break-inside:avoid}nav.pages{display:none}a{color:inherit}}\n";
  return css;
}

bool numbers_pages(const doc::inlines& content) {
  for (const auto& node : content)
    if (const auto* f = std::get_if<doc::field>(&node);
        f && (f->kind == doc::field_kind::page_number || f->kind == doc::field_kind::page_count))
      return true;
  return false;
}

std::string furniture_css(const doc::section& s, const doc::document& d,
                          const style::house_style& hs) {
  std::map<std::string, std::string> boxes;  // "bottom-center" -> its declarations
  auto add = [&](const doc::blocks& bs, const char* edge) {
    for (const auto& b : bs) {
      const auto* p = std::get_if<doc::paragraph>(&b.node);
      if (!p || !numbers_pages(p->content)) continue;
      style::paragraph_style look = resolved(hs, hs.find_paragraph(p->role) ? p->role : "normal");
      std::string content;
      for (const auto& node : p->content) {
        if (const auto* r = std::get_if<doc::text_run>(&node)) {
          content += css_string(r->text) + " ";
        } else if (const auto* f = std::get_if<doc::field>(&node)) {
          if (f->kind == doc::field_kind::page_number) content += "counter(page) ";
          if (f->kind == doc::field_kind::page_count) content += "counter(pages) ";
          if (f->kind == doc::field_kind::document_title) content += css_string(d.meta.title) + " ";
        } else if (const auto* l = std::get_if<doc::link>(&node)) {
          for (const auto& r : l->runs) content += css_string(r.text) + " ";
        } else if (std::holds_alternative<doc::line_break>(node)) {
          content += "\"\\A\" ";
        }
      }
      std::string box =
          fmt::format("{}-{}", edge,
                      box_position(p->align.value_or(look.align.value_or(doc::alignment::left))));
      std::string& decl = boxes[box];
      if (!decl.empty()) {
        decl.insert(decl.find(';'), " \"\\A\" " + content);  // a second paragraph: a new line
        continue;
      }
      decl = "content:" + content + ";white-space:pre-wrap;";
      text_rules(decl, look.text);
    }
  };
  add(s.header, "top");
  add(s.footer, "bottom");
  if (boxes.empty()) return "";
  std::string css = "@page{";
  for (const auto& [box, decl] : boxes) css += "@" + box + "{" + decl + "}";
  return css + "}\n";
}

}  // namespace cp::html::detail

// SPDX-License-Identifier: MIT
#include "compose/markup_reader.hpp"

#include <libxml/tree.h>

#include <algorithm>
#include <charconv>
#include <set>

#include <fmt/format.h>

#include "compose/inline_reader.hpp"
#include "compose/markdown.hpp"
#include "document/build.hpp"
#include "style/style_loader.hpp"
#include "util/error.hpp"
#include "util/suggest.hpp"
#include "xml/xml_reader.hpp"

namespace cp::compose {

const std::map<std::string, std::vector<std::string>, std::less<>>& markup_vocabulary() {
  static const std::map<std::string, std::vector<std::string>, std::less<>> v = {
      // structure
      {"paper", {}},
      {"properties",
       {"title", "subject", "author", "keywords", "description", "language", "created", "modified",
        "status"}},
      {"custom", {"name"}},
      {"section", {"orientation"}},
      {"header", {}},
      {"footer", {}},
      // blocks
      {"cover",
       {"committee", "date", "title", "report-of", "classification", "logo", "logo-alt",
        "logo-width"}},
      {"toc", {"title", "levels"}},
      {"h1", {"anchor", "role", "numbered", "toc"}},
      {"h2", {"anchor", "role", "numbered", "toc"}},
      {"h3", {"anchor", "role", "numbered", "toc"}},
      {"p", {"role", "numbered", "align"}},
      {"np", {"level", "numbered"}},
      {"prose", {"role", "numbered"}},
      {"ul", {"scheme", "continue"}},
      {"ol", {"scheme", "continue", "start"}},
      {"li", {}},
      {"table", {"widths", "header-rows"}},
      {"caption", {}},
      {"tr", {}},
      {"th", {"colspan", "rowspan", "role"}},
      {"td", {"colspan", "rowspan", "role"}},
      {"page-break", {}},
      {"image", {"src", "alt", "width", "height", "align"}},
      {"restart", {"scheme", "start"}},
      // inline
      {"b", {}},
      {"i", {}},
      {"u", {}},
      {"sup", {}},
      {"sub", {}},
      {"a", {"href"}},
      {"br", {}},
      {"tab", {}},
      {"field", {"name"}},
      {"img", {"src", "alt", "width", "height"}},
      {"page-ref", {"anchor"}},
  };
  return v;
}

namespace {

std::string_view name_of(const xmlNode* n) {
  return reinterpret_cast<const char*>(n->name);
}

bool is_element(const xmlNode* n) {
  return n->type == XML_ELEMENT_NODE;
}

bool is_blank_text(const xmlNode* n) {
  if (n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE) return false;
  return xml::text_of(n).find_first_not_of(" \t\r\n") == std::string_view::npos;
}

const std::set<std::string, std::less<>>& inline_elements() {
  static const std::set<std::string, std::less<>> s = {"b",  "i",   "u",     "sup", "sub",     "a",
                                                       "br", "tab", "field", "img", "page-ref"};
  return s;
}

class tree_reader {
 public:
  tree_reader(const std::string& source, const style::house_style& hs, const resource_loader& load)
      : source_(source), hs_(hs), load_(load) {}

  doc::document read(xmlDoc* x) {
    xmlNode* root = xmlDocGetRootElement(x);
    if (!root || name_of(root) != "paper")
      fail(root, "the markup must have <paper> as its root element");
    check_element(root);
    for (xmlNode* n = root->children; n; n = n->next) {
      if (!is_element(n)) {
        if (!is_blank_text(n)) fail(n, "text directly inside <paper>; put it in a <section>");
        continue;
      }
      check_element(n);
      std::string_view name = name_of(n);
      if (name == "properties")
        read_properties(n);
      else if (name == "section")
        read_section(n);
      else
        fail(n, fmt::format("<{}> cannot stand directly inside <paper>", name));
    }
    if (d_.sections.empty()) fail(root, "the paper has no <section>");
    return std::move(d_);
  }

 private:
  [[noreturn]] void fail(const xmlNode* n, const std::string& message) const {
    long line = n ? xmlGetLineNo(n) : 0;
    throw template_error(fmt::format("{}:{}: {}", source_, line, message));
  }

  std::string attr(const xmlNode* n, const char* name) const { return xml::attribute(n, name); }
  bool has_attr(const xmlNode* n, const char* name) const {
    return xmlHasProp(n, reinterpret_cast<const xmlChar*>(name)) != nullptr;
  }

  // Refuses elements and attributes outside the vocabulary, suggesting near ones.
  void check_element(const xmlNode* n) const {
    const auto& vocab = markup_vocabulary();
    std::string_view name = name_of(n);
    auto it = vocab.find(name);
    if (it == vocab.end()) {
      std::vector<std::string> names;
      for (const auto& [k, v] : vocab) names.push_back(k);
      std::string msg = fmt::format("unknown element <{}>", name);
      if (auto near = nearest(name, names)) msg += fmt::format("; did you mean <{}>?", *near);
      fail(n, msg);
    }
    for (const xmlAttr* a = n->properties; a; a = a->next) {
      std::string an = reinterpret_cast<const char*>(a->name);
      if (std::find(it->second.begin(), it->second.end(), an) == it->second.end()) {
        std::string msg = fmt::format("<{}> has no attribute \"{}\"", name, an);
        if (auto near = nearest(an, it->second))
          msg += fmt::format("; did you mean \"{}\"?", *near);
        fail(n, msg);
      }
    }
  }

  bool flag(const xmlNode* n, const char* name, bool fallback) const {
    if (!has_attr(n, name)) return fallback;
    std::string v = attr(n, name);
    if (v == "true") return true;
    if (v == "false") return false;
    fail(n, fmt::format("attribute {}=\"{}\" must be true or false", name, v));
  }

  int number(const xmlNode* n, const char* name, int fallback, int min, int max) const {
    if (!has_attr(n, name)) return fallback;
    std::string v = attr(n, name);
    int out = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || p != v.data() + v.size() || out < min || out > max)
      fail(n, fmt::format("attribute {}=\"{}\" must be a whole number from {} to {}", name, v, min,
                          max));
    return out;
  }

  double length(const xmlNode* n, const char* name) const {
    if (!has_attr(n, name)) return 0;
    std::string v = attr(n, name);
    auto mm = style::parse_length_mm(v);
    if (!mm) fail(n, fmt::format("attribute {}=\"{}\" must be a length like 50mm", name, v));
    return *mm;
  }

  void role_exists(const xmlNode* n, const std::string& role) const {
    if (hs_.find_paragraph(role)) return;
    std::vector<std::string> roles;
    for (const auto& s : hs_.paragraph_styles) roles.push_back(s.role);
    std::string msg =
        fmt::format("paragraph role \"{}\" is not in house style \"{}\"", role, hs_.name);
    if (auto near = nearest(role, roles)) msg += fmt::format("; did you mean \"{}\"?", *near);
    fail(n, msg);
  }

  // ----------------------------------------------------------- numbering

  struct binding {
    std::string scheme;
    int level;
  };

  std::optional<binding> bound(const std::string& role) const {
    for (const auto& s : hs_.numbering)
      for (std::size_t i = 0; i < s.levels.size(); ++i)
        if (s.levels[i].role == role) return binding{s.name, static_cast<int>(i)};
    return std::nullopt;
  }

  std::size_t current(const std::string& scheme) {
    auto it = current_.find(scheme);
    if (it != current_.end()) return it->second;
    int start = 1;
    if (auto s = next_start_.find(scheme); s != next_start_.end()) {
      start = s->second;
      next_start_.erase(s);
    }
    std::size_t seq = doc::add_sequence(d_, scheme, start);
    current_[scheme] = seq;
    return seq;
  }

  std::optional<doc::numbering_ref> paragraph_numbering(const xmlNode* n, const std::string& role) {
    bool wanted = flag(n, "numbered", true);
    auto b = bound(role);
    if (!wanted) return std::nullopt;
    if (b) return doc::numbering_ref{current(b->scheme), b->level};
    if (has_attr(n, "numbered"))
      fail(n, fmt::format("role \"{}\" is not numbered by any scheme of house style \"{}\"", role,
                          hs_.name));
    return std::nullopt;
  }

  std::optional<doc::numbering_ref> heading_numbering(const xmlNode* n, const std::string& role,
                                                      int level) {
    if (auto b = bound(role)) {
      if (!flag(n, "numbered", true)) return std::nullopt;
      return doc::numbering_ref{current(b->scheme), b->level};
    }
    if (!flag(n, "numbered", false)) return std::nullopt;
    // Unbound heading levels number on in the scheme that numbers Heading 1.
    auto outline = bound("heading-1");
    if (!outline || static_cast<std::size_t>(outline->level + level - 1) >=
                        hs_.scheme(outline->scheme).levels.size())
      fail(n, fmt::format("house style \"{}\" has no numbering for level {} headings", hs_.name,
                          level));
    return doc::numbering_ref{current(outline->scheme), outline->level + level - 1};
  }

  // The paragraph role for items of a list of `scheme` at `depth`: the role
  // the scheme names for that level ("list-bullet-2"), its "table-" variant
  // inside tables when the house style has one.
  std::string item_role(const std::string& scheme, int depth) const {
    const auto& s = hs_.scheme(scheme);
    std::string role;
    for (int d = std::min<int>(depth, static_cast<int>(s.levels.size()) - 1);
         d >= 0 && role.empty(); --d)
      role = s.levels[static_cast<std::size_t>(d)].role;
    if (role.empty()) role = in_table_ ? "table-text" : "body-text";
    if (in_table_ && hs_.find_paragraph("table-" + role)) role = "table-" + role;
    return role;
  }

  // ---------------------------------------------------------- structure

  void read_properties(xmlNode* n) {
    auto& m = d_.meta;
    m.title = attr(n, "title");
    m.subject = attr(n, "subject");
    m.author = attr(n, "author");
    m.description = attr(n, "description");
    if (has_attr(n, "language")) m.language = attr(n, "language");
    m.created = attr(n, "created");
    m.modified = attr(n, "modified");
    m.status = attr(n, "status");
    std::string kw = attr(n, "keywords");
    for (std::size_t start = 0; start < kw.size();) {
      std::size_t end = kw.find(';', start);
      if (end == std::string::npos) end = kw.size();
      std::string k = normalise_space(kw.substr(start, end - start));
      if (!k.empty()) m.keywords.push_back(k);
      start = end + 1;
    }
    for (xmlNode* c = n->children; c; c = c->next) {
      if (!is_element(c)) continue;
      check_element(c);
      if (name_of(c) != "custom") fail(c, "<properties> holds <custom> elements only");
      std::string name = attr(c, "name");
      if (name.empty()) fail(c, "<custom> needs a name");
      for (const auto& [k, v] : m.custom)
        if (k == name) fail(c, fmt::format("custom property \"{}\" given twice", name));
      m.custom.emplace_back(name, normalise_space(xml::content(c)));
    }
  }

  void read_section(xmlNode* n) {
    doc::section s;
    std::string o = has_attr(n, "orientation") ? attr(n, "orientation") : "portrait";
    if (o == "landscape")
      s.page_orientation = doc::orientation::landscape;
    else if (o != "portrait")
      fail(n, fmt::format("orientation=\"{}\" must be portrait or landscape", o));
    for (xmlNode* c = n->children; c; c = c->next) {
      if (!is_element(c)) {
        if (!is_blank_text(c)) fail(c, "text directly inside <section>; put it in a <p>");
        continue;
      }
      check_element(c);
      std::string_view name = name_of(c);
      if (name == "header")
        read_furniture(c, s.header, "header");
      else if (name == "footer")
        read_furniture(c, s.footer, "footer");
      else
        block(c, s.body);
    }
    d_.sections.push_back(std::move(s));
  }

  void read_furniture(xmlNode* n, doc::blocks& out, const char* role) {
    for (xmlNode* c = n->children; c; c = c->next) {
      if (!is_element(c)) {
        if (!is_blank_text(c))
          fail(c, fmt::format("text directly inside <{}>; put it in a <p>", role));
        continue;
      }
      check_element(c);
      if (name_of(c) != "p") fail(c, fmt::format("<{}> holds <p> elements only", role));
      doc::paragraph p;
      p.role = has_attr(c, "role") ? attr(c, "role") : role;
      role_exists(c, p.role);
      p.align = alignment(c);
      p.content = inlines(c);
      out.push_back(doc::blk(std::move(p)));
    }
  }

  // ---------------------------------------------------------- blocks

  void block(xmlNode* n, doc::blocks& out) {
    std::string_view name = name_of(n);
    if (name == "p")
      out.push_back(doc::blk(paragraph(n)));
    else if (name == "np")
      out.push_back(doc::blk(numbered_paragraph(n)));
    else if (name == "h1" || name == "h2" || name == "h3")
      out.push_back(doc::blk(heading(n, name[1] - '0')));
    else if (name == "prose")
      prose(n, out);
    else if (name == "ul" || name == "ol")
      out.push_back(doc::blk(list(n, 0)));
    else if (name == "table")
      out.push_back(doc::blk(table(n)));
    else if (name == "page-break")
      out.push_back(doc::blk(doc::page_break{}));
    else if (name == "toc")
      out.push_back(doc::blk(toc(n)));
    else if (name == "cover")
      out.push_back(doc::blk(cover(n)));
    else if (name == "image")
      out.push_back(doc::blk(image_paragraph(n)));
    else if (name == "restart")
      restart(n);
    else
      fail(n, fmt::format(
                  "<{}> cannot stand here; expected a block such as <p>, <h1>, <ul> or <table>",
                  name));
  }

  std::optional<doc::alignment> alignment(const xmlNode* n) const {
    if (!has_attr(n, "align")) return std::nullopt;
    std::string a = attr(n, "align");
    if (a == "left") return doc::alignment::left;
    if (a == "centre" || a == "center") return doc::alignment::centre;
    if (a == "right") return doc::alignment::right;
    if (a == "justify") return doc::alignment::justify;
    fail(n, fmt::format("align=\"{}\" must be left, centre, right or justify", a));
  }

  doc::paragraph paragraph(xmlNode* n) {
    doc::paragraph p;
    p.role = has_attr(n, "role") ? attr(n, "role") : default_role();
    role_exists(n, p.role);
    p.align = alignment(n);
    p.content = inlines(n);
    p.numbering = paragraph_numbering(n, p.role);
    return p;
  }

  doc::paragraph numbered_paragraph(xmlNode* n) {
    int level = number(n, "level", 1, 1, 9);
    doc::paragraph p;
    p.role = level == 1 ? "numbered-paragraph" : fmt::format("numbered-paragraph-{}", level);
    role_exists(n, p.role);
    p.content = inlines(n);
    p.numbering = paragraph_numbering(n, p.role);
    return p;
  }

  doc::heading heading(xmlNode* n, int level) {
    doc::heading h;
    h.level = level;
    h.role = has_attr(n, "role") ? attr(n, "role") : "";
    std::string role = h.role.empty() ? fmt::format("heading-{}", level) : h.role;
    role_exists(n, role);
    h.anchor = attr(n, "anchor");
    if (!h.anchor.empty() && !anchors_.insert(h.anchor).second)
      fail(n, fmt::format("anchor \"{}\" is used by an earlier heading", h.anchor));
    h.in_toc = flag(n, "toc", true);
    h.content = inlines(n);
    h.numbering = heading_numbering(n, role, level);
    const auto* style = hs_.find_paragraph(role);
    last_heading_level_ = style && style->outline_level > 0 ? style->outline_level : level;
    return h;
  }

  // The role of a <p> or <prose> without one: the role of the list item or
  // table cell it stands in, else body text.
  std::string default_role() const {
    if (!role_stack_.empty()) return role_stack_.back();
    return in_table_ ? "table-text" : "body-text";
  }

  // Markdown prose: each paragraph in the element's role (numbered when the
  // role is), lists as bullet or numbered lists, headings one level below the
  // heading they stand under, left out of the contents.
  void prose(xmlNode* n, doc::blocks& out) {
    std::string role = has_attr(n, "role") ? attr(n, "role") : default_role();
    role_exists(n, role);
    std::string text = xml::content(n);
    for (xmlNode* c = n->children; c; c = c->next)
      if (is_element(c)) fail(c, "<prose> holds CommonMark text only, not elements");
    for (auto& b : parse_markdown(text)) prose_block(n, b, role, out, 0);
  }

  void prose_block(xmlNode* n, compose::prose_block& b, const std::string& role, doc::blocks& out,
                   int depth) {
    switch (b.what) {
      case compose::prose_block::kind::paragraph: {
        doc::paragraph p;
        p.role = role;
        p.content = std::move(b.content);
        if (depth == 0) p.numbering = paragraph_numbering(n, role);
        out.push_back(doc::blk(std::move(p)));
        break;
      }
      case compose::prose_block::kind::heading: {
        // One level below the heading it stands under, so levels never skip.
        doc::heading h;
        h.level = std::clamp(last_heading_level_ + 1, 1, 3);
        h.in_toc = false;
        h.content = std::move(b.content);
        out.push_back(doc::blk(std::move(h)));
        break;
      }
      case compose::prose_block::kind::list: {
        std::string scheme = b.ordered ? "number" : "bullet";
        doc::list l;
        l.sequence = doc::add_sequence(d_, scheme, b.start);
        std::string item = item_role(scheme, depth);
        for (auto& blocks : b.items) {
          doc::list_item li;
          for (auto& inner : blocks) prose_block(n, inner, item, li.blocks, depth + 1);
          if (li.blocks.empty()) li.blocks.push_back(doc::blk(doc::para(item, {})));
          l.items.push_back(std::move(li));
        }
        out.push_back(doc::blk(std::move(l)));
        break;
      }
    }
  }

  doc::list list(xmlNode* n, int depth) {
    bool ordered = name_of(n) == "ol";
    std::string scheme =
        has_attr(n, "scheme") ? attr(n, "scheme") : (ordered ? "number" : "bullet");
    if (!hs_.find_scheme(scheme))
      fail(n,
           fmt::format("numbering scheme \"{}\" is not in house style \"{}\"", scheme, hs_.name));
    doc::list l;
    bool cont = depth == 0 && flag(n, "continue", false);
    if (cont && last_list_.count(scheme)) {
      l.sequence = last_list_[scheme];
    } else {
      l.sequence = doc::add_sequence(d_, scheme, number(n, "start", 1, 0, 100000));
    }
    if (depth == 0) last_list_[scheme] = l.sequence;
    std::string role = item_role(scheme, depth);
    for (xmlNode* c = n->children; c; c = c->next) {
      if (!is_element(c)) {
        if (!is_blank_text(c))
          fail(c, fmt::format("text directly inside <{}>; put it in an <li>", name_of(n)));
        continue;
      }
      check_element(c);
      if (name_of(c) != "li") fail(c, fmt::format("<{}> holds <li> elements only", name_of(n)));
      doc::list_item item;
      mixed_content(c, item.blocks, role, depth + 1);
      l.items.push_back(std::move(item));
    }
    if (l.items.empty()) fail(n, fmt::format("<{}> has no <li>", name_of(n)));
    return l;
  }

  // Content that may be inline text, blocks, or both (list items, table
  // cells): runs of inline content become paragraphs in `role`.
  void mixed_content(xmlNode* n, doc::blocks& out, const std::string& role, int list_depth) {
    role_stack_.push_back(role);
    std::vector<xmlNode*> pending;
    auto flush = [&] {
      bool blank =
          std::all_of(pending.begin(), pending.end(), [](xmlNode* p) { return is_blank_text(p); });
      if (!blank) out.push_back(doc::blk(doc::para(role, inline_reader_.read(pending))));
      pending.clear();
    };
    for (xmlNode* c = n->children; c; c = c->next) {
      if (is_element(c)) {
        check_element(c);
        std::string_view name = name_of(c);
        if (inline_elements().count(name)) {
          pending.push_back(c);
          continue;
        }
        flush();
        if (name == "ul" || name == "ol")
          out.push_back(doc::blk(list(c, list_depth)));
        else if (name == "p" || name == "prose" || name == "np" || name == "image")
          block(c, out);
        else
          fail(c, fmt::format("<{}> cannot stand inside <{}>", name, name_of(n)));
      } else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        pending.push_back(c);
      }
    }
    flush();
    role_stack_.pop_back();
    if (out.empty()) out.push_back(doc::blk(doc::para(role, {})));
  }

  doc::table table(xmlNode* n) {
    doc::table t;
    std::string widths = attr(n, "widths");
    for (std::size_t start = 0; start < widths.size();) {
      std::size_t end = widths.find(' ', start);
      if (end == std::string::npos) end = widths.size();
      std::string w = widths.substr(start, end - start);
      if (!w.empty()) {
        double v = 0;
        auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
        if (ec != std::errc() || p != w.data() + w.size() || v <= 0)
          fail(n,
               fmt::format("widths=\"{}\" must be positive numbers separated by spaces", widths));
        t.column_widths.push_back(v);
      }
      start = end + 1;
    }
    bool was_in_table = in_table_;
    in_table_ = true;
    int leading_header_rows = 0;
    bool counting_headers = true;
    for (xmlNode* c = n->children; c; c = c->next) {
      if (!is_element(c)) {
        if (!is_blank_text(c)) fail(c, "text directly inside <table>; put it in a <td>");
        continue;
      }
      check_element(c);
      std::string_view name = name_of(c);
      if (name == "caption") {
        t.caption = inlines(c);
      } else if (name == "tr") {
        doc::table_row row;
        bool all_th = true;
        for (xmlNode* cell = c->children; cell; cell = cell->next) {
          if (!is_element(cell)) {
            if (!is_blank_text(cell)) fail(cell, "text directly inside <tr>; put it in a <td>");
            continue;
          }
          check_element(cell);
          std::string_view cn = name_of(cell);
          if (cn != "td" && cn != "th") fail(cell, "<tr> holds <th> and <td> elements only");
          all_th = all_th && cn == "th";
          doc::table_cell tc;
          tc.col_span = number(cell, "colspan", 1, 1, 63);
          tc.row_span = number(cell, "rowspan", 1, 1, 10000);
          std::string role = has_attr(cell, "role") ? attr(cell, "role")
                                                    : (cn == "th" ? "table-heading" : "table-text");
          role_exists(cell, role);
          mixed_content(cell, tc.blocks, role, 0);
          row.cells.push_back(std::move(tc));
        }
        if (counting_headers && all_th && !row.cells.empty())
          ++leading_header_rows;
        else
          counting_headers = false;
        t.rows.push_back(std::move(row));
      } else {
        fail(c, "<table> holds <caption> and <tr> elements only");
      }
    }
    in_table_ = was_in_table;
    if (t.rows.empty()) fail(n, "<table> has no <tr>");
    t.header_rows =
        number(n, "header-rows", leading_header_rows, 0, static_cast<int>(t.rows.size()));
    return t;
  }

  doc::table_of_contents toc(xmlNode* n) {
    doc::table_of_contents t;
    if (has_attr(n, "title")) t.title = attr(n, "title");
    t.levels = number(n, "levels", 3, 1, 3);
    return t;
  }

  doc::title_block cover(xmlNode* n) {
    doc::title_block tb;
    tb.committee = normalise_space(attr(n, "committee"));
    tb.meeting_date = normalise_space(attr(n, "date"));
    tb.title = normalise_space(attr(n, "title"));
    tb.report_of = normalise_space(attr(n, "report-of"));
    tb.classification = normalise_space(attr(n, "classification"));
    if (!attr(n, "logo").empty()) tb.logo = picture(n, "logo", "logo-alt", "logo-width", nullptr);
    return tb;
  }

  doc::paragraph image_paragraph(xmlNode* n) {
    doc::paragraph p;
    p.role = "normal";
    p.align = has_attr(n, "align") ? alignment(n) : doc::alignment::centre;
    p.content.push_back(picture(n, "src", "alt", "width", "height"));
    return p;
  }

  doc::picture picture(xmlNode* n, const char* src_attr, const char* alt_attr,
                       const char* width_attr, const char* height_attr) {
    std::string src = attr(n, src_attr);
    if (src.empty()) fail(n, fmt::format("<{}> needs {}", name_of(n), src_attr));
    doc::picture pic;
    pic.alt = normalise_space(attr(n, alt_attr));
    if (pic.alt.empty())
      fail(n, fmt::format("<{}> needs {}: every picture needs alternative text", name_of(n),
                          alt_attr));
    pic.width_mm = length(n, width_attr);
    if (height_attr) pic.height_mm = length(n, height_attr);
    auto it = images_.find(src);
    if (it == images_.end()) {
      std::string bytes;
      try {
        bytes = load_(src);
        it = images_.emplace(src, doc::add_image(d_, std::move(bytes), src)).first;
      } catch (const error& e) {
        fail(n, e.what());
      }
    }
    pic.image = it->second;
    return pic;
  }

  void restart(xmlNode* n) {
    std::string scheme = attr(n, "scheme");
    if (!hs_.find_scheme(scheme))
      fail(n,
           fmt::format("numbering scheme \"{}\" is not in house style \"{}\"", scheme, hs_.name));
    current_.erase(scheme);
    next_start_[scheme] = number(n, "start", 1, 0, 100000);
  }

  doc::inlines inlines(xmlNode* n) {
    std::vector<xmlNode*> children;
    for (xmlNode* c = n->children; c; c = c->next) {
      if (is_element(c)) {
        check_element(c);
        if (!inline_elements().count(name_of(c)))
          fail(c, fmt::format("<{}> cannot stand inside <{}>, which holds text", name_of(c),
                              name_of(n)));
      }
      children.push_back(c);
    }
    return inline_reader_.read(children);
  }

  std::string normalise_space(const std::string& s) const { return collapse_space(s); }

  const std::string& source_;
  const style::house_style& hs_;
  const resource_loader& load_;
  doc::document d_;
  std::map<std::string, std::size_t> current_;  // scheme -> sequence numbered paragraphs continue
  std::map<std::string, int> next_start_;       // scheme -> start of its next sequence
  std::map<std::string, std::size_t>
      last_list_;                              // scheme -> last top-level list, for continue="true"
  std::map<std::string, std::size_t> images_;  // src -> image index
  std::set<std::string> anchors_;
  bool in_table_ = false;
  int last_heading_level_ = 0;  // outline level of the last heading read
  std::vector<std::string> role_stack_;
  inline_reader inline_reader_{
      [this](const xmlNode* n, const std::string& m) { fail(n, m); },
      [this](xmlNode* n) { check_element(n); },
      [this](xmlNode* n) { return picture(n, "src", "alt", "width", "height"); }};
};

}  // namespace

doc::document read_markup(std::string_view markup, const std::string& source_name,
                          const style::house_style& hs, const resource_loader& load) {
  xml::doc_ptr x;
  try {
    x = xml::parse(markup, source_name);
  } catch (const error& e) {
    throw template_error(e.what());
  }
  return tree_reader(source_name, hs, load).read(x.get());
}

}  // namespace cp::compose

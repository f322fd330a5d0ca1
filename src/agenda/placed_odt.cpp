// SPDX-License-Identifier: MIT
// A placed ODT read into the document tree: paragraphs, headings, lists,
// tables, pictures, links and page orientation; what is left out goes into notes.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>

#include <fmt/format.h>

#include "agenda/placed_builder.hpp"
#include "reference/package_paths.hpp"
#include "xml/xml_reader.hpp"
#include "xml/xml_tree.hpp"

namespace cp::agenda {
namespace {

using detail::block_sink;
using detail::tree_state;

constexpr std::string_view office_ns = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view style_ns = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr std::string_view text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view table_ns = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view draw_ns = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr std::string_view fo_ns = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
constexpr std::string_view svg_ns = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
constexpr std::string_view xlink_ns = "http://www.w3.org/1999/xlink";
constexpr std::string_view manifest_ns = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
constexpr std::string_view xml_ns = "http://www.w3.org/XML/1998/namespace";

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string attr(const xmlNode* n, std::string_view ns, std::string_view local) {
  return xml::attr(n, ns, local).value_or("");
}

int to_int(const std::string& s, int fallback) {
  try {
    std::size_t used = 0;
    int v = std::stoi(s, &used);
    return used == s.size() ? v : fallback;
  } catch (const std::exception&) {
    return fallback;
  }
}

// An ODF length ("2.5cm", "25mm", "1in", "12pt", "96px") in millimetres; 0 when unreadable.
double length_mm(const std::string& s) {
  std::size_t end = 0;
  double v = 0;
  try {
    v = std::stod(s, &end);
  } catch (const std::exception&) {
    return 0;
  }
  std::string unit = s.substr(end);
  if (!std::isfinite(v) || v < 0) return 0;
  if (unit == "mm") return v;
  if (unit == "cm") return v * 10;
  if (unit == "in" || unit == "inch") return v * 25.4;
  if (unit == "pt") return v * 25.4 / 72;
  if (unit == "pc") return v * 25.4 / 6;
  if (unit == "px") return v * 25.4 / 96;
  return 0;
}

struct style_info {
  std::string family;
  std::string display;  // display name or name, lower case
  std::string parent;
  std::optional<int> outline;
  std::string master_page;
  std::string list_style;
  bool break_before = false;
  bool break_after = false;
  std::optional<bool> bold, italic, underline;
  std::uint8_t position = 0;  // superscript / subscript
  double column_width_mm = 0;
};

class odt_reader {
 public:
  odt_reader(const package::entries& entries, tree_state& st) : entries_(entries), st_(st) {}

  void read() {
    check_package();
    xml::doc_ptr styles;
    if (entries_.count("styles.xml")) {
      styles = parse("styles.xml");
      xmlNode* root = xmlDocGetRootElement(styles.get());
      read_style_container(xml::child(root, office_ns, "styles"));
      read_style_container(xml::child(root, office_ns, "automatic-styles"));
      read_masters(xml::child(root, office_ns, "master-styles"));
    }
    auto content = parse("content.xml");
    xmlNode* root = xmlDocGetRootElement(content.get());
    if (!xml::is(root, office_ns, "document-content"))
      fail("content.xml is not an OpenDocument content part");
    read_style_container(xml::child(root, office_ns, "automatic-styles"));
    xmlNode* text = xml::child(xml::child(root, office_ns, "body"), office_ns, "text");
    if (!text) fail("it is not a text document: content.xml has no office:text");
    doc::document& tree = st_.result.tree;
    tree.sections.emplace_back();
    {
      block_sink sink(tree, st_.sequences, tree.sections.back().body);
      body_content(text, sink, 0, false);
    }
    if (tree.sections.size() > 1 && tree.sections.back().body.empty()) tree.sections.pop_back();
  }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw placed_error(fmt::format("{}: cannot place this document: {}", st_.name, why));
  }

  xml::doc_ptr parse(const std::string& part) const {
    auto it = entries_.find(part);
    if (it == entries_.end()) fail(fmt::format("the part {} is missing", part));
    try {
      return xml::parse(it->second, "part " + part);
    } catch (const error& e) {
      fail(e.what());
    }
  }

  void check_package() const {
    auto mt = entries_.find("mimetype");
    if (mt == entries_.end() && !entries_.count("content.xml")) {
      if (entries_.count("word/document.xml"))
        fail("it is a Word document named as an ODT; rename it .docx");
      fail("it is not an OpenDocument file: the package has no content.xml");
    }
    if (mt != entries_.end() && !mt->second.starts_with("application/vnd.oasis.opendocument.text"))
      fail(fmt::format("it is not a text document (its type is {})", mt->second.substr(0, 80)));
    if (auto m = entries_.find("META-INF/manifest.xml"); m != entries_.end()) {
      auto d = parse("META-INF/manifest.xml");
      for (xmlNode* n : xml::descendants(xmlDocGetRootElement(d.get())))
        if (xml::is(n, manifest_ns, "encryption-data"))
          fail("it is password-protected; save a copy without a password to place it");
    }
  }

  void read_style_container(const xmlNode* container) {
    if (!container) return;
    for (xmlNode* s : xml::children(container)) {
      if (xml::is(s, style_ns, "style")) {
        style_info si;
        si.family = attr(s, style_ns, "family");
        std::string name = attr(s, style_ns, "name");
        si.display = lower(xml::attr(s, style_ns, "display-name").value_or(name));
        si.parent = attr(s, style_ns, "parent-style-name");
        if (auto o = xml::attr(s, style_ns, "default-outline-level"); o && !o->empty())
          si.outline = to_int(*o, 0);
        si.master_page = attr(s, style_ns, "master-page-name");
        si.list_style = attr(s, style_ns, "list-style-name");
        const xmlNode* pp = xml::child(s, style_ns, "paragraph-properties");
        if (!pp) pp = xml::child(s, style_ns, "table-properties");
        si.break_before = attr(pp, fo_ns, "break-before") == "page";
        si.break_after = attr(pp, fo_ns, "break-after") == "page";
        if (const xmlNode* tp = xml::child(s, style_ns, "text-properties")) {
          if (auto w = xml::attr(tp, fo_ns, "font-weight"))
            si.bold = *w == "bold" || to_int(*w, 400) >= 600;
          if (auto i = xml::attr(tp, fo_ns, "font-style"))
            si.italic = *i == "italic" || *i == "oblique";
          if (auto u = xml::attr(tp, style_ns, "text-underline-style")) si.underline = *u != "none";
          std::string pos = attr(tp, style_ns, "text-position");
          if (pos.starts_with("super") || (!pos.empty() && pos[0] != '0' && pos[0] != '-' &&
                                           std::isdigit(static_cast<unsigned char>(pos[0]))))
            si.position = doc::superscript;
          else if (pos.starts_with("sub") || pos.starts_with("-"))
            si.position = doc::subscript;
        }
        if (const xmlNode* cp = xml::child(s, style_ns, "table-column-properties"))
          si.column_width_mm = length_mm(attr(cp, style_ns, "column-width"));
        styles_[name] = std::move(si);
      } else if (xml::is(s, text_ns, "list-style")) {
        std::vector<bool> bullets(10, true);
        for (xmlNode* l : xml::children(s)) {
          int level = to_int(attr(l, text_ns, "level"), 1);
          if (level >= 1 && level <= 10)
            bullets[static_cast<std::size_t>(level - 1)] =
                !xml::is(l, text_ns, "list-level-style-number");
        }
        list_styles_[attr(s, style_ns, "name")] = bullets;
      } else if (xml::is(s, style_ns, "page-layout")) {
        const xmlNode* pp = xml::child(s, style_ns, "page-layout-properties");
        double w = length_mm(attr(pp, fo_ns, "page-width")),
               h = length_mm(attr(pp, fo_ns, "page-height"));
        bool landscape =
            attr(pp, style_ns, "print-orientation") == "landscape" || (w > 0 && h > 0 && w > h);
        layouts_[attr(s, style_ns, "name")] = landscape;
      }
    }
  }

  void read_masters(const xmlNode* masters) {
    for (xmlNode* m : xml::children(masters, style_ns, "master-page")) {
      auto it = layouts_.find(attr(m, style_ns, "page-layout-name"));
      masters_[attr(m, style_ns, "name")] = it != layouts_.end() && it->second;
    }
  }

  template <class Fn>
  void each_style(const std::string& name, Fn fn) const {
    std::string at = name;
    for (int guard = 0; guard < 32 && !at.empty(); ++guard) {
      auto it = styles_.find(at);
      if (it == styles_.end()) return;
      if (fn(it->second)) return;
      at = it->second.parent;
    }
  }

  std::uint8_t marks_of(const std::string& style, std::uint8_t marks) const {
    std::optional<bool> b, i, u;
    std::uint8_t pos = 0;
    bool pos_set = false;
    each_style(style, [&](const style_info& s) {
      if (!b) b = s.bold;
      if (!i) i = s.italic;
      if (!u) u = s.underline;
      if (!pos_set && s.position) {
        pos = s.position;
        pos_set = true;
      }
      return false;
    });
    auto set = [&](std::optional<bool> v, std::uint8_t m) {
      if (v) marks = *v ? (marks | m) : (marks & ~m);
    };
    set(b, doc::bold);
    set(i, doc::italic);
    set(u, doc::underline);
    return static_cast<std::uint8_t>(marks | pos);
  }

  // -1: not a heading; 0: the title; 1-3 heading level.
  int paragraph_level(const std::string& style) const {
    int level = -1;
    each_style(style, [&](const style_info& s) {
      if (s.display == "title") {
        level = 0;
        return true;
      }
      if (s.outline && *s.outline > 0) {
        level = std::min(3, *s.outline);
        return true;
      }
      return false;
    });
    return level;
  }

  bool is_contents_style(const std::string& style) const {
    bool yes = false;
    each_style(style, [&](const style_info& s) {
      yes = s.display.starts_with("contents ") || s.display == "contents heading";
      return true;
    });
    return yes;
  }

  const style_info* find(const std::string& style) const {
    auto it = styles_.find(style);
    return it == styles_.end() ? nullptr : &it->second;
  }

  // A master page named by the style of a block starts a new section there.
  void master_page_of(const std::string& style, block_sink& sink, bool top) {
    const style_info* s = find(style);
    if (!s || s->master_page.empty() || !top) return;
    auto it = masters_.find(s->master_page);
    bool landscape = it != masters_.end() && it->second;
    doc::document& tree = st_.result.tree;
    if (!started_) {
      tree.sections.back().page_orientation =
          landscape ? doc::orientation::landscape : doc::orientation::portrait;
      return;
    }
    sink.flush();
    tree.sections.emplace_back();
    tree.sections.back().page_orientation =
        landscape ? doc::orientation::landscape : doc::orientation::portrait;
    sink.retarget(tree.sections.back().body);
  }

  void breaks_before(const std::string& style, block_sink& sink, bool top) {
    master_page_of(style, sink, top);
    if (const style_info* s = find(style); s && s->break_before && started_ && top)
      sink.add(doc::block{doc::page_break{}});
  }

  // ------------------------------------------------------------ blocks
  void body_content(const xmlNode* parent, block_sink& sink, int depth, bool in_cell) {
    if (depth > detail::max_depth) fail("its content is nested too deeply");
    for (xmlNode* c = parent->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (xml::is(c, text_ns, "p") || xml::is(c, text_ns, "h")) {
        paragraph(c, sink, in_cell, std::nullopt);
      } else if (xml::is(c, text_ns, "list")) {
        list(c, sink, in_cell, 0, {});
      } else if (xml::is(c, table_ns, "table")) {
        if (in_cell)
          nested_table(c, sink, depth + 1);
        else
          table(c, sink, depth + 1);
      } else if (xml::is(c, text_ns, "section")) {
        body_content(c, sink, depth + 1, in_cell);
      } else if (xml::is(c, text_ns, "table-of-content") ||
                 xml::is(c, text_ns, "alphabetical-index") ||
                 xml::is(c, text_ns, "illustration-index") || xml::is(c, text_ns, "table-index") ||
                 xml::is(c, text_ns, "object-index") || xml::is(c, text_ns, "user-index") ||
                 xml::is(c, text_ns, "bibliography")) {
        st_.note(
            "its table of contents and indexes are left out: their page numbers would be those of "
            "the "
            "document on its own");
      } else if (xml::is(c, draw_ns, "frame")) {
        doc::paragraph p;
        p.role = in_cell ? "table-text" : "body-text";
        std::vector<doc::inlines> out(1);
        frame(c, out);
        p.content = std::move(out[0]);
        if (!detail::is_empty(p)) sink.add(doc::block{std::move(p)});
      }
      // text:tracked-changes (deleted text), declarations, forms and soft page breaks place
      // nothing.
    }
  }

  struct list_context {
    std::string key;
    std::string style;
  };

  void paragraph(const xmlNode* p, block_sink& sink, bool in_cell,
                 std::optional<list_context> in_list, int list_level = 0) {
    std::string style = attr(p, text_ns, "style-name");
    bool top = !in_cell && !in_list;
    if (is_contents_style(style)) return;
    breaks_before(style, sink, !in_cell);
    started_ = true;
    std::vector<doc::inlines> pieces(1);
    inline_content(p, pieces, marks_of(style, 0), 0);
    doc::inlines& content = pieces[0];
    normalise(content);
    int level = xml::is(p, text_ns, "h")
                    ? std::min(3, std::max(1, to_int(attr(p, text_ns, "outline-level"), 1)))
                    : paragraph_level(style);
    doc::paragraph para;
    para.content = std::move(content);
    if (!detail::is_empty(para)) {
      if (level > 0) {
        doc::heading h;
        h.level = level;
        h.content = std::move(para.content);
        h.in_toc = false;
        sink.add(doc::block{std::move(h)});
      } else {
        para.role = level == 0 ? "title" : in_cell ? "table-text" : "body-text";
        if (in_list) {
          std::string ls = in_list->style;
          auto it = list_styles_.find(ls);
          int lvl = std::clamp(list_level, 0, 9);
          bool bullet = it == list_styles_.end() ? true : it->second[static_cast<std::size_t>(lvl)];
          sink.add_list_paragraph(
              {in_list->key, std::min(lvl, st_.max_list_level()), bullet, std::move(para)});
        } else {
          sink.add(doc::block{std::move(para)});
        }
      }
    }
    if (const style_info* s = find(style); s && s->break_after && top)
      sink.add(doc::block{doc::page_break{}});
  }

  void list(const xmlNode* l, block_sink& sink, bool in_cell, int level, list_context ctx) {
    if (level > detail::max_depth) fail("its lists are nested too deeply");
    if (level == 0) {
      std::string id = attr(l, xml_ns, "id");
      std::string cont = attr(l, text_ns, "continue-list");
      std::string style = attr(l, text_ns, "style-name");
      if (!cont.empty() && list_keys_.count(cont))
        ctx.key = list_keys_[cont];
      else if (attr(l, text_ns, "continue-numbering") == "true" && !last_list_key_.empty())
        ctx.key = last_list_key_;
      else
        ctx.key = fmt::format("list{}", ++lists_);
      ctx.style = style.empty() ? ctx.style : style;
      if (!id.empty()) list_keys_[id] = ctx.key;
      last_list_key_ = ctx.key;
    } else if (auto style = attr(l, text_ns, "style-name"); !style.empty()) {
      ctx.style = style;
    }
    for (xmlNode* item : xml::children(l)) {
      if (!xml::is(item, text_ns, "list-item") && !xml::is(item, text_ns, "list-header")) continue;
      for (xmlNode* c : xml::children(item)) {
        if (xml::is(c, text_ns, "p") || xml::is(c, text_ns, "h")) {
          list_context here = ctx;
          if (here.style.empty()) {
            // The list style may come from the paragraph's style.
            each_style(attr(c, text_ns, "style-name"), [&](const style_info& s) {
              if (s.list_style.empty()) return false;
              here.style = s.list_style;
              return true;
            });
          }
          paragraph(c, sink, in_cell, here, level);
        } else if (xml::is(c, text_ns, "list")) {
          list(c, sink, in_cell, level + 1, ctx);
        } else if (xml::is(c, table_ns, "table")) {
          sink.flush();
          if (in_cell)
            nested_table(c, sink, level + 1);
          else
            table(c, sink, level + 1);
        }
      }
    }
  }

  // ------------------------------------------------------------ inlines
  void inline_content(const xmlNode* parent, std::vector<doc::inlines>& out, std::uint8_t marks,
                      int depth) {
    if (depth > detail::max_depth) fail("its content is nested too deeply");
    for (xmlNode* c = parent->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        std::string t = xml::content(c);
        for (char& ch : t)
          if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
        detail::append_text(out.back(), t, marks);
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      if (xml::is(c, text_ns, "s")) {
        int n = std::clamp(to_int(attr(c, text_ns, "c"), 1), 1, 1000);
        detail::append_text(out.back(), std::string(static_cast<std::size_t>(n), '\x01'), marks);
      } else if (xml::is(c, text_ns, "tab")) {
        detail::append_text(out.back(), "\t", marks);
      } else if (xml::is(c, text_ns, "line-break")) {
        out.back().push_back(doc::line_break{});
      } else if (xml::is(c, text_ns, "span")) {
        inline_content(c, out, marks_of(attr(c, text_ns, "style-name"), marks), depth + 1);
      } else if (xml::is(c, text_ns, "a")) {
        hyperlink(c, out, marks, depth);
      } else if (xml::is(c, draw_ns, "frame")) {
        frame(c, out);
      } else if (xml::is(c, draw_ns, "a")) {
        inline_content(c, out, marks, depth + 1);
      } else if (xml::is(c, text_ns, "note")) {
        st_.left_out("footnotes and endnotes left out");
      } else if (xml::is(c, office_ns, "annotation")) {
        st_.left_out("comments left out");
      } else if (xml::is(c, text_ns, "bookmark") || xml::is(c, text_ns, "bookmark-start") ||
                 xml::is(c, text_ns, "bookmark-end") || xml::is(c, text_ns, "reference-mark") ||
                 xml::is(c, text_ns, "reference-mark-start") ||
                 xml::is(c, text_ns, "reference-mark-end") ||
                 xml::is(c, text_ns, "soft-page-break") || xml::is(c, text_ns, "change") ||
                 xml::is(c, text_ns, "change-start") || xml::is(c, text_ns, "change-end") ||
                 xml::is(c, office_ns, "annotation-end") || xml::is(c, text_ns, "toc-mark") ||
                 xml::is(c, text_ns, "alphabetical-index-mark") ||
                 xml::is(c, text_ns, "user-index-mark") || xml::is(c, text_ns, "toc-mark-start") ||
                 xml::is(c, text_ns, "toc-mark-end") || xml::is(c, draw_ns, "custom-shape") ||
                 xml::is(c, draw_ns, "rect") || xml::is(c, draw_ns, "line")) {
        if (xml::is(c, draw_ns, "custom-shape") || xml::is(c, draw_ns, "rect") ||
            xml::is(c, draw_ns, "line"))
          st_.left_out("drawing shapes left out");
      } else {
        // Fields and other inline elements: the text they show.
        inline_content(c, out, marks, depth + 1);
      }
    }
  }

  // ODF white space: runs of spaces collapse to one, leading and trailing
  // ones go; text:s (written as \x01 above) are spaces that stay.
  static void normalise(doc::inlines& content) {
    bool space = true;  // at the start, spaces go
    for (auto& n : content) {
      if (auto* t = std::get_if<doc::text_run>(&n)) {
        std::string out;
        for (char ch : t->text) {
          if (ch == ' ') {
            if (!space) out += ' ';
            space = true;
          } else if (ch == '\x01') {
            out += ' ';
            space = false;
          } else {
            out += ch;
            space = ch == '\t';
          }
        }
        t->text = std::move(out);
      } else {
        space = std::holds_alternative<doc::line_break>(n);
      }
    }
    detail::trim(content);
  }

  void hyperlink(const xmlNode* a, std::vector<doc::inlines>& out, std::uint8_t marks, int depth) {
    std::string target = attr(a, xlink_ns, "href");
    std::vector<doc::inlines> inner(1);
    inline_content(a, inner, marks, depth + 1);
    bool only_text = std::all_of(inner[0].begin(), inner[0].end(), [](const doc::inline_node& n) {
      return std::holds_alternative<doc::text_run>(n);
    });
    if (tree_state::usable_link(target) && only_text && !inner[0].empty()) {
      doc::link l{target, {}};
      for (auto& n : inner[0]) l.runs.push_back(std::get<doc::text_run>(std::move(n)));
      out.back().push_back(std::move(l));
      return;
    }
    if (!target.empty() && target[0] != '#' && !tree_state::usable_link(target))
      st_.left_out(
          "links to places other than web pages and e-mail addresses (their text is kept)");
    for (auto& n : inner[0]) out.back().push_back(std::move(n));
  }

  void frame(const xmlNode* f, std::vector<doc::inlines>& out) {
    const xmlNode* image = xml::child(f, draw_ns, "image");
    if (!image) {
      st_.left_out("charts, objects and text boxes left out");
      return;
    }
    std::string href = attr(image, xlink_ns, "href");
    if (href.empty()) {
      st_.left_out("pictures stored as inline data left out");
      return;
    }
    if (reference::has_scheme(href)) {
      st_.left_out("linked pictures (stored outside the document) left out");
      return;
    }
    auto path = reference::resolve_in_package("", href);
    if (!path) fail(fmt::format("a picture names \"{}\", which is outside the package", href));
    auto data = entries_.find(*path);
    if (data == entries_.end())
      fail(fmt::format("a picture refers to {}, which the package does not hold", *path));
    auto index = st_.image(*path, data->second);
    if (!index) return;
    std::string alt;
    if (const xmlNode* d = xml::child(f, svg_ns, "desc")) alt = xml::content(d);
    if (alt.empty())
      if (const xmlNode* t = xml::child(f, svg_ns, "title")) alt = xml::content(t);
    if (alt.empty()) {
      alt = fmt::format("Picture {} of {}", *index + 1,
                        st_.name.substr(st_.name.find_last_of('/') + 1));
      st_.left_out("pictures without alternative text (described as \"Picture N of <file>\")");
    }
    doc::picture pic;
    pic.image = *index;
    pic.width_mm = length_mm(attr(f, svg_ns, "width"));
    pic.height_mm = length_mm(attr(f, svg_ns, "height"));
    pic.alt = std::move(alt);
    out.back().push_back(std::move(pic));
  }

  // ------------------------------------------------------------ tables
  // Rows, with the header rows first, expanding repeats (bounded).
  void collect_rows(const xmlNode* parent, std::vector<std::pair<const xmlNode*, bool>>& rows,
                    bool header, int depth) {
    if (depth > 4) return;
    for (xmlNode* c : xml::children(parent)) {
      if (xml::is(c, table_ns, "table-row")) {
        int repeat = std::clamp(to_int(attr(c, table_ns, "number-rows-repeated"), 1), 1, 1000);
        for (int i = 0; i < repeat && rows.size() < 20000; ++i) rows.emplace_back(c, header);
      } else if (xml::is(c, table_ns, "table-header-rows")) {
        collect_rows(c, rows, true, depth + 1);
      } else if (xml::is(c, table_ns, "table-rows") || xml::is(c, table_ns, "table-row-group")) {
        collect_rows(c, rows, header, depth + 1);
      }
    }
  }

  void table(const xmlNode* tbl, block_sink& sink, int depth) {
    std::string style = attr(tbl, table_ns, "style-name");
    breaks_before(style, sink, true);
    started_ = true;
    doc::table t;
    for (xmlNode* col : xml::children(tbl, table_ns, "table-column")) {
      int repeat = std::clamp(to_int(attr(col, table_ns, "number-columns-repeated"), 1), 1, 1000);
      const style_info* s = find(attr(col, table_ns, "style-name"));
      double w = s && s->column_width_mm > 0 ? s->column_width_mm : 1;
      for (int i = 0; i < repeat && t.column_widths.size() < 1000; ++i)
        t.column_widths.push_back(w);
    }
    if (const xmlNode* cols = xml::child(tbl, table_ns, "table-columns"))
      for (xmlNode* col : xml::children(cols, table_ns, "table-column")) {
        const style_info* s = find(attr(col, table_ns, "style-name"));
        t.column_widths.push_back(s && s->column_width_mm > 0 ? s->column_width_mm : 1);
      }
    std::vector<std::pair<const xmlNode*, bool>> rows;
    collect_rows(tbl, rows, false, 0);
    bool leading_header = true;
    for (const auto& [tr, header] : rows) {
      doc::table_row row;
      std::size_t col = 0;
      for (xmlNode* tc : xml::children(tr)) {
        bool covered = xml::is(tc, table_ns, "covered-table-cell");
        if (!covered && !xml::is(tc, table_ns, "table-cell")) continue;
        int repeat = std::clamp(to_int(attr(tc, table_ns, "number-columns-repeated"), 1), 1, 1000);
        if (covered) {
          col += static_cast<std::size_t>(repeat);
          continue;
        }
        for (int r = 0; r < repeat && col < 1000; ++r) {
          doc::table_cell cell;
          cell.col_span =
              std::clamp(to_int(attr(tc, table_ns, "number-columns-spanned"), 1), 1, 1000);
          cell.row_span =
              std::clamp(to_int(attr(tc, table_ns, "number-rows-spanned"), 1), 1, 20000);
          {
            block_sink cs(st_.result.tree, st_.sequences, cell.blocks);
            body_content(tc, cs, depth + 1, true);
          }
          if (header)
            for (auto& b : cell.blocks)
              if (auto* p = std::get_if<doc::paragraph>(&b.node); p && p->role == "table-text")
                p->role = "table-heading";
          col += static_cast<std::size_t>(cell.col_span);
          row.cells.push_back(std::move(cell));
        }
      }
      if (header && leading_header)
        ++t.header_rows;
      else
        leading_header = false;
      t.rows.push_back(std::move(row));
    }
    if (t.rows.empty()) return;
    // Spans past the last row (a damaged file) are cut back.
    for (std::size_t r = 0; r < t.rows.size(); ++r)
      for (auto& cell : t.rows[r].cells)
        cell.row_span = static_cast<int>(
            std::min<std::size_t>(static_cast<std::size_t>(cell.row_span), t.rows.size() - r));
    if (t.header_rows == static_cast<int>(t.rows.size())) t.header_rows = 0;
    detail::settle_table(t);
    sink.add(doc::block{std::move(t)});
  }

  void nested_table(const xmlNode* tbl, block_sink& sink, int depth) {
    st_.left_out("tables inside table cells (placed as paragraphs)");
    std::vector<std::pair<const xmlNode*, bool>> rows;
    collect_rows(tbl, rows, false, 0);
    for (const auto& [tr, header] : rows)
      for (xmlNode* tc : xml::children(tr, table_ns, "table-cell"))
        body_content(tc, sink, depth + 1, true);
  }

  const package::entries& entries_;
  tree_state& st_;
  std::map<std::string, style_info> styles_;
  std::map<std::string, std::vector<bool>> list_styles_;  // name -> bullet per level
  std::map<std::string, bool> layouts_;                   // page layout -> landscape
  std::map<std::string, bool> masters_;                   // master page -> landscape
  std::map<std::string, std::string> list_keys_;          // xml:id -> list key
  std::string last_list_key_;
  std::size_t lists_ = 0;
  bool started_ = false;  // a block has been placed: a master page now starts a new section
};

}  // namespace

placed_document read_placed_odt(const package::entries& entries, const std::string& name,
                                const style::house_style& hs) {
  tree_state st(name, hs);
  odt_reader(entries, st).read();
  st.finish();
  return std::move(st.result);
}

placed_document read_placed_document(const std::filesystem::path& file,
                                     const style::house_style& hs,
                                     const package::read_limits& limits) {
  std::string name = file.string();
  package::entries entries;
  try {
    entries = package::read_zip_file(name, limits);
  } catch (const error& e) {
    std::string why = e.what();
    // An Office file with a password is an OLE compound file, not a ZIP.
    std::ifstream in(file, std::ios::binary);
    char magic[4] = {};
    in.read(magic, 4);
    if (in && std::string_view(magic, 4) == "\xD0\xCF\x11\xE0")
      throw placed_error(
          fmt::format("{}: cannot place this document: it is password-protected or an old Word "
                      "(.doc) file; save it as a .docx without a password",
                      name));
    // The reader names the file first; say once that it cannot be placed.
    if (why.starts_with(name + ": ")) why = why.substr(name.size() + 2);
    throw placed_error(fmt::format("{}: cannot place this document: {}", name, why));
  }
  if (entries.count("word/document.xml") ||
      (!entries.count("content.xml") && entries.count("[Content_Types].xml")))
    return read_placed_docx(entries, name, hs);
  return read_placed_odt(entries, name, hs);
}

}  // namespace cp::agenda

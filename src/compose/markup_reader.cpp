// SPDX-License-Identifier: MIT
#include "compose/markup_reader.hpp"

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <iterator>
#include <set>
#include <stdexcept>

#include <fmt/format.h>

#include "compose/inline_reader.hpp"
#include "compose/markdown.hpp"
#include "compose/prose_ahead.hpp"
#include "document/build.hpp"
#include "style/style_loader.hpp"
#include "util/error.hpp"
#include "util/suggest.hpp"

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

using el = markup_element;

// Names in the order of markup_element.
constexpr std::string_view element_names[] = {
    "",      "paper",   "properties", "custom",  "section", "header", "footer", "cover",
    "toc",   "h1",      "h2",         "h3",      "p",       "np",     "prose",  "ul",
    "ol",    "li",      "table",      "caption", "tr",      "th",     "td",     "page-break",
    "image", "restart", "b",          "i",       "u",       "sup",    "sub",    "a",
    "br",    "tab",     "field",      "img",     "page-ref"};
static_assert(std::size(element_names) == static_cast<std::size_t>(el::page_ref) + 1);

std::string_view name_of(el e) {
  return element_names[static_cast<std::size_t>(e)];
}

// The attributes each element takes, indexed by markup_element; checked
// against markup_vocabulary() once, so the two cannot drift apart.
const std::vector<const std::vector<std::string>*>& allowed_attributes() {
  static const std::vector<const std::vector<std::string>*> table = [] {
    const auto& vocab = markup_vocabulary();
    std::vector<const std::vector<std::string>*> t(std::size(element_names), nullptr);
    for (const auto& [name, attrs] : vocab) {
      el e = element_of(name);
      if (e == el::unknown || name_of(e) != name)
        throw std::logic_error("markup reader: element_of does not know <" + name + ">");
      t[static_cast<std::size_t>(e)] = &attrs;
    }
    if (vocab.size() + 1 != std::size(element_names))
      throw std::logic_error("markup reader: markup_element and the vocabulary differ");
    return t;
  }();
  return table;
}

bool is_inline(el e) {
  return e >= el::b;
}

bool is_blank_text(const markup_node* n) {
  return n->is_text() && n->text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

markup_element element_of(std::string_view name) {
  auto among = [name](std::initializer_list<el> candidates) {
    for (el e : candidates)
      if (name_of(e) == name) return e;
    return el::unknown;
  };
  switch (name.size()) {
    case 1:
      return among({el::p, el::b, el::i, el::u, el::a});
    case 2:
      return among(
          {el::td, el::tr, el::th, el::li, el::br, el::h1, el::h2, el::h3, el::np, el::ul, el::ol});
    case 3:
      return among({el::toc, el::sup, el::sub, el::tab, el::img});
    case 5:
      return among({el::paper, el::cover, el::prose, el::table, el::image, el::field});
    case 6:
      return among({el::custom, el::header, el::footer});
    case 7:
      return among({el::section, el::caption, el::restart});
    case 8:
      return among({el::page_ref});
    case 10:
      return among({el::properties, el::page_break});
    default:
      return el::unknown;
  }
}

namespace {

class tree_reader {
 public:
  tree_reader(const std::string& source, const style::house_style& hs, const resource_loader& load,
              prose_ahead& prose)
      : source_(source), hs_(hs), load_(load), prose_(prose) {}

  doc::document read(const markup_document& x) {
    const markup_node* root = x.root();
    if (!root || root->element != el::paper)
      fail(root, "the markup must have <paper> as its root element");
    check_element(root);
    for (const markup_node* n = root->children; n; n = n->next) {
      if (!n->is_element()) {
        if (!is_blank_text(n)) fail(n, "text directly inside <paper>; put it in a <section>");
        continue;
      }
      el e = check_element(n);
      if (e == el::properties)
        read_properties(n);
      else if (e == el::section)
        read_section(n);
      else
        fail(n, fmt::format("<{}> cannot stand directly inside <paper>", n->name));
    }
    if (d_.sections.empty()) fail(root, "the paper has no <section>");
    return std::move(d_);
  }

 private:
  [[noreturn]] void fail(const markup_node* n, const std::string& message) const {
    int line = n ? n->line : 0;
    throw template_error(fmt::format("{}:{}: {}", source_, line, message));
  }

  // Attribute values are read in place: the views live as long as the
  // parsed markup.
  // The value of `name` on `n`, "" when it has none.
  std::string_view attr(const markup_node* n, std::string_view name) const {
    return n->attribute_value(name);
  }
  // The value of `name` on `n`, or `fallback` when it has none.
  std::string_view attr_or(const markup_node* n, std::string_view name,
                           std::string_view fallback) const {
    const markup_attribute* a = n->attribute(name);
    return a ? a->value : fallback;
  }
  bool has_attr(const markup_node* n, std::string_view name) const {
    return n->attribute(name) != nullptr;
  }

  // Refuses elements and attributes outside the vocabulary, suggesting near
  // ones; returns which element `n` is.
  el check_element(const markup_node* n) const {
    std::string_view name = n->name;
    el e = n->element;
    if (e == el::unknown) {
      std::vector<std::string> names;
      for (const auto& [k, v] : markup_vocabulary()) names.push_back(k);
      std::string msg = fmt::format("unknown element <{}>", name);
      if (auto near = nearest(name, names)) msg += fmt::format("; did you mean <{}>?", *near);
      fail(n, msg);
    }
    if (!n->attribute_count) return e;
    const auto& allowed = *allowed_attributes()[static_cast<std::size_t>(e)];
    for (std::size_t i = 0; i < n->attribute_count; ++i) {
      std::string_view an = n->attributes[i].name;
      if (std::find(allowed.begin(), allowed.end(), an) == allowed.end()) {
        std::string msg = fmt::format("<{}> has no attribute \"{}\"", name, an);
        if (auto near = nearest(an, allowed)) msg += fmt::format("; did you mean \"{}\"?", *near);
        fail(n, msg);
      }
    }
    return e;
  }

  bool flag(const markup_node* n, const char* name, bool fallback) const {
    const markup_attribute* a = n->attribute(name);
    if (!a) return fallback;
    std::string_view v = a->value;
    if (v == "true") return true;
    if (v == "false") return false;
    fail(n, fmt::format("attribute {}=\"{}\" must be true or false", name, v));
  }

  int number(const markup_node* n, const char* name, int fallback, int min, int max) const {
    const markup_attribute* a = n->attribute(name);
    if (!a) return fallback;
    std::string_view v = a->value;
    int out = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || p != v.data() + v.size() || out < min || out > max)
      fail(n, fmt::format("attribute {}=\"{}\" must be a whole number from {} to {}", name, v, min,
                          max));
    return out;
  }

  double length(const markup_node* n, const char* name) const {
    const markup_attribute* a = n->attribute(name);
    if (!a) return 0;
    std::string_view v = a->value;
    auto mm = style::parse_length_mm(v);
    if (!mm) fail(n, fmt::format("attribute {}=\"{}\" must be a length like 50mm", name, v));
    return *mm;
  }

  void role_exists(const markup_node* n, const std::string& role) const {
    // Paragraph after paragraph asks about the same role.
    if (known_role_ && known_role_->role == role) return;
    if (const auto* style = hs_.find_paragraph(role)) {
      known_role_ = style;
      return;
    }
    std::vector<std::string> roles;
    for (const auto& s : hs_.paragraph_styles) roles.push_back(s.role);
    std::string msg =
        fmt::format("paragraph role \"{}\" is not in house style \"{}\"", role, hs_.name);
    if (auto near = nearest(role, roles)) msg += fmt::format("; did you mean \"{}\"?", *near);
    fail(n, msg);
  }

  // ----------------------------------------------------------- numbering

  struct binding {
    const std::string* scheme;
    int level;
  };

  std::optional<binding> bound(const std::string& role) const {
    // Paragraph after paragraph asks about the same role.
    if (bound_cached_ && bound_role_ == role) return bound_value_;
    std::optional<binding> found;
    for (const auto& s : hs_.numbering) {
      for (std::size_t i = 0; i < s.levels.size() && !found; ++i)
        if (s.levels[i].role == role) found = binding{&s.name, static_cast<int>(i)};
      if (found) break;
    }
    bound_role_ = role;
    bound_value_ = found;
    bound_cached_ = true;
    return found;
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

  std::optional<doc::numbering_ref> paragraph_numbering(const markup_node* n,
                                                        const std::string& role) {
    bool wanted = flag(n, "numbered", true);
    auto b = bound(role);
    if (!wanted) return std::nullopt;
    if (b) return doc::numbering_ref{current(*b->scheme), b->level};
    if (has_attr(n, "numbered"))
      fail(n, fmt::format("role \"{}\" is not numbered by any scheme of house style \"{}\"", role,
                          hs_.name));
    return std::nullopt;
  }

  std::optional<doc::numbering_ref> heading_numbering(const markup_node* n, const std::string& role,
                                                      int level) {
    if (auto b = bound(role)) {
      if (!flag(n, "numbered", true)) return std::nullopt;
      return doc::numbering_ref{current(*b->scheme), b->level};
    }
    if (!flag(n, "numbered", false)) return std::nullopt;
    // Unbound heading levels number on in the scheme that numbers Heading 1.
    auto outline = bound("heading-1");
    if (!outline || static_cast<std::size_t>(outline->level + level - 1) >=
                        hs_.scheme(*outline->scheme).levels.size())
      fail(n, fmt::format("house style \"{}\" has no numbering for level {} headings", hs_.name,
                          level));
    return doc::numbering_ref{current(*outline->scheme), outline->level + level - 1};
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

  void read_properties(const markup_node* n) {
    auto& m = d_.meta;
    m.title = attr(n, "title");
    m.subject = attr(n, "subject");
    m.author = attr(n, "author");
    m.description = attr(n, "description");
    if (const markup_attribute* a = n->attribute("language")) m.language = a->value;
    m.created = attr(n, "created");
    m.modified = attr(n, "modified");
    m.status = attr(n, "status");
    std::string_view kw = attr(n, "keywords");
    for (std::size_t start = 0; start < kw.size();) {
      std::size_t end = kw.find(';', start);
      if (end == std::string_view::npos) end = kw.size();
      std::string k = collapse_space(kw.substr(start, end - start));
      if (!k.empty()) m.keywords.push_back(std::move(k));
      start = end + 1;
    }
    for (const markup_node* c = n->children; c; c = c->next) {
      if (!c->is_element()) continue;
      if (check_element(c) != el::custom) fail(c, "<properties> holds <custom> elements only");
      std::string name(attr(c, "name"));
      if (name.empty()) fail(c, "<custom> needs a name");
      for (const auto& [k, v] : m.custom)
        if (k == name) fail(c, fmt::format("custom property \"{}\" given twice", name));
      m.custom.emplace_back(std::move(name), collapse_space(c->content()));
    }
  }

  void read_section(const markup_node* n) {
    doc::section s;
    std::string_view o = attr_or(n, "orientation", "portrait");
    if (o == "landscape")
      s.page_orientation = doc::orientation::landscape;
    else if (o != "portrait")
      fail(n, fmt::format("orientation=\"{}\" must be portrait or landscape", o));
    for (const markup_node* c = n->children; c; c = c->next) {
      if (!c->is_element()) {
        if (!is_blank_text(c)) fail(c, "text directly inside <section>; put it in a <p>");
        continue;
      }
      el e = check_element(c);
      if (e == el::header)
        read_furniture(c, s.header, "header");
      else if (e == el::footer)
        read_furniture(c, s.footer, "footer");
      else
        block(c, e, s.body);
    }
    d_.sections.push_back(std::move(s));
  }

  void read_furniture(const markup_node* n, doc::blocks& out, const char* role) {
    for (const markup_node* c = n->children; c; c = c->next) {
      if (!c->is_element()) {
        if (!is_blank_text(c))
          fail(c, fmt::format("text directly inside <{}>; put it in a <p>", role));
        continue;
      }
      if (check_element(c) != el::p) fail(c, fmt::format("<{}> holds <p> elements only", role));
      doc::paragraph p;
      p.role = attr_or(c, "role", role);
      role_exists(c, p.role);
      p.align = alignment(c);
      p.content = inlines(c);
      out.push_back(doc::blk(std::move(p)));
    }
  }

  // ---------------------------------------------------------- blocks

  // Reads block `n`, which is element `e`, into `out`.
  void block(const markup_node* n, el e, doc::blocks& out) {
    switch (e) {
      case el::p:
        out.push_back(doc::blk(paragraph(n)));
        break;
      case el::np:
        out.push_back(doc::blk(numbered_paragraph(n)));
        break;
      case el::h1:
        out.push_back(doc::blk(heading(n, 1)));
        break;
      case el::h2:
        out.push_back(doc::blk(heading(n, 2)));
        break;
      case el::h3:
        out.push_back(doc::blk(heading(n, 3)));
        break;
      case el::prose:
        prose(n, out);
        break;
      case el::ul:
      case el::ol:
        out.push_back(doc::blk(list(n, e, 0)));
        break;
      case el::table:
        out.push_back(doc::blk(table(n)));
        break;
      case el::page_break:
        out.push_back(doc::blk(doc::page_break{}));
        break;
      case el::toc:
        out.push_back(doc::blk(toc(n)));
        break;
      case el::cover:
        out.push_back(doc::blk(cover(n)));
        break;
      case el::image:
        out.push_back(doc::blk(image_paragraph(n)));
        break;
      case el::restart:
        restart(n);
        break;
      default:
        fail(n, fmt::format(
                    "<{}> cannot stand here; expected a block such as <p>, <h1>, <ul> or <table>",
                    n->name));
    }
  }

  std::optional<doc::alignment> alignment(const markup_node* n) const {
    const markup_attribute* at = n->attribute("align");
    if (!at) return std::nullopt;
    std::string_view a = at->value;
    if (a == "left") return doc::alignment::left;
    if (a == "centre" || a == "center") return doc::alignment::centre;
    if (a == "right") return doc::alignment::right;
    if (a == "justify") return doc::alignment::justify;
    fail(n, fmt::format("align=\"{}\" must be left, centre, right or justify", a));
  }

  doc::paragraph paragraph(const markup_node* n) {
    doc::paragraph p;
    if (const markup_attribute* a = n->attribute("role"))
      p.role = a->value;
    else
      p.role = default_role();
    role_exists(n, p.role);
    p.align = alignment(n);
    p.content = inlines(n);
    p.numbering = paragraph_numbering(n, p.role);
    return p;
  }

  doc::paragraph numbered_paragraph(const markup_node* n) {
    int level = number(n, "level", 1, 1, 9);
    doc::paragraph p;
    p.role = level == 1 ? "numbered-paragraph" : fmt::format("numbered-paragraph-{}", level);
    role_exists(n, p.role);
    p.content = inlines(n);
    p.numbering = paragraph_numbering(n, p.role);
    return p;
  }

  doc::heading heading(const markup_node* n, int level) {
    doc::heading h;
    h.level = level;
    h.role = attr(n, "role");
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
    if (!role_stack_.empty()) return *role_stack_.back();
    return in_table_ ? "table-text" : "body-text";
  }

  // Markdown prose: each paragraph in the element's role (numbered when the
  // role is), lists as bullet or numbered lists, headings one level below the
  // heading they stand under, left out of the contents.
  void prose(const markup_node* n, doc::blocks& out) {
    std::string role;
    if (const markup_attribute* a = n->attribute("role"))
      role = a->value;
    else
      role = default_role();
    role_exists(n, role);
    // The text is almost always one text node, read in place.
    std::string assembled;
    std::string_view text = prose_text(n, assembled);
    for (const markup_node* c = n->children; c; c = c->next)
      if (c->is_element()) fail(c, "<prose> holds CommonMark text only, not elements");
    for (auto& b : prose_.take(n, text)) prose_block(n, b, role, out, 0);
  }

  void prose_block(const markup_node* n, compose::prose_block& b, const std::string& role,
                   doc::blocks& out, int depth) {
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

  doc::list list(const markup_node* n, el e, int depth) {
    bool ordered = e == el::ol;
    std::string scheme(attr_or(n, "scheme", ordered ? "number" : "bullet"));
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
    for (const markup_node* c = n->children; c; c = c->next) {
      if (!c->is_element()) {
        if (!is_blank_text(c))
          fail(c, fmt::format("text directly inside <{}>; put it in an <li>", n->name));
        continue;
      }
      if (check_element(c) != el::li)
        fail(c, fmt::format("<{}> holds <li> elements only", n->name));
      doc::list_item item;
      mixed_content(c, item.blocks, role, depth + 1);
      l.items.push_back(std::move(item));
    }
    if (l.items.empty()) fail(n, fmt::format("<{}> has no <li>", n->name));
    return l;
  }

  // Content that may be inline text, blocks, or both (list items, table
  // cells): runs of inline content become paragraphs in `role`.
  void mixed_content(const markup_node* n, doc::blocks& out, const std::string& role,
                     int list_depth) {
    role_stack_.push_back(&role);
    // The pending run of inline content: text and inline elements from
    // `first` to `last`, with only comments and the like between them.
    const markup_node* first = nullptr;
    const markup_node* last = nullptr;
    bool blank = true;
    auto pend = [&](const markup_node* c) {
      if (!first) first = c;
      last = c;
    };
    auto flush = [&] {
      if (first && !blank)
        out.push_back(doc::blk(doc::para(role, inline_reader_.read(first, last->next))));
      first = last = nullptr;
      blank = true;
    };
    for (const markup_node* c = n->children; c; c = c->next) {
      if (c->is_element()) {
        el e = check_element(c);
        if (is_inline(e)) {
          pend(c);
          blank = false;
          continue;
        }
        flush();
        switch (e) {
          case el::ul:
          case el::ol:
            out.push_back(doc::blk(list(c, e, list_depth)));
            break;
          case el::p:
          case el::prose:
          case el::np:
          case el::image:
            block(c, e, out);
            break;
          default:
            fail(c, fmt::format("<{}> cannot stand inside <{}>", c->name, n->name));
        }
      } else if (c->is_text()) {
        pend(c);
        if (blank && !is_blank_text(c)) blank = false;
      }
    }
    flush();
    role_stack_.pop_back();
    if (out.empty()) out.push_back(doc::blk(doc::para(role, {})));
  }

  doc::table table(const markup_node* n) {
    doc::table t;
    std::string_view widths = attr(n, "widths");
    for (std::size_t start = 0; start < widths.size();) {
      std::size_t end = widths.find(' ', start);
      if (end == std::string_view::npos) end = widths.size();
      std::string_view w = widths.substr(start, end - start);
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
    for (const markup_node* c = n->children; c; c = c->next) {
      if (!c->is_element()) {
        if (!is_blank_text(c)) fail(c, "text directly inside <table>; put it in a <td>");
        continue;
      }
      el e = check_element(c);
      if (e == el::caption) {
        t.caption = inlines(c);
      } else if (e == el::tr) {
        doc::table_row row;
        bool all_th = true;
        for (const markup_node* cell = c->children; cell; cell = cell->next) {
          if (!cell->is_element()) {
            if (!is_blank_text(cell)) fail(cell, "text directly inside <tr>; put it in a <td>");
            continue;
          }
          el ce = check_element(cell);
          if (ce != el::td && ce != el::th) fail(cell, "<tr> holds <th> and <td> elements only");
          all_th = all_th && ce == el::th;
          doc::table_cell tc;
          tc.col_span = number(cell, "colspan", 1, 1, 63);
          tc.row_span = number(cell, "rowspan", 1, 1, 10000);
          std::string role(attr_or(cell, "role", ce == el::th ? "table-heading" : "table-text"));
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

  doc::table_of_contents toc(const markup_node* n) {
    doc::table_of_contents t;
    if (const markup_attribute* a = n->attribute("title")) t.title = a->value;
    t.levels = number(n, "levels", 3, 1, 3);
    return t;
  }

  doc::title_block cover(const markup_node* n) {
    doc::title_block tb;
    tb.committee = collapse_space(attr(n, "committee"));
    tb.meeting_date = collapse_space(attr(n, "date"));
    tb.title = collapse_space(attr(n, "title"));
    tb.report_of = collapse_space(attr(n, "report-of"));
    tb.classification = collapse_space(attr(n, "classification"));
    if (!attr(n, "logo").empty()) tb.logo = picture(n, "logo", "logo-alt", "logo-width", nullptr);
    return tb;
  }

  doc::paragraph image_paragraph(const markup_node* n) {
    doc::paragraph p;
    p.role = "normal";
    p.align = has_attr(n, "align") ? alignment(n) : doc::alignment::centre;
    p.content.push_back(picture(n, "src", "alt", "width", "height"));
    return p;
  }

  doc::picture picture(const markup_node* n, const char* src_attr, const char* alt_attr,
                       const char* width_attr, const char* height_attr) {
    std::string_view src = attr(n, src_attr);
    if (src.empty()) fail(n, fmt::format("<{}> needs {}", n->name, src_attr));
    doc::picture pic;
    pic.alt = collapse_space(attr(n, alt_attr));
    if (pic.alt.empty())
      fail(n,
           fmt::format("<{}> needs {}: every picture needs alternative text", n->name, alt_attr));
    pic.width_mm = length(n, width_attr);
    if (height_attr) pic.height_mm = length(n, height_attr);
    auto it = images_.find(src);
    if (it == images_.end()) {
      std::string name(src);
      std::string bytes;
      try {
        bytes = load_(name);
        it = images_.emplace(name, doc::add_image(d_, std::move(bytes), name)).first;
      } catch (const error& e) {
        fail(n, e.what());
      }
    }
    pic.image = it->second;
    return pic;
  }

  void restart(const markup_node* n) {
    std::string scheme(attr(n, "scheme"));
    if (!hs_.find_scheme(scheme))
      fail(n,
           fmt::format("numbering scheme \"{}\" is not in house style \"{}\"", scheme, hs_.name));
    current_.erase(scheme);
    next_start_[scheme] = number(n, "start", 1, 0, 100000);
  }

  doc::inlines inlines(const markup_node* n) {
    for (const markup_node* c = n->children; c; c = c->next)
      if (c->is_element() && !is_inline(check_element(c)))
        fail(c, fmt::format("<{}> cannot stand inside <{}>, which holds text", c->name, n->name));
    return inline_reader_.read(n->children);
  }

  const std::string& source_;
  const style::house_style& hs_;
  const resource_loader& load_;
  prose_ahead& prose_;
  doc::document d_;
  std::map<std::string, std::size_t> current_;  // scheme -> sequence numbered paragraphs continue
  std::map<std::string, int> next_start_;       // scheme -> start of its next sequence
  std::map<std::string, std::size_t>
      last_list_;  // scheme -> last top-level list, for continue="true"
  std::map<std::string, std::size_t, std::less<>> images_;  // src -> image index
  std::set<std::string> anchors_;
  bool in_table_ = false;
  int last_heading_level_ = 0;  // outline level of the last heading read
  std::vector<const std::string*> role_stack_;
  // The last role found in the house style, and the last role asked after
  // by bound() with its answer.
  mutable const style::paragraph_style* known_role_ = nullptr;
  mutable std::string bound_role_;
  mutable std::optional<binding> bound_value_;
  mutable bool bound_cached_ = false;
  inline_reader inline_reader_{
      [this](const markup_node* n, const std::string& m) { fail(n, m); },
      [this](const markup_node* n) { check_element(n); },
      [this](const markup_node* n) { return picture(n, "src", "alt", "width", "height"); }};
};

}  // namespace

doc::document read_markup(std::string_view markup, const std::string& source_name,
                          const style::house_style& hs, const resource_loader& load,
                          bool helper_thread) {
  markup_document x;
  try {
    x = markup_document::parse(markup, source_name);
  } catch (const error& e) {
    throw template_error(e.what());
  }
  prose_ahead prose(x, helper_thread);
  return tree_reader(source_name, hs, load, prose).read(x);
}

}  // namespace cp::compose

// SPDX-License-Identifier: MIT
#include "compose/markup_program.hpp"

#include <libxml/parserInternals.h>  // xmlStringText, the name of every text node
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <new>

#include "util/text_scan.hpp"
#include "util/utf8.hpp"

namespace cp::compose {

// A name as template_set's Mustache context finds it: "." is the innermost
// section's value; "a.b" is b in a, in the innermost section that has both.
struct lookup_name {
  bool dot = false;
  std::vector<std::string> parts;
};

// One piece of an attribute value.
struct attr_op {
  enum class kind : std::uint8_t { literal, value, section, inverted };
  explicit attr_op(kind what) : k(what) {}
  kind k;
  std::string text;           // literal: as libxml2 reads it
  lookup_name name;           // value, section, inverted
  std::vector<attr_op> body;  // section, inverted
};

struct attribute_op {
  std::uint32_t name = 0;  // id in names_
  std::vector<attr_op> value;
};

struct markup_program::op {
  enum class kind : std::uint8_t { text, newline, value, section, inverted, start, end };
  op() = default;
  explicit op(kind what) : k(what) {}
  kind k = kind::text;
  // text: written as spaces and tabs only. The Mustache library leaves out
  // a line that holds nothing else once a section has begun or ended on it.
  bool blank = false;
  bool empty_element = false;            // start: written <x/>
  std::uint32_t name = 0;                // start: id in names_
  std::string text;                      // text: as libxml2 reads it (references replaced)
  lookup_name lookup;                    // value, section, inverted
  std::vector<op> body;                  // section, inverted
  std::vector<attribute_op> attributes;  // start
};

markup_tree::markup_tree() {
  doc_.type = XML_DOCUMENT_NODE;
  doc_.doc = &doc_;
}

markup_tree::~markup_tree() = default;

template <typename T>
T* markup_tree::allocate(blocks<T>& b) {
  constexpr std::size_t per_block = 256;
  if (b.all.empty() || b.used == per_block) {
    b.all.emplace_back(new T[per_block]);  // not zeroed here: only what is used, below
    b.used = 0;
  }
  T* t = &b.all.back()[b.used++];
  std::memset(static_cast<void*>(t), 0, sizeof(T));  // libxml2's structs are C: all fields zero
  return t;
}

const xmlChar* markup_tree::keep(std::string_view s) {
  constexpr std::size_t block = 16384;
  const std::size_t n = s.size() + 1;
  char* p;
  if (n > block / 4) {
    long_texts_.emplace_back(new char[n]);  // not zeroed: every byte is written
    p = long_texts_.back().get();
  } else {
    if (text_room_ < n) {
      text_blocks_.emplace_back(new char[block]);
      text_room_ = block;
    }
    p = text_blocks_.back().get() + (block - text_room_);
    text_room_ -= n;
  }
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return reinterpret_cast<const xmlChar*>(p);
}

xmlNode* markup_tree::new_element(const xmlChar* name) {
  xmlNode* e = allocate(nodes_);
  e->type = XML_ELEMENT_NODE;
  e->name = name;
  e->doc = &doc_;
  return e;
}

xmlNode* markup_tree::new_text(std::string_view text) {
  xmlNode* t = allocate(nodes_);
  t->type = XML_TEXT_NODE;
  t->name = xmlStringText;
  t->content = const_cast<xmlChar*>(keep(text));
  t->doc = &doc_;
  return t;
}

xmlAttr* markup_tree::new_attribute(xmlNode* element, xmlAttr* last, const xmlChar* name,
                                    std::string_view value) {
  xmlAttr* a = allocate(attributes_);
  a->type = XML_ATTRIBUTE_NODE;
  a->name = name;
  a->parent = element;
  a->doc = &doc_;
  xmlNode* t = new_text(value);
  t->parent = reinterpret_cast<xmlNode*>(a);
  a->children = a->last = t;
  if (last) {
    last->next = a;
    a->prev = last;
  } else {
    element->properties = a;
  }
  return a;
}

markup_program::markup_program() = default;
markup_program::~markup_program() = default;

namespace {

// A template as the Mustache library parses it, with text split at line ends.
struct mustache_node {
  enum class kind : std::uint8_t { text, newline, variable, section, inverted, nothing } k;
  std::string text;  // text; the tag's name otherwise
  std::vector<mustache_node> children;
};

bool mustache_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

std::string trimmed(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && mustache_space(s[b])) ++b;
  while (e > b && mustache_space(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

// Parses as the Mustache library does for what a checked template set holds
// (no delimiter changes, no unescaped tags; partials already expanded).
bool parse_mustache(std::string_view s, std::vector<mustache_node>& root, std::string& why) {
  using k = mustache_node::kind;
  std::vector<std::vector<mustache_node>*> open{&root};
  std::vector<std::string> names;
  auto text = [&](std::string_view t) {
    for (std::size_t from = 0; from < t.size();) {
      std::size_t nl = t.find('\n', from);
      std::size_t end = nl == std::string_view::npos ? t.size() : nl;
      if (end > from)
        open.back()->push_back({k::text, std::string(t.substr(from, end - from)), {}});
      if (nl == std::string_view::npos) break;
      open.back()->push_back({k::newline, {}, {}});
      from = nl + 1;
    }
  };
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t tag = s.find("{{", pos);
    if (tag == std::string_view::npos) {
      text(s.substr(pos));
      break;
    }
    text(s.substr(pos, tag - pos));
    if (tag + 2 < s.size() && s[tag + 2] == '{') return (why = "an unescaped {{{tag}}}", false);
    std::size_t close = s.find("}}", tag + 2);
    if (close == std::string_view::npos) return (why = "an unclosed tag", false);
    std::string contents = trimmed(s.substr(tag + 2, close - tag - 2));
    pos = close + 2;
    char c = contents.empty() ? '\0' : contents[0];
    std::string name = c == '\0' ? "" : trimmed(std::string_view(contents).substr(1));
    if (c == '#' || c == '^') {
      open.back()->push_back({c == '#' ? k::section : k::inverted, name, {}});
      open.push_back(&open.back()->back().children);
      names.push_back(name);
    } else if (c == '/') {
      if (open.size() == 1 || names.back() != name) return (why = "unbalanced sections", false);
      open.pop_back();
      names.pop_back();
    } else if (c == '!' || c == '>') {
      // A comment renders nothing; so does a partial left after expansion.
      open.back()->push_back({k::nothing, {}, {}});
    } else if (c == '&' || c == '=') {
      return (why = "an unescaped tag or a delimiter change", false);
    } else {
      open.back()->push_back({k::variable, contents, {}});
    }
  }
  if (open.size() != 1) return (why = "an unclosed section", false);
  return true;
}

lookup_name lookup_of(const std::string& name) {
  lookup_name n;
  if (name == ".") {
    n.dot = true;
    return n;
  }
  for (std::size_t from = 0;;) {
    std::size_t dot = name.find('.', from);
    n.parts.push_back(name.substr(from, dot - from));
    if (dot == std::string::npos) break;
    from = dot + 1;
  }
  return n;
}

bool name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool name_char(char c) {
  return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}
bool xml_space(char c) {
  return c == ' ' || c == '\t';  // line ends never reach a tag (see chars())
}

bool xml_char(unsigned long cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Deeper than libxml2 parses without XML_PARSE_HUGE (256), with room.
constexpr std::size_t max_depth = 200;

}  // namespace

// Reads the template's markup around its Mustache tags, the way libxml2
// reads the rendering: elements, attributes, text with references replaced.
// Declines (returns false with a reason) at anything it does not model.
class program_compiler {
 public:
  explicit program_compiler(markup_program& p) : p_(p) {}

  bool run(const std::vector<mustache_node>& nodes) {
    if (!walk(nodes, p_.ops_)) return false;
    if (state_ != state::content || !open_.empty()) return fail("the markup does not end closed");
    flush_text(p_.ops_);
    return true;
  }
  std::string why;

 private:
  using op = markup_program::op;
  enum class state : std::uint8_t {
    content,
    tag_open,   // after <
    tag_name,   // in a start tag's name
    in_tag,     // between attributes
    attr_name,  // in an attribute's name
    after_attr_name,
    before_value,
    value,        // in an attribute value
    after_value,  // after its closing quote
    end_name,     // in an end tag's name
    after_end_name,
    empty_end,  // after the / of <x/>
  };

  bool fail(const char* reason) {
    why = reason;
    return false;
  }

  std::uint32_t name_id(const std::string& name) {
    auto it = std::find(p_.names_.begin(), p_.names_.end(), name);
    if (it != p_.names_.end()) return static_cast<std::uint32_t>(it - p_.names_.begin());
    p_.names_.push_back(name);
    return static_cast<std::uint32_t>(p_.names_.size() - 1);
  }

  bool walk(const std::vector<mustache_node>& nodes, std::vector<op>& out) {
    using k = mustache_node::kind;
    for (const auto& n : nodes) {
      switch (n.k) {
        case k::text:
          if (!chars(n.text, out)) return false;
          break;
        case k::newline:
          if (state_ != state::content) return fail("a tag spans lines");
          flush_text(out);
          out.push_back(op{op::kind::newline});
          break;
        case k::nothing:
          break;
        case k::variable:
          if (state_ == state::content) {
            flush_text(out);
            op v{op::kind::value};
            v.lookup = lookup_of(n.text);
            out.push_back(std::move(v));
          } else if (state_ == state::value) {
            flush_attr();
            attr_op v{attr_op::kind::value};
            v.name = lookup_of(n.text);
            attr_out_->push_back(std::move(v));
          } else {
            return fail("a value inside a tag but outside an attribute value");
          }
          break;
        case k::section:
        case k::inverted:
          if (state_ == state::content) {
            flush_text(out);
            op s{n.k == k::section ? op::kind::section : op::kind::inverted};
            s.lookup = lookup_of(n.text);
            std::size_t outer_floor = floor_;
            floor_ = open_.size();
            if (!walk(n.children, s.body)) return false;
            if (state_ != state::content || open_.size() != floor_)
              return fail("a section that does not wrap whole elements");
            flush_text(s.body);
            floor_ = outer_floor;
            out.push_back(std::move(s));
          } else if (state_ == state::value) {
            flush_attr();
            attr_op s{n.k == k::section ? attr_op::kind::section : attr_op::kind::inverted};
            s.name = lookup_of(n.text);
            std::vector<attr_op>* outer = attr_out_;
            std::size_t attributes = tag_.attributes.size();
            attr_out_ = &s.body;
            if (!walk(n.children, out)) return false;
            if (state_ != state::value || tag_.attributes.size() != attributes)
              return fail("a section that leaves its attribute value");
            flush_attr();
            attr_out_ = outer;
            attr_out_->push_back(std::move(s));
          } else {
            return fail("a section inside a tag but outside an attribute value");
          }
          break;
      }
    }
    return true;
  }

  // Replaces the reference at t[i] ('&'), leaving i on its ';'.
  bool reference(std::string_view t, std::size_t& i, std::string& out) {
    std::size_t semi = t.find(';', i + 1);
    if (semi == std::string_view::npos) return fail("a reference cut by a tag");
    std::string_view r = t.substr(i + 1, semi - i - 1);
    i = semi;
    if (r == "amp") return out += '&', true;
    if (r == "lt") return out += '<', true;
    if (r == "gt") return out += '>', true;
    if (r == "quot") return out += '"', true;
    if (r == "apos") return out += '\'', true;
    if (r.size() < 2 || r[0] != '#') return fail("an entity other than the five XML defines");
    bool hex = r[1] == 'x';
    std::string_view digits = r.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return fail("a bad character reference");
    unsigned long cp = 0;
    for (char c : digits) {
      int d = c >= '0' && c <= '9'          ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (d < 0) return fail("a bad character reference");
      cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d);
    }
    if (!xml_char(cp)) return fail("a character reference XML does not allow");
    append_utf8(out, cp);
    return true;
  }

  bool chars(std::string_view t, std::vector<op>& out) {
    for (std::size_t i = 0; i < t.size(); ++i) {
      char c = t[i];
      auto u = static_cast<unsigned char>(c);
      // Carriage returns would need libxml2's line-end handling; other
      // control characters make the markup ill-formed.
      if (u < 0x20 && c != '\t') return fail("a control character");
      switch (state_) {
        case state::content:
          if (c == '<') {
            flush_text(out);
            state_ = state::tag_open;
          } else if (c == '&') {
            if (!reference(t, i, text_)) return false;
            blank_ = false;
          } else {
            if (c == '>' && text_.size() >= 2 && text_.compare(text_.size() - 2, 2, "]]") == 0)
              return fail("]]> in text");
            if (c != ' ' && c != '\t') blank_ = false;
            text_ += c;
          }
          break;
        case state::tag_open:
          if (c == '/') {
            tok_.clear();
            state_ = state::end_name;
          } else if (name_start(c)) {
            tok_.assign(1, c);
            state_ = state::tag_name;
          } else {
            return fail("a comment, processing instruction or name the program does not read");
          }
          break;
        case state::tag_name:
          if (name_char(c)) {
            tok_ += c;
            break;
          }
          tag_ = op{op::kind::start};
          tag_.name = name_id(tok_);
          if (xml_space(c))
            state_ = state::in_tag;
          else if (c == '>')
            start_tag_done(out, false);
          else if (c == '/')
            state_ = state::empty_end;
          else
            return fail("an element name the program does not read");
          break;
        case state::in_tag:
        case state::after_value:
          if (xml_space(c))
            state_ = state::in_tag;
          else if (c == '>')
            start_tag_done(out, false);
          else if (c == '/')
            state_ = state::empty_end;
          else if (state_ == state::in_tag && name_start(c)) {
            tok_.assign(1, c);
            state_ = state::attr_name;
          } else {
            return fail("an attribute the program does not read");
          }
          break;
        case state::attr_name:
          if (name_char(c))
            tok_ += c;
          else if (xml_space(c))
            state_ = state::after_attr_name;
          else if (c == '=')
            state_ = state::before_value;
          else
            return fail("an attribute name the program does not read");
          break;
        case state::after_attr_name:
          if (c == '=')
            state_ = state::before_value;
          else if (!xml_space(c))
            return fail("an attribute without a value");
          break;
        case state::before_value:
          if (c == '"' || c == '\'') {
            std::uint32_t id = name_id(tok_);
            for (const auto& a : tag_.attributes)
              if (a.name == id) return fail("an attribute given twice");
            tag_.attributes.push_back({id, {}});
            attr_out_ = &tag_.attributes.back().value;
            quote_ = c;
            state_ = state::value;
          } else if (!xml_space(c)) {
            return fail("an attribute value without quotes");
          }
          break;
        case state::value:
          if (c == quote_) {
            flush_attr();
            attr_out_ = nullptr;
            state_ = state::after_value;
          } else if (c == '<') {
            return fail("< in an attribute value");
          } else if (c == '&') {
            if (!reference(t, i, attr_text_)) return false;
          } else {
            attr_text_ += c == '\t' ? ' ' : c;  // attribute-value normalisation
          }
          break;
        case state::end_name:
          if (name_char(c) && (!tok_.empty() || name_start(c)))
            tok_ += c;
          else if (!tok_.empty() && xml_space(c))
            state_ = state::after_end_name;
          else if (!tok_.empty() && c == '>') {
            if (!end_tag_done(out)) return false;
          } else {
            return fail("an end tag the program does not read");
          }
          break;
        case state::after_end_name:
          if (c == '>') {
            if (!end_tag_done(out)) return false;
          } else if (!xml_space(c)) {
            return fail("an end tag the program does not read");
          }
          break;
        case state::empty_end:
          if (c != '>') return fail("/ without > in a tag");
          start_tag_done(out, true);
          break;
      }
      if (depth_exceeded_) return fail("markup nested too deep");
    }
    return true;
  }

  void start_tag_done(std::vector<op>& out, bool empty) {
    tag_.empty_element = empty;
    if (!empty) open_.push_back(tag_.name);
    if (open_.size() > max_depth) depth_exceeded_ = true;
    out.push_back(std::move(tag_));
    tag_ = op{};
    state_ = state::content;
  }

  bool end_tag_done(std::vector<op>& out) {
    if (open_.size() <= floor_) return fail("an end tag for an element opened outside its section");
    if (p_.names_[open_.back()] != tok_) return fail("an end tag that does not match");
    open_.pop_back();
    out.push_back(op{op::kind::end});
    state_ = state::content;
    return true;
  }

  void flush_text(std::vector<op>& out) {
    if (!text_.empty()) {
      op t{op::kind::text};
      t.blank = blank_;
      t.text = std::move(text_);
      out.push_back(std::move(t));
    }
    text_.clear();
    blank_ = true;
  }

  void flush_attr() {
    if (!attr_text_.empty()) {
      attr_op l{attr_op::kind::literal};
      l.text = std::move(attr_text_);
      attr_out_->push_back(std::move(l));
    }
    attr_text_.clear();
  }

  markup_program& p_;
  state state_ = state::content;
  std::string text_;  // content text not yet an op
  bool blank_ = true;
  std::string tok_;  // the name being read
  op tag_;           // the start tag being read
  std::string attr_text_;
  std::vector<attr_op>* attr_out_ = nullptr;  // where the value being read goes
  char quote_ = '"';
  std::vector<std::uint32_t> open_;  // open elements
  std::size_t floor_ = 0;            // open elements when the innermost section began
  bool depth_exceeded_ = false;
};

std::unique_ptr<markup_program> markup_program::compile(std::string_view expanded,
                                                        std::string* why) {
  std::string reason;
  std::vector<mustache_node> nodes;
  std::unique_ptr<markup_program> p(new markup_program());
  if (parse_mustache(expanded, nodes, reason)) {
    program_compiler c(*p);
    if (c.run(nodes)) return p;
    reason = c.why;
  }
  if (why) *why = reason;
  return nullptr;
}

namespace {

// Thrown when only the rendered text can say what the tree is.
struct needs_text {};

// libxml2 refuses longer text nodes and attribute values without
// XML_PARSE_HUGE (10,000,000 bytes); leave anything near that to it.
constexpr std::size_t max_text = 1'000'000;

bool is_false(const view& v) {
  if (v.is_flag()) return !v.flag_value();
  if (v.is_text()) return v.text().empty();
  if (v.is_list()) return v.items().empty();
  return !v.is_object();  // nothing at all
}

const std::string* text_in(const view* v) {
  return v && v->is_text() && !v->text().empty() ? &v->text() : nullptr;
}

// What libxml2 reads back from a value the template set escaped
// (xml::escape_attribute): the value itself, unless it holds sequences XML
// cannot, which the escaping repairs from the first one on.
std::string_view as_read_back(std::string_view v, std::string& scratch) {
  std::size_t i = 0;
  while (i < v.size()) {
    i += text_scan::xml_plain_prefix(v.substr(i));
    if (i == v.size()) break;
    auto c = static_cast<unsigned char>(v[i]);
    if (c >= 0x80) {
      std::size_t len = utf8::allowed_sequence(v, i);
      if (len == 0) break;
      i += len;
      continue;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
    ++i;  // & < > " and DEL stand for themselves once read back, as do escaped line ends
  }
  if (i == v.size()) return v;
  scratch.assign(v.substr(0, i));
  scratch += utf8::to_xml_safe(v.substr(i));
  return scratch;
}

bool only_spaces(std::string_view s) {
  return s.find_first_not_of(' ') == std::string_view::npos;
}

// Runs a program over a view, building the libxml2 tree as the parser
// would: one text node per run of text between tags, whitespace kept.
class tree_builder {
 public:
  using op = markup_program::op;

  tree_builder(const std::vector<std::string>& names, const view& root)
      : names_(names), interned_(names.size(), nullptr), tree_(std::make_unique<markup_tree>()) {
    stack_.push_back(&root);
  }

  void run(const std::vector<op>& ops) {
    for (const op& o : ops) {
      switch (o.k) {
        case op::kind::text:
          literal(o.text, o.blank);
          break;
        case op::kind::newline:
          newline();
          break;
        case op::kind::value:
          if (const std::string* t = text_in(lookup(o.lookup))) value(*t);
          break;
        case op::kind::section:
          if (const view* v = lookup(o.lookup); v && !is_false(*v)) {
            if (v->is_list())
              for (const view& item : v->items()) once(o.body, &item);
            else
              once(o.body, v);
          }
          break;
        case op::kind::inverted:
          if (const view* v = lookup(o.lookup); !v || is_false(*v)) once(o.body, v);
          break;
        case op::kind::start:
          start(o);
          break;
        case op::kind::end:
          end();
          break;
      }
    }
  }

  std::unique_ptr<markup_tree> finish() {
    // The library writes the last line as it writes every other.
    if (!line_content_ && !section_on_line_) append(pending_);
    pending_.clear();
    flush_text();
    if (!root_ || !open_.empty()) throw needs_text{};
    return std::move(tree_);
  }

 private:
  const view* lookup(const lookup_name& n) const {
    if (n.dot) return stack_.back();
    for (auto e = stack_.rbegin(); e != stack_.rend(); ++e) {
      const view* found = *e;
      for (const auto& part : n.parts)
        if (!(found = found->find(part))) break;
      if (found) return found;
    }
    return nullptr;
  }

  // A section's body, once, with `v` (when there is one) innermost. The
  // library marks the line a section begins and the line it ends on.
  template <typename Body, typename Run>
  void in_section(const Body& body, const view* v, Run&& run_body) {
    section_on_line_ = true;
    if (v) stack_.push_back(v);
    run_body(body);
    if (v) stack_.pop_back();
    section_on_line_ = true;
  }
  void once(const std::vector<op>& body, const view* v) {
    in_section(body, v, [this](const std::vector<op>& b) { run(b); });
  }

  // Text as the library keeps it line by line: a line of spaces and tabs
  // alone, on which a section began or ended, is left out with its line end.
  void literal(const std::string& t, bool blank) {
    if (!line_content_) {
      if (blank) {
        pending_ += t;
        return;
      }
      begin_line();
    }
    append(t);
  }
  void value(const std::string& v) {
    std::string_view t = as_read_back(v, scratch_);
    if (!line_content_) {
      // Escaped, a tab or line end is a character reference, not blank.
      if (only_spaces(t)) {
        pending_ += t;
        return;
      }
      begin_line();
    }
    append(t);
  }
  void newline() {
    if (line_content_ || !section_on_line_) {
      if (!line_content_) begin_line();
      append("\n");
    }
    pending_.clear();
    line_content_ = false;
    section_on_line_ = false;
  }
  void begin_line() {
    line_content_ = true;
    append(pending_);
    pending_.clear();
  }

  void append(std::string_view t) {
    if (open_.empty()) {
      // Outside the root element only whitespace is well-formed.
      if (t.find_first_not_of(" \t\n") != std::string_view::npos) throw needs_text{};
      return;
    }
    text_ += t;
    if (text_.size() > max_text) throw needs_text{};
  }

  void flush_text() {
    if (text_.empty()) return;
    link(tree_->new_text(text_));
    text_.clear();
  }

  // Each name is kept once per tree, so the tree needs nothing of the program.
  const xmlChar* name(std::uint32_t id) {
    const xmlChar*& n = interned_[id];
    if (!n) n = tree_->keep(names_[id]);
    return n;
  }

  void link(xmlNode* n) {
    xmlNode* parent = open_.back();
    n->parent = parent;
    if (parent->last) {
      parent->last->next = n;
      n->prev = parent->last;
    } else {
      parent->children = n;
    }
    parent->last = n;
  }

  void start(const op& o) {
    if (!line_content_) begin_line();
    flush_text();
    xmlNode* e = tree_->new_element(name(o.name));
    if (open_.empty()) {
      if (root_) throw needs_text{};  // a second root element
      root_ = e;
      xmlDoc* d = tree_->doc();
      e->parent = reinterpret_cast<xmlNode*>(d);
      d->children = d->last = e;
    } else {
      link(e);
    }
    xmlAttr* last = nullptr;
    for (const auto& a : o.attributes) {
      value_.clear();
      attribute_value(a.value);
      if (value_.size() > max_text) throw needs_text{};
      last = tree_->new_attribute(e, last, name(a.name), value_);
    }
    if (!o.empty_element) open_.push_back(e);
  }

  void end() {
    if (!line_content_) begin_line();
    flush_text();
    open_.pop_back();
  }

  void attribute_value(const std::vector<attr_op>& ops) {
    for (const attr_op& a : ops) {
      switch (a.k) {
        case attr_op::kind::literal:
          value_ += a.text;
          break;
        case attr_op::kind::value:
          if (const std::string* t = text_in(lookup(a.name))) value_ += as_read_back(*t, scratch_);
          break;
        case attr_op::kind::section:
          if (const view* v = lookup(a.name); v && !is_false(*v)) {
            if (v->is_list())
              for (const view& item : v->items()) attribute_once(a.body, &item);
            else
              attribute_once(a.body, v);
          }
          break;
        case attr_op::kind::inverted:
          if (const view* v = lookup(a.name); !v || is_false(*v)) attribute_once(a.body, v);
          break;
      }
    }
  }
  void attribute_once(const std::vector<attr_op>& body, const view* v) {
    in_section(body, v, [this](const std::vector<attr_op>& b) { attribute_value(b); });
  }

  const std::vector<std::string>& names_;
  std::vector<const xmlChar*> interned_;  // names_ kept in the tree
  std::unique_ptr<markup_tree> tree_;
  xmlNode* root_ = nullptr;
  std::vector<xmlNode*> open_;
  std::vector<const view*> stack_;  // the sections' values, innermost last
  std::string text_;                // text not yet a node
  std::string pending_;             // spaces and tabs that began the line
  bool line_content_ = false;       // the line has more than spaces and tabs
  bool section_on_line_ = false;
  std::string value_;    // the attribute value being built
  std::string scratch_;  // a value repaired for XML
};

}  // namespace

std::unique_ptr<markup_tree> markup_program::build(const view& v) const {
  try {
    tree_builder b(names_, v);
    b.run(ops_);
    return b.finish();
  } catch (const needs_text&) {
    return nullptr;
  }
}

}  // namespace cp::compose

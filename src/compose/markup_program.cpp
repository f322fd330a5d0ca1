// SPDX-License-Identifier: MIT
// Compiling a template into a markup program: the Mustache tags parsed as
// the library parses them, the markup around them read as libxml2 reads it.
#include "compose/markup_program.hpp"

#include <algorithm>

#include "compose/program_ops.hpp"
#include "util/utf8.hpp"

namespace cp::compose {

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
    if (!utf8::xml_allowed(static_cast<char32_t>(cp)))
      return fail("a character reference XML does not allow");
    utf8::append(out, static_cast<char32_t>(cp));
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

}  // namespace cp::compose

// SPDX-License-Identifier: MIT
// Running a markup program over a view: the tree the rendered text would
// parse to, built directly.
#include <new>

#include "compose/markup_program.hpp"
#include "compose/program_ops.hpp"
#include "xml/xml_writer.hpp"

namespace cp::compose {

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
        case op::kind::inverted:
          section(o.lookup, o.k == op::kind::inverted,
                  [&](const view* v) { in_section(v, [&] { run(o.body); }); });
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

  // Calls `once` as the library renders a section over `name`: with each
  // item of a non-empty list, or once with any other true value, or not at
  // all for a false one; an inverted section once exactly when it is false.
  template <typename Once>
  void section(const lookup_name& name, bool inverted, Once&& once) {
    const view* v = lookup(name);
    const bool is_true = v && !is_false(*v);
    if (inverted) {
      if (!is_true) once(v);
    } else if (is_true) {
      if (v->is_list())
        for (const view& item : v->items()) once(&item);
      else
        once(v);
    }
  }

  // A section's body, once, with `v` (when there is one) innermost. The
  // library marks the line a section begins and the line it ends on.
  template <typename Body>
  void in_section(const view* v, Body&& body) {
    section_on_line_ = true;
    if (v) stack_.push_back(v);
    body();
    if (v) stack_.pop_back();
    section_on_line_ = true;
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
    std::string_view t = xml::read_back(v, scratch_);
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
          if (const std::string* t = text_in(lookup(a.name)))
            value_ += xml::read_back(*t, scratch_);
          break;
        case attr_op::kind::section:
        case attr_op::kind::inverted:
          section(a.name, a.k == attr_op::kind::inverted,
                  [&](const view* v) { in_section(v, [&] { attribute_value(a.body); }); });
          break;
      }
    }
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

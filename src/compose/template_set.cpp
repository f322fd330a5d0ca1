// SPDX-License-Identifier: MIT
// The only file that includes the Mustache library.
#include "compose/template_set.hpp"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <atomic>
#include <regex>
#include <set>

#include <fmt/format.h>

#include "compose/markup_reader.hpp"
#include "compose/mustache_tags.hpp"
#include "compose/name_check.hpp"
#include "util/bounded_read.hpp"
#include "util/error.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"
#include "xml/xml_reader.hpp"
#include "xml/xml_writer.hpp"

namespace cp::compose {
namespace {

namespace km = kainjow::mustache;

// How deep partials may include partials: far more than a template set
// needs, and few enough that expanding them cannot exhaust the stack.
constexpr std::size_t max_partial_depth = 50;

int line_at(const std::string& text, std::size_t offset) {
  return place_of(text, offset).line;
}

// A council's template folder is input too: regular files of a sane size only.
std::string read_text(const std::filesystem::path& p) {
  try {
    return util::read_bounded(p, {.max_bytes = 1u << 20});
  } catch (const util::read_refused& e) {
    throw template_error(fmt::format("{}: cannot read this template: it {}", p.string(), e.what()));
  }
}

std::map<std::string, std::filesystem::path> mustache_files(const std::filesystem::path& dir) {
  std::map<std::string, std::filesystem::path> out;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".mustache")
      out[e.path().stem().string()] = e.path();
  return out;
}

// Text as Mustache data, moved in: the library's string constructor copies.
km::data text_data(std::string& text) {
  km::data d{km::data::type::string};
  // The string the data owns is not const; the library only offers a const view of it.
  const_cast<std::string&>(d.string_value()) = std::move(text);
  return d;
}

// A view made ready for the library. The library's own objects are hash
// maps that copy every member name, and building them cost as much as the
// rendering; instead names are looked up in the view (view_context below),
// and the library gets data only where it reads data: text, flags and lists.
struct node {
  // Text; a flag; a list holding its items' data; true for an object (an
  // object and true render alike: nothing as a variable, once as a section).
  km::data data{km::data::type::bool_false};
  const view::object_type* members = nullptr;  // an object's names (in the view)
  // An object's members, or a list's items (whose data is in `data`'s list),
  // in the view's order.
  std::vector<node> children;

  const node* member(const std::string& name) const {
    if (!members) return nullptr;
    // Objects hold a few dozen names at most: a scan beats hashing them.
    for (std::size_t i = 0; i < members->size(); ++i)
      if ((*members)[i].first == name) return &children[i];
    return nullptr;
  }
};

// Converts `v`, moving its text and leaving it hollow; its member names stay
// in it, so `v` must outlive the node.
node to_node(view& v) {
  node n;
  if (v.is_text()) {
    // Empty text is false, so {{#x}} tests "x was given" (kainjow counts "" as true).
    if (!v.text().empty()) n.data = text_data(v.text());
  } else if (v.is_flag()) {
    n.data = km::data(v.flag_value() ? km::data::type::bool_true : km::data::type::bool_false);
  } else if (v.is_list()) {
    km::data l{km::data::type::list};
    // The list the data owns is not const; the library only offers a const view of it.
    auto& items = const_cast<km::list&>(l.list_value());
    // Reserved exactly: the library's data has no noexcept move, so growing
    // either vector would copy every item deeply.
    items.reserve(v.items().size());
    n.children.reserve(v.items().size());
    for (auto& item : v.items()) {
      n.children.push_back(to_node(item));
      items.push_back(std::move(n.children.back().data));
    }
    n.data = std::move(l);
  } else if (v.is_object()) {
    n.data = km::data(km::data::type::bool_true);
    n.members = &v.members();
    n.children.reserve(v.members().size());
    for (auto& [k, m] : v.members()) n.children.push_back(to_node(m));
  }
  return n;
}

// Name lookup for the library, in nodes, with the library's rules: the
// innermost section first; "." is the innermost section itself; "a.b" is b
// in a, in the innermost section that has both.
class view_context final : public km::basic_context<std::string> {
 public:
  explicit view_context(const node& root) { stack_.push_back({&root.data, &root}); }

  // The library pushes what get() has just returned (an object or text
  // whose section it renders), or each item of a list get() returned.
  void push(const km::data* d) override { stack_.push_back({d, node_of(d)}); }
  void pop() override { stack_.pop_back(); }

  const km::data* get(const std::string& name) const override {
    if (name.size() == 1 && name[0] == '.') return stack_.back().data;
    if (name.find('.') == std::string::npos) {
      for (auto e = stack_.rbegin(); e != stack_.rend(); ++e)
        if (e->n)
          if (const node* found = e->n->member(name)) return returned(found);
      return nullptr;
    }
    std::vector<std::string> names = name_parts(name);
    for (auto e = stack_.rbegin(); e != stack_.rend(); ++e) {
      const node* found = e->n;
      for (const auto& n : names)
        if (!found || !(found = found->member(n))) break;
      if (found) return returned(found);
    }
    return nullptr;
  }
  const km::data* get_partial(const std::string&) const override {
    return nullptr;  // partials are expanded before parsing
  }

 private:
  const km::data* returned(const node* n) const {
    last_ = n;
    if (n->data.is_list()) lists_.push_back(n);
    return &n->data;
  }
  // The node whose data `d` is: the one get() returned last, or an item of a
  // list it returned. A list's items are pushed right after it is returned,
  // each after any list inside the one before is done with, so the list is
  // the newest one holding `d`, and newer ones are finished.
  const node* node_of(const km::data* d) const {
    if (last_ && d == &last_->data) return last_;
    for (std::size_t i = lists_.size(); i-- > 0;) {
      const auto& items = lists_[i]->data.list_value();
      if (!items.empty() && d >= items.data() && d < items.data() + items.size()) {
        const node* item = &lists_[i]->children[static_cast<std::size_t>(d - items.data())];
        lists_.resize(i + 1);
        return item;
      }
    }
    return nullptr;
  }

  struct entry {
    const km::data* data;
    const node* n;
  };
  std::vector<entry> stack_;
  mutable const node* last_ = nullptr;
  mutable std::vector<const node*> lists_;
};

// Where the library writes the rendering.
struct appender {
  std::string& out;
};
appender& operator<<(appender& a, const std::string& piece) {
  a.out += piece;
  return a;
}

// The template with every Mustache tag removed (line ends kept), so its
// markup can be checked as XML before any data is involved.
std::string without_tags(const std::string& text) {
  std::string out;
  std::size_t pos = 0;
  for (const auto& t : scan_tags(text)) {
    out.append(text, pos, t.begin - pos);
    for (std::size_t i = t.begin; i < t.end; ++i)
      if (text[i] == '\n') out += '\n';
    pos = t.end;
  }
  out.append(text, pos);
  return out;
}

// Checks the markup of one template file: well-formed once tags are removed,
// and only elements and attributes of the vocabulary.
void check_markup(const std::string& file, const std::string& text,
                  std::vector<std::string>& problems) {
  // Inside the wrapper below libxml2 would only say "StartTag: invalid
  // element name"; markup has no use for a DOCTYPE (and the reader refuses one).
  auto tags = scan_tags(text);
  for (std::size_t at = text.find("<!DOCTYPE"); at != std::string::npos;
       at = text.find("<!DOCTYPE", at + 1)) {
    bool in_tag = std::any_of(tags.begin(), tags.end(),
                              [at](const mustache_tag& t) { return at >= t.begin && at < t.end; });
    if (in_tag) continue;
    text_place p = place_of(text, at);
    problems.push_back(
        fmt::format("{}:{}:{}: templates may not contain a DOCTYPE", file, p.line, p.column));
    return;
  }
  std::string markup = without_tags(text);
  // The wrapper sits on line 1 without a line end, so line numbers match the file.
  std::string wrapped = "<cp-template-fragment>" + markup + "</cp-template-fragment>";
  xml::doc_ptr d;
  try {
    d = xml::parse(wrapped, file);
  } catch (const error& e) {
    problems.push_back(e.what());
    return;
  }
  const auto& vocab = markup_vocabulary();
  std::vector<std::string> names;
  for (const auto& [k, v] : vocab) names.push_back(k);
  for (xmlNode* n : xml::select(d.get(), "//*")) {
    std::string name = reinterpret_cast<const char*>(n->name);
    if (name == "cp-template-fragment") continue;
    long line = xmlGetLineNo(n);
    auto it = vocab.find(name);
    if (it == vocab.end()) {
      std::string msg = fmt::format("{}:{}: unknown element <{}>", file, line, name);
      if (auto near = nearest(name, names)) msg += fmt::format("; did you mean <{}>?", *near);
      problems.push_back(msg);
      continue;
    }
    for (const xmlAttr* a = n->properties; a; a = a->next) {
      std::string an = reinterpret_cast<const char*>(a->name);
      if (std::find(it->second.begin(), it->second.end(), an) != it->second.end()) continue;
      std::string msg = fmt::format("{}:{}: <{}> has no attribute \"{}\"", file, line, name, an);
      if (auto near = nearest(an, it->second)) msg += fmt::format("; did you mean \"{}\"?", *near);
      problems.push_back(msg);
    }
  }
}

}  // namespace

struct template_set::parsed {
  explicit parsed(const std::string& text) : mustache(text) {
    // Escape for XML (also tabs and line ends, which survive as character
    // references) and drop characters XML cannot hold.
    mustache.set_custom_escape([](const std::string& s) { return xml::escape_attribute(s); });
  }
  // Rendering only reads the parsed tree: the library writes its error
  // message only for lambdas and partials, and a checked set renders neither
  // (partials are expanded before parsing, views hold no lambdas), so one
  // parse serves every paper and thread of a run.
  km::mustache mustache;
  // Room to reserve for the next rendering (the last one's size and a little).
  std::atomic<std::size_t> size_hint{0};
};

template_set template_set::load(const std::vector<std::filesystem::path>& dirs,
                                const view_catalogue& views) {
  template_set set;
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
      throw template_error(fmt::format("{}: template folder not found", dir.string()));
    for (const auto& [name, path] : mustache_files(dir))
      set.templates_[name] = {path, read_text(path)};
    for (const auto& [name, path] : mustache_files(dir / "partials"))
      set.partials_[name] = {path, read_text(path)};
  }
  set.check_or_throw(views);
  return set;
}

template_set template_set::from_texts(const std::map<std::string, std::string>& templates,
                                      const std::map<std::string, std::string>& partials,
                                      const view_catalogue& views) {
  template_set set;
  for (const auto& [name, text] : templates) set.templates_[name] = {name + ".mustache", text};
  for (const auto& [name, text] : partials)
    set.partials_[name] = {"partials/" + name + ".mustache", text};
  set.check_or_throw(views);
  return set;
}

void template_set::check_or_throw(const view_catalogue& views) {
  std::vector<std::string> problems;
  check(problems, views);
  if (!problems.empty()) {
    std::string all;
    for (const auto& p : problems) all += (all.empty() ? "" : "\n") + p;
    throw template_error(all);
  }
}

std::vector<std::string> template_set::template_names() const {
  std::vector<std::string> out;
  for (const auto& [k, v] : templates_) out.push_back(k);
  return out;
}

std::vector<std::filesystem::path> template_set::files() const {
  std::vector<std::filesystem::path> out;
  for (const auto& [k, v] : templates_) out.push_back(v.path);
  for (const auto& [k, v] : partials_) out.push_back(v.path);
  return out;
}

std::vector<template_set::file> template_set::contents() const {
  std::vector<file> out;
  for (const auto& [k, v] : templates_) out.push_back({k + ".mustache", v.path, &v.text});
  for (const auto& [k, v] : partials_)
    out.push_back({"partials/" + k + ".mustache", v.path, &v.text});
  return out;
}

void template_set::check(std::vector<std::string>& problems, const view_catalogue& views) {
  std::vector<std::string> partial_names;
  for (const auto& [k, v] : partials_) partial_names.push_back(k);
  // A problem met through several templates (a partial they share) once.
  auto add = [&](std::string problem) {
    if (std::find(problems.begin(), problems.end(), problem) == problems.end())
      problems.push_back(std::move(problem));
  };
  auto check_file = [&](const source& s) {
    std::string file = s.path.string();
    if (auto bad = utf8::find_problem(s.text)) {
      problems.push_back(
          fmt::format("{}:{}: {}", file, line_at(s.text, bad->offset), bad->description));
      return;
    }
    for (const auto& t : scan_tags(s.text)) {
      int line = line_at(s.text, t.begin);
      if (t.kind == '{' || t.kind == '&') {
        std::string written = t.kind == '{' ? "{{{" + t.name + "}}}" : "{{&" + t.name + "}}";
        problems.push_back(fmt::format("{}:{}: {} would insert data unescaped; use {{{{{}}}}}",
                                       file, line, written, t.name));
      } else if (t.kind == '=')
        problems.push_back(
            fmt::format("{}:{}: changing the tag delimiters is not supported", file, line));
      else if (t.kind == '>') {
        if (!partials_.count(t.name)) {
          std::string msg = fmt::format("{}:{}:{}: unknown partial \"{}\"", file, line,
                                        place_of(s.text, t.begin).column, t.name);
          if (auto near = nearest(t.name, partial_names))
            msg += fmt::format("; did you mean \"{}\"?", *near);
          problems.push_back(msg);
        }
        std::size_t bol = s.text.rfind('\n', t.begin);
        bol = bol == std::string::npos ? 0 : bol + 1;
        std::size_t eol = s.text.find('\n', t.end);
        if (eol == std::string::npos) eol = s.text.size();
        auto blank = [](std::string_view x) {
          return x.find_first_not_of(" \t\r") == std::string_view::npos;
        };
        if (!blank(std::string_view(s.text).substr(bol, t.begin - bol)) ||
            !blank(std::string_view(s.text).substr(t.end, eol - t.end)))
          problems.push_back(
              fmt::format("{}:{}: put {{{{>{}}}}} on a line of its own", file, line, t.name));
      }
    }
    check_markup(file, s.text, problems);
  };
  for (const auto& [k, s] : templates_) check_file(s);
  for (const auto& [k, s] : partials_) check_file(s);
  check_strays(problems, views);
  if (!problems.empty()) return;
  // Sections must balance across the whole expansion, partials included.
  for (const auto& [name, s] : templates_) {
    expanded e;
    try {
      e = expand(name);
    } catch (const template_error& err) {
      add(err.what());
      continue;
    }
    auto p = std::make_shared<parsed>(e.text);
    if (p->mustache.is_valid()) {
      parsed_[name] = std::move(p);
      for (const auto& bad : check_names(e.text, views.find(name)->second)) {
        text_place at = place_of(e.text, bad.offset);
        const auto& o = e.lines.at(static_cast<std::size_t>(at.line - 1));
        add(fmt::format("{}:{}:{}: {}", o.file, o.line, at.column, bad.message));
      }
    } else {
      std::string msg = p->mustache.error_message();
      std::smatch at;
      std::size_t offset = 0;
      if (std::regex_search(msg, at, std::regex(" at ([0-9]+)$"))) {
        offset = std::stoul(at[1]);
        msg = at.prefix();
      }
      auto o = e.lines.at(static_cast<std::size_t>(line_at(e.text, offset) - 1));
      add(fmt::format("{}:{}: {}", o.file, o.line, msg));
    }
  }
}

template_set::expanded template_set::expand(const std::string& name) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) throw template_error(fmt::format("no template \"{}\"", name));
  expanded out;
  std::vector<const source*> stack;
  expand_into(it->second, out, stack);
  return out;
}

void template_set::expand_into(const source& s, expanded& out,
                               std::vector<const source*>& stack) const {
  std::string file = s.path.string();
  if (std::find(stack.begin(), stack.end(), &s) != stack.end())
    throw template_error(fmt::format("{}: partials include each other in a circle", file));
  if (stack.size() > max_partial_depth) {
    std::string chain;
    for (const source* f : stack) chain += f->path.stem().string() + " > ";
    chain += s.path.stem().string();
    throw template_error(fmt::format("{}: partials nest more than {} deep: {}",
                                     stack.front()->path.string(), max_partial_depth, chain));
  }
  stack.push_back(&s);
  std::istringstream in(s.text);
  int line = 0;
  for (std::string l; std::getline(in, l);) {
    ++line;
    auto tags = scan_tags(l);
    if (tags.size() == 1 && tags[0].kind == '>') {
      // check() has seen every partial tag unless an unclosed tag hid the
      // rest of the file from it (the Mustache parser then reports that).
      auto partial = partials_.find(tags[0].name);
      if (partial == partials_.end())
        throw template_error(fmt::format("{}:{}:{}: unknown partial \"{}\"", file, line,
                                         tags[0].begin + 1, tags[0].name));
      expand_into(partial->second, out, stack);
      continue;
    }
    out.text += l;
    out.text += '\n';
    out.lines.push_back({file, line});
  }
  stack.pop_back();
}

void template_set::check_strays(std::vector<std::string>& problems,
                                const view_catalogue& views) const {
  std::vector<std::string> kinds;
  for (const auto& [name, shape] : views) kinds.push_back(name);
  // Each template renders one view: a file of another name is no template,
  // most likely a partial in the wrong folder.
  for (const auto& [name, s] : templates_) {
    if (views.count(name)) continue;
    std::string msg = fmt::format("{}:1:1: \"{}.mustache\" is the template of no paper kind",
                                  s.path.string(), name);
    if (partials_.count(name) || !nearest(name, kinds))
      msg += fmt::format("; did you mean partials/{}.mustache?", name);
    else
      msg += fmt::format("; did you mean \"{}.mustache\"?", *nearest(name, kinds));
    problems.push_back(msg);
  }
  // Every partial must be reached from a template: one that is not is
  // most likely misnamed, and would be ignored.
  std::set<std::string> used;
  std::vector<const source*> todo;
  for (const auto& [name, s] : templates_) todo.push_back(&s);
  while (!todo.empty()) {
    const source* s = todo.back();
    todo.pop_back();
    for (const auto& t : scan_tags(s->text)) {
      auto p = partials_.find(t.name);
      if (t.kind == '>' && p != partials_.end() && used.insert(t.name).second)
        todo.push_back(&p->second);
    }
  }
  std::vector<std::string> wanted;
  for (const auto* files : {&templates_, &partials_})
    for (const auto& [name, s] : *files)
      for (const auto& t : scan_tags(s.text))
        if (t.kind == '>' && !partials_.count(t.name)) wanted.push_back(t.name);
  for (const auto& [name, s] : partials_) {
    if (used.count(name)) continue;
    std::string msg =
        fmt::format("{}:1:1: partial \"{}\" is used by no template", s.path.string(), name);
    if (auto near = nearest(name, wanted)) msg += fmt::format("; did you mean \"{}\"?", *near);
    problems.push_back(msg);
  }
}

std::string template_set::render(std::string_view name, view v) const {
  auto it = parsed_.find(name);
  if (it == parsed_.end()) throw template_error(fmt::format("no template \"{}\"", name));
  km::mustache& m = it->second->mustache;
  std::string out;
  // The previous rendering's size is a good guess at this one's, and
  // reserving it spares the copies of growing the text piece by piece.
  out.reserve(it->second->size_hint.load(std::memory_order_relaxed));
  node root = to_node(v);
  view_context context(root);
  appender to{out};
  m.render(context, to);
  if (!m.is_valid()) throw template_error(fmt::format("{}: {}", name, m.error_message()));
  it->second->size_hint.store(out.size() + out.size() / 16, std::memory_order_relaxed);
  return out;
}

}  // namespace cp::compose

// SPDX-License-Identifier: MIT
#include "compose/inline_reader.hpp"

#include <fmt/format.h>

#include "compose/markup_reader.hpp"
#include "xml/xml_reader.hpp"

namespace cp::compose {
namespace {

bool space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Collapses white space inside a run without trimming it.
std::string collapse_inner(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool in_space = false;
  for (char c : s) {
    if (space(c)) {
      if (!in_space) out += ' ';
      in_space = true;
    } else {
      out += c;
      in_space = false;
    }
  }
  return out;
}

std::string* text_of(doc::inline_node& n) {
  if (auto* t = std::get_if<doc::text_run>(&n)) return &t->text;
  return nullptr;
}

// Drops the space at the start and end of the paragraph and around line
// breaks, where a reader would never see it, and merges runs of equal marks.
void tidy(doc::inlines& in) {
  for (std::size_t i = 0; i < in.size(); ++i) {
    std::string* t = text_of(in[i]);
    if (!t) continue;
    bool at_start = i == 0 || std::holds_alternative<doc::line_break>(in[i - 1]);
    bool at_end = i + 1 == in.size() || std::holds_alternative<doc::line_break>(in[i + 1]);
    if (at_start && !t->empty() && t->front() == ' ') t->erase(0, 1);
    if (at_end && !t->empty() && t->back() == ' ') t->pop_back();
    // A space at the end of one run and the start of the next shows once.
    if (i + 1 < in.size())
      if (std::string* next = text_of(in[i + 1]);
          next && !t->empty() && t->back() == ' ' && !next->empty() && next->front() == ' ')
        next->erase(0, 1);
  }
  // Empty runs go and runs of equal marks merge, in place.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (auto* t = std::get_if<doc::text_run>(&in[i])) {
      if (t->text.empty()) continue;
      if (kept > 0)
        if (auto* prev = std::get_if<doc::text_run>(&in[kept - 1]);
            prev && prev->marks == t->marks) {
          prev->text += t->text;
          continue;
        }
    }
    if (kept != i) in[kept] = std::move(in[i]);
    ++kept;
  }
  in.erase(in.begin() + static_cast<std::ptrdiff_t>(kept), in.end());
}

}  // namespace

std::string collapse_space(std::string_view s) {
  std::string out = collapse_inner(s);
  if (!out.empty() && out.front() == ' ') out.erase(0, 1);
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

doc::inlines inline_reader::read(const markup_node* first, const markup_node* stop) {
  doc::inlines out;
  std::size_t count = 0;
  for (const markup_node* n = first; n != stop; n = n->next) ++count;
  out.reserve(count);
  for (const markup_node* n = first; n != stop; n = n->next) node(n, 0, out);
  tidy(out);
  return out;
}

void inline_reader::node(const markup_node* n, std::uint8_t marks, doc::inlines& out) {
  if (n->is_text()) {
    out.push_back(doc::text_run{collapse_inner(n->text), marks});
    return;
  }
  if (!n->is_element()) return;  // comments, processing instructions
  check_(n);
  std::string_view name = n->name;
  auto children = [&](std::uint8_t m) {
    for (const markup_node* c = n->children; c; c = c->next) node(c, m, out);
  };
  switch (n->element) {
    case markup_element::b:
      children(marks | doc::bold);
      break;
    case markup_element::i:
      children(marks | doc::italic);
      break;
    case markup_element::u:
      children(marks | doc::underline);
      break;
    case markup_element::sup:
      children(marks | doc::superscript);
      break;
    case markup_element::sub:
      children(marks | doc::subscript);
      break;
    case markup_element::br:
      out.push_back(doc::line_break{});
      break;
    case markup_element::tab:
      out.push_back(doc::text_run{"\t", marks});
      break;
    case markup_element::a:
      link(n, marks, out);
      break;
    case markup_element::img:
      out.push_back(picture_(n));
      break;
    case markup_element::field: {
      std::string_view f = n->attribute_value("name");
      doc::field fld;
      fld.marks = marks;
      if (f == "page")
        fld.kind = doc::field_kind::page_number;
      else if (f == "pages")
        fld.kind = doc::field_kind::page_count;
      else if (f == "title")
        fld.kind = doc::field_kind::document_title;
      else
        fail_(n, fmt::format("<field name=\"{}\"> must be page, pages or title", f));
      out.push_back(fld);
      break;
    }
    case markup_element::page_ref: {
      // The page where a heading's anchor or a part of a pack starts.
      std::string anchor = collapse_space(n->attribute_value("anchor"));
      if (anchor.empty()) fail_(n, "<page-ref> needs anchor");
      out.push_back(doc::page_ref{std::move(anchor), marks, 0});
      break;
    }
    default:
      fail_(n, fmt::format("<{}> cannot stand inside text", name));
  }
}

void inline_reader::link(const markup_node* n, std::uint8_t marks, doc::inlines& out) {
  std::string href = collapse_space(n->attribute_value("href"));
  doc::inlines inner;
  for (const markup_node* c = n->children; c; c = c->next) node(c, marks, inner);
  doc::link l{href, {}};
  for (auto& i : inner) {
    if (auto* t = std::get_if<doc::text_run>(&i))
      l.runs.push_back(std::move(*t));
    else
      fail_(n, "<a> holds text only");
  }
  if (href.empty()) fail_(n, "<a> needs href");
  bool ok = href.starts_with("http://") || href.starts_with("https://") ||
            href.starts_with("mailto:") || (href.size() > 1 && href.front() == '#');
  if (!ok) fail_(n, fmt::format("<a href=\"{}\">: links must be http(s), mailto or #anchor", href));
  if (href.front() != '#' && !xml::is_uri(href))
    fail_(n, fmt::format("<a href=\"{}\">: not a valid web or e-mail address", href));
  std::string plain;
  for (const auto& r : l.runs) plain += r.text;
  if (collapse_space(plain).empty())
    l.runs = {doc::text_run{href.starts_with("mailto:") ? href.substr(7) : href, marks}};
  out.push_back(std::move(l));
}

}  // namespace cp::compose

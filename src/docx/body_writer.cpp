// SPDX-License-Identifier: MIT
// Block-level content: paragraphs, headings, lists, page breaks, cover and section ends.
#include "docx/body_writer.hpp"

#include <fmt/format.h>

#include "layout/cover.hpp"
#include "layout/toc.hpp"

namespace cp::docx::detail {
namespace {

// A page break goes on the next paragraph (pageBreakBefore) unless a table
// or nothing follows; then it needs a paragraph of its own.
bool next_is_table_or_end(const doc::block* b, const doc::block* last) {
  return b + 1 == last || std::holds_alternative<doc::table>(b[1].node);
}

}  // namespace

body_writer::body_writer(writer_state& st, part_relationships& rels, doc::orientation o)
    : st_(st), rels_(rels), orientation_(o) {}

double body_writer::text_width_mm() const {
  return st_.style.text_width_mm(orientation_);
}

void body_writer::write_blocks(xml::writer& w, const doc::blocks& bs, int depth) {
  write_range(w, bs.data(), bs.data() + bs.size(), depth);
}

void body_writer::write_range(xml::writer& w, const doc::block* first, const doc::block* last,
                              int depth) {
  for (const doc::block* b = first; b != last; ++b)
    write_block(w, *b, depth, next_is_table_or_end(b, last));
}

void body_writer::write_section_body(xml::writer& w, const doc::blocks& body,
                                     const section_refs& sect, bool final_section) {
  if (final_section) {
    write_blocks(w, body);
    // Word wants at least one paragraph in a document.
    if (body.empty()) write_empty_paragraph(w, "normal");
    return;
  }
  const doc::block* first = body.data();
  const doc::block* last = first + body.size();
  // The section break starts a new page already; a page break before it
  // would leave a blank page in Word.
  while (last != first && std::holds_alternative<doc::page_break>(last[-1].node)) --last;
  const auto* closing = last == first ? nullptr : std::get_if<doc::paragraph>(&last[-1].node);
  if (closing) {
    // The section ends with a plain paragraph: it carries the section break.
    write_range(w, first, last - 1, 0);
    paragraph_spec spec = spec_of(*closing);
    spec.sect = &sect;
    write_paragraph(w, spec);
  } else {
    write_range(w, first, last, 0);
    paragraph_spec spec;
    spec.role = "normal";
    spec.sect = &sect;
    write_paragraph(w, spec);
  }
}

void body_writer::write_block(xml::writer& w, const doc::block& b, int depth,
                              bool break_needs_paragraph) {
  if (const auto* p = std::get_if<doc::paragraph>(&b.node)) {
    write_paragraph(w, spec_of(*p));
  } else if (const auto* h = std::get_if<doc::heading>(&b.node)) {
    write_paragraph(w, spec_of(*h));
  } else if (const auto* l = std::get_if<doc::list>(&b.node)) {
    write_list(w, *l, depth);
  } else if (const auto* t = std::get_if<doc::table>(&b.node)) {
    write_table(w, *t);
  } else if (std::holds_alternative<doc::page_break>(b.node)) {
    // pageBreakBefore on the next paragraph keeps the new page free of an
    // empty line; a table cannot carry it, so then a paragraph holds the break.
    if (break_needs_paragraph)
      write_page_break_paragraph(w);
    else
      pending_page_break_ = true;
  } else if (const auto* toc = std::get_if<doc::table_of_contents>(&b.node)) {
    write_toc(w, *toc);
  } else if (const auto* tb = std::get_if<doc::title_block>(&b.node)) {
    write_title_block(w, *tb);
  }
}

body_writer::paragraph_spec body_writer::spec_of(const doc::paragraph& p) const {
  paragraph_spec s;
  s.role = p.role;
  s.content = &p.content;
  if (p.numbering)
    s.numbering = st_.numbering.for_sequence(p.numbering->sequence, p.numbering->level);
  s.align = p.align;
  return s;
}

body_writer::paragraph_spec body_writer::spec_of(const doc::heading& h) {
  paragraph_spec s;
  s.role = h.role.empty() ? fmt::format("heading-{}", h.level) : h.role;
  s.content = &h.content;
  if (h.numbering)
    s.numbering = st_.numbering.for_sequence(h.numbering->sequence, h.numbering->level);
  s.bookmark = layout::heading_bookmark(st_.next_heading());
  return s;
}

void body_writer::write_paragraph_properties(xml::writer& w, const paragraph_spec& p) {
  paragraph_props pp;
  pp.style_id = st_.ids.paragraph(p.role);
  if (pending_page_break_) pp.page_break_before = true;
  if (p.numbering)
    pp.numbering = p.numbering;
  else if (st_.numbering.numbered_by_style(p.role))
    pp.numbering = num_ref{0, 0};  // the style numbers; this paragraph is not numbered
  pp.tabs = p.tabs;
  pp.indent_left_mm = p.indent_left_mm;
  pp.align = p.align;
  w.open("w:pPr");
  write_paragraph_props_content(w, pp);
  if (p.sect) write_section_properties(w, st_.style, *p.sect);
  w.close();
}

void body_writer::write_paragraph(xml::writer& w, const paragraph_spec& p) {
  w.open("w:p");
  write_paragraph_properties(w, p);
  if (!part_bookmark_.empty()) {
    w.open("w:bookmarkStart")
        .attr("w:id", part_bookmark_id_)
        .attr("w:name", part_bookmark_)
        .close();
    part_bookmark_.clear();
  }
  int bookmark_id = 0;
  if (!p.bookmark.empty()) {
    bookmark_id = st_.next_bookmark_id();
    w.open("w:bookmarkStart").attr("w:id", bookmark_id).attr("w:name", p.bookmark).close();
  }
  if (p.custom_content)
    p.custom_content(w);
  else if (p.content)
    write_inlines(w, *p.content);
  if (!p.bookmark.empty()) w.open("w:bookmarkEnd").attr("w:id", bookmark_id).close();
  w.close();
  pending_page_break_ = false;
  last_was_table_ = false;
}

void body_writer::write_empty_paragraph(xml::writer& w, const std::string& role) {
  paragraph_spec spec;
  spec.role = role;
  write_paragraph(w, spec);
}

void body_writer::write_page_break_paragraph(xml::writer& w) {
  w.open("w:p").open("w:r");
  w.open("w:br").attr("w:type", "page").close();
  w.close().close();
  pending_page_break_ = false;
  last_was_table_ = false;
}

void body_writer::write_list(xml::writer& w, const doc::list& l, int depth) {
  for (const auto& item : l.items) write_list_item(w, l, item, depth);
}

void body_writer::write_list_item(xml::writer& w, const doc::list& l, const doc::list_item& item,
                                  int depth) {
  num_ref number = st_.numbering.for_sequence(l.sequence, depth);
  const style::numbering_level& level = st_.numbering.level(l.sequence, depth);
  const doc::block* first = item.blocks.data();
  const doc::block* last = first + item.blocks.size();

  // The label goes on the item's first paragraph; an item that starts with
  // something else gets an empty labelled paragraph, so counts stay right.
  bool starts_with_text = first != last && (std::holds_alternative<doc::paragraph>(first->node) ||
                                            std::holds_alternative<doc::heading>(first->node));
  if (starts_with_text) {
    paragraph_spec spec = std::holds_alternative<doc::paragraph>(first->node)
                              ? spec_of(std::get<doc::paragraph>(first->node))
                              : spec_of(std::get<doc::heading>(first->node));
    spec.numbering = number;
    write_paragraph(w, spec);
    ++first;
  } else {
    paragraph_spec spec;
    spec.role =
        !level.role.empty() && st_.style.find_paragraph(level.role) ? level.role : "body-text";
    spec.numbering = number;
    write_paragraph(w, spec);
  }

  // Further paragraphs line up with the item's text, without a label.
  for (const doc::block* b = first; b != last; ++b) {
    const auto* p = std::get_if<doc::paragraph>(&b->node);
    if (p && !p->numbering) {
      paragraph_spec spec = spec_of(*p);
      spec.indent_left_mm = level.indent_mm;
      write_paragraph(w, spec);
    } else {
      write_block(w, *b, depth + 1, next_is_table_or_end(b, last));
    }
  }
}

void body_writer::write_title_block(xml::writer& w, const doc::title_block& tb) {
  for (const doc::paragraph& p : layout::cover_paragraphs(tb)) write_paragraph(w, spec_of(p));
}

}  // namespace cp::docx::detail

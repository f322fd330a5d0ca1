// SPDX-License-Identifier: MIT
// Paragraphs, headings, lists, the cover and page breaks.
#include "html/block_writer.hpp"

#include <fmt/format.h>

#include "html/inline_writer.hpp"
#include "layout/cover.hpp"

namespace cp::html::detail {
namespace {

std::string heading_role(const doc::heading& h) {
  return h.role.empty() ? fmt::format("heading-{}", h.level) : h.role;
}

std::string_view heading_element(int level) {
  switch (level) {
    case 1:
      return "h1";
    case 2:
      return "h2";
    default:
      return "h3";
  }
}

std::string classes(const std::string& a, const std::string& b) {
  if (b.empty()) return a;
  return a + " " + b;
}

}  // namespace

void block_writer::write_blocks(const doc::blocks& bs, int list_depth) {
  for (const auto& b : bs) write_block(b, list_depth);
}

void block_writer::write_block(const doc::block& b, int list_depth) {
  std::visit([&](const auto& node) { write_node(node, list_depth); }, b.node);
}

block_writer::numbered block_writer::number(const doc::numbering_ref& ref) {
  numbered n;
  n.label = ctx_.numbers.next(ref);
  const std::string& scheme = ctx_.doc.sequences.at(ref.sequence).scheme;
  n.level_class = ctx_.names.level(scheme, ref.level);
  n.bullet = ctx_.hs.scheme(scheme).is_bullet();
  return n;
}

void block_writer::write_label(const numbered& n) {
  if (n.label.empty()) return;
  // The label as printed, then a space: what a reader copies reads "1.2 Text".
  w_.open("span").attr_plain("class", "label");
  if (n.bullet) w_.attr_plain("aria-hidden", "true");
  w_.text(n.label + " ").close();
}

void block_writer::write_node(const doc::paragraph& p, int) {
  if (p.numbering) {
    numbered n = number(*p.numbering);
    write_paragraph(p, &n);
  } else {
    write_paragraph(p, nullptr);
  }
}

void block_writer::write_paragraph(const doc::paragraph& p, const numbered* n,
                                   const std::string& extra_class) {
  std::string cls = classes(ctx_.names.paragraph(p.role), n ? n->level_class : extra_class);
  if (p.align) cls = classes(cls, std::string(align_class(*p.align)));
  w_.open("p").attr("class", cls);
  if (n) write_label(*n);
  inline_writer(w_, ctx_, text_width_mm_).write(p.content);
  w_.close();
}

void block_writer::write_node(const doc::heading& h, int) {
  if (h.numbering) {
    numbered n = number(*h.numbering);
    write_heading(h, &n);
  } else {
    write_heading(h, nullptr);
  }
}

void block_writer::write_heading(const doc::heading& h, const numbered* n) {
  const std::string& id = ctx_.plan.heading_id(ctx_.headings++);
  w_.open(heading_element(h.level))
      .attr("id", id)
      .attr("class", classes(ctx_.names.paragraph(heading_role(h)), n ? n->level_class : ""));
  if (n) write_label(*n);
  inline_writer(w_, ctx_, text_width_mm_).write(h.content);
  w_.close();
}

void block_writer::write_node(const doc::list& l, int depth) {
  const std::string& scheme = ctx_.doc.sequences.at(l.sequence).scheme;
  w_.open(ctx_.hs.scheme(scheme).is_bullet() ? "ul" : "ol").attr_plain("class", "list");
  for (const auto& item : l.items) write_list_item(l, item, depth);
  w_.close();
}

void block_writer::write_list_item(const doc::list& l, const doc::list_item& item, int depth) {
  // As the DOCX writer numbers items: the label on the first paragraph (or
  // heading), else on an empty paragraph of its own, so counts stay right.
  numbered n = number({l.sequence, depth});
  const std::string& scheme = ctx_.doc.sequences.at(l.sequence).scheme;
  w_.open("li");
  auto first = item.blocks.begin();
  if (first != item.blocks.end() && std::holds_alternative<doc::paragraph>(first->node)) {
    write_paragraph(std::get<doc::paragraph>(first->node), &n);
    ++first;
  } else if (first != item.blocks.end() && std::holds_alternative<doc::heading>(first->node)) {
    write_heading(std::get<doc::heading>(first->node), &n);
    ++first;
  } else {
    const style::numbering_level* level =
        static_cast<std::size_t>(depth) < ctx_.hs.scheme(scheme).levels.size()
            ? &ctx_.hs.scheme(scheme).levels[static_cast<std::size_t>(depth)]
            : nullptr;
    doc::paragraph empty;
    empty.role = level && !level->role.empty() && ctx_.hs.find_paragraph(level->role) ? level->role
                                                                                      : "body-text";
    write_paragraph(empty, &n);
  }
  // Further paragraphs line up with the item's text, without a label.
  for (; first != item.blocks.end(); ++first) {
    const auto* p = std::get_if<doc::paragraph>(&first->node);
    if (p && !p->numbering)
      write_paragraph(*p, nullptr, ctx_.names.level_text(scheme, depth));
    else
      write_block(*first, depth + 1);
  }
  w_.close();
}

void block_writer::write_node(const doc::page_break&, int) {
  // Only a printed page breaks; on the screen the text runs on.
  w_.open("div").attr_plain("class", "page-break").close();
}

void block_writer::write_node(const doc::title_block& tb, int) {
  for (const doc::paragraph& p : layout::cover_paragraphs(tb)) write_paragraph(p, nullptr);
}

}  // namespace cp::html::detail

// SPDX-License-Identifier: MIT
// Paragraphs, headings, numbered chains and lists.
#include "odt/body_writer.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "layout/cover.hpp"
#include "layout/toc.hpp"
#include "odt/inline_writer.hpp"
#include "odt/list_style.hpp"
#include "odt/style_properties.hpp"

namespace cp::odt::detail {
namespace {

const doc::numbering_ref* numbering_of(const doc::block& b) {
  if (const auto* p = std::get_if<doc::paragraph>(&b.node))
    return p->numbering ? &*p->numbering : nullptr;
  if (const auto* h = std::get_if<doc::heading>(&b.node))
    return h->numbering ? &*h->numbering : nullptr;
  return nullptr;
}

std::string heading_role(const doc::heading& h) {
  return h.role.empty() ? fmt::format("heading-{}", h.level) : h.role;
}

// The scheme of the first list found at each nesting depth, depth 0 being `l`.
void schemes_by_depth(const doc::document& d, const style::house_style& hs, const doc::list& l,
                      std::size_t depth, std::vector<const style::numbering_scheme*>& out) {
  if (out.size() <= depth) out.resize(depth + 1, nullptr);
  if (!out[depth]) out[depth] = &hs.scheme(d.sequences.at(l.sequence).scheme);
  for (const auto& item : l.items)
    for (const auto& b : item.blocks)
      if (const auto* nested = std::get_if<doc::list>(&b.node))
        schemes_by_depth(d, hs, *nested, depth + 1, out);
}

// Content a text:list-item cannot hold (ODF allows only paragraphs, headings and lists).
bool fits_in_list_item(const doc::block& b) {
  return !std::holds_alternative<doc::table>(b.node) &&
         !std::holds_alternative<doc::table_of_contents>(b.node);
}

}  // namespace

void body_writer::use_orientation(doc::orientation o) {
  text_width_mm_ = ctx_.hs.text_width_mm(o);
}

void body_writer::begin_section(std::size_t index, doc::orientation o) {
  // A section with no blocks still needs its page style somewhere.
  if (!pending_.master_page.empty()) write_empty_paragraph("normal");
  use_orientation(o);
  pending_.master_page = style_map::master_page(index);
  section_ = index;
  if (const std::string& anchor = ctx_.doc.sections[index].part_anchor; !anchor.empty()) {
    part_bookmark_ = ctx_.bookmarks.at(anchor);
    ctx_.ids.caption_number = 0;
    ctx_.ids.captions_restarted = true;
  }
}

void body_writer::write_part_bookmark() {
  if (part_bookmark_.empty()) return;
  w_.open("text:bookmark").attr("text:name", part_bookmark_).close();
  part_bookmark_.clear();
}

void body_writer::finish() {
  if (!pending_.master_page.empty() || pending_.page_break) write_empty_paragraph("normal");
}

void body_writer::take_pending(style_spec& spec, const char* props_element) {
  if (!pending_.master_page.empty()) {
    // A master page starts a new page by itself.
    spec.master_page = std::move(pending_.master_page);
  } else if (pending_.page_break) {
    spec.properties.get(props_element).set("fo:break-before", "page");
  }
  pending_ = {};
}

std::string body_writer::paragraph_style(const std::string& role, const std::string& list_style,
                                         std::optional<doc::alignment> align) {
  style_spec spec;
  spec.family = style_family::paragraph;
  spec.parent = ctx_.names.paragraph(role);
  if (ctx_.names.inherited_list_style(role) != list_style) spec.list_style = list_style;
  take_pending(spec, "style:paragraph-properties");
  if (align)
    spec.properties.get("style:paragraph-properties").set("fo:text-align", odf_text_align(*align));
  if (!spec.list_style && spec.master_page.empty() && spec.properties.empty()) return spec.parent;
  return pool_.find_or_add(spec);
}

void body_writer::write_blocks(const doc::blocks& bs) {
  list_chain chain;
  for (const auto& b : bs) {
    if (const doc::numbering_ref* ref = numbering_of(b)) {
      write_numbered(chain, b, *ref);
    } else if (std::holds_alternative<doc::page_break>(b.node)) {
      // A break writes nothing by itself, so a numbered list runs on across it.
      pending_.page_break = true;
    } else {
      chain.end(w_);
      write_block(b);
    }
  }
  chain.end(w_);
}

void body_writer::write_numbered(list_chain& chain, const doc::block& b,
                                 const doc::numbering_ref& ref) {
  std::string style = sequence_list_style(ref.sequence);
  if (chain.is_open() && chain.owner() != ref.sequence) chain.end(w_);
  if (!chain.is_open()) chain.begin(w_, ref.sequence, next_list(ref.sequence, style));
  chain.enter_item(w_, ref.level);
  if (const auto* p = std::get_if<doc::paragraph>(&b.node))
    write_paragraph(*p, style);
  else
    write_heading(std::get<doc::heading>(b.node), style);
}

void body_writer::write_block(const doc::block& b) {
  if (const auto* p = std::get_if<doc::paragraph>(&b.node)) {
    write_paragraph(*p, "");
  } else if (const auto* h = std::get_if<doc::heading>(&b.node)) {
    write_heading(*h, "");
  } else if (const auto* l = std::get_if<doc::list>(&b.node)) {
    write_list(*l);
  } else if (const auto* t = std::get_if<doc::table>(&b.node)) {
    write_table(*t);
  } else if (std::holds_alternative<doc::page_break>(b.node)) {
    pending_.page_break = true;
  } else if (const auto* toc = std::get_if<doc::table_of_contents>(&b.node)) {
    write_toc(*toc);
  } else if (const auto* tb = std::get_if<doc::title_block>(&b.node)) {
    write_cover(*tb);
  }
}

void body_writer::write_paragraph(const doc::paragraph& p, const std::string& list_style) {
  w_.open("text:p").attr("text:style-name", paragraph_style(p.role, list_style, p.align));
  write_part_bookmark();
  inline_writer(w_, ctx_, pool_, text_width_mm_).write(p.content);
  w_.close();
}

void body_writer::write_heading(const doc::heading& h, const std::string& list_style) {
  std::string role = heading_role(h);
  int outline = ctx_.hs.paragraph(role).outline_level;
  std::string bookmark = layout::heading_bookmark(headings_++);
  w_.open("text:h")
      .attr("text:style-name", paragraph_style(role, list_style))
      .attr("text:outline-level", outline > 0 ? outline : h.level);
  write_part_bookmark();
  w_.open("text:bookmark-start").attr("text:name", bookmark).close();
  inline_writer(w_, ctx_, pool_, text_width_mm_).write(h.content);
  w_.open("text:bookmark-end").attr("text:name", bookmark).close();
  w_.close();
}

void body_writer::write_empty_paragraph(const std::string& role) {
  w_.open("text:p").attr("text:style-name", paragraph_style(role, ""));
  write_part_bookmark();
  w_.close();
}

void body_writer::write_cover(const doc::title_block& tb) {
  for (const auto& p : layout::cover_paragraphs(tb)) write_paragraph(p, "");
}

list_start body_writer::next_list(std::size_t sequence, const std::string& style) {
  list_start s;
  s.id = fmt::format("list{}", ++list_ids_);
  s.style = style;
  auto it = last_list_.find(sequence);
  if (it != last_list_.end()) s.continues = it->second;
  last_list_[sequence] = s.id;
  return s;
}

std::string body_writer::sequence_list_style(std::size_t sequence) {
  const doc::sequence& seq = ctx_.doc.sequences.at(sequence);
  // ODF level styles count from 1 at least: lower start values are shown from 1.
  if (seq.start <= 1) return ctx_.names.list_style(seq.scheme);
  return pool_.find_or_add_list(list_levels(ctx_.hs.scheme(seq.scheme), seq.start));
}

std::string body_writer::list_style_for(const doc::list& l) {
  std::vector<const style::numbering_scheme*> schemes;
  schemes_by_depth(ctx_.doc, ctx_.hs, l, 0, schemes);
  const style::numbering_scheme& outer = *schemes.front();
  bool mixed = false;
  for (const auto* s : schemes) mixed = mixed || s != &outer;
  if (!mixed) return sequence_list_style(l.sequence);
  int start = ctx_.doc.sequences.at(l.sequence).start;
  // Nested lists take their labels from the outermost list's style, so a
  // list nesting other schemes gets a style whose level N is the scheme of
  // the list at depth N.
  xml::writer levels(false);
  std::size_t count = std::min<std::size_t>(10, std::max(outer.levels.size(), schemes.size()));
  for (std::size_t i = 0; i < count; ++i) {
    // Depths without a list of their own, or whose scheme is too shallow, keep the outer scheme's.
    const style::numbering_scheme* s = i < schemes.size() ? schemes[i] : &outer;
    if (i >= s->levels.size()) s = &outer;
    if (i < s->levels.size())
      write_list_level(levels, *s, i, static_cast<int>(i) + 1, i == 0 ? start : 1);
  }
  return pool_.find_or_add_list(levels.finish());
}

void body_writer::write_list(const doc::list& l) {
  std::string style = list_style_for(l);
  list_chain chain;
  chain.begin(w_, l.sequence, next_list(l.sequence, style));
  write_list_items(chain, l, 0, style);
  chain.end(w_);
}

void body_writer::write_list_items(list_chain& chain, const doc::list& l, int depth,
                                   const std::string& style) {
  for (const auto& item : l.items) {
    chain.enter_item(w_, depth);
    for (const auto& b : item.blocks) {
      if (const auto* nested = std::get_if<doc::list>(&b.node)) {
        write_list_items(chain, *nested, depth + 1, style);
        chain.return_to(w_, depth);
      } else if (fits_in_list_item(b)) {
        if (const auto* p = std::get_if<doc::paragraph>(&b.node))
          write_paragraph(*p, style);  // a numbering of its own cannot apply inside a list
        else if (const auto* h = std::get_if<doc::heading>(&b.node))
          write_heading(*h, style);
        else
          write_block(b);
      } else {
        // Split the list around the table: close it, write the table, and go
        // on in a list that continues this one, the rest of the item unlabelled.
        std::size_t owner = chain.owner();
        chain.end(w_);
        write_block(b);
        chain.begin(w_, owner, next_list(owner, style));
        chain.enter_header(w_, depth);
      }
    }
  }
}

}  // namespace cp::odt::detail

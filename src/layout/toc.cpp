// SPDX-License-Identifier: MIT
#include "layout/toc.hpp"

#include <fmt/format.h>

#include "layout/numbering_labels.hpp"
#include "layout/walk.hpp"

namespace cp::layout {
namespace {

struct toc_collector {
  numbering_counter counter;
  std::vector<toc_entry> entries;
  std::size_t headings = 0;
  std::size_t section = 0;

  void blocks(const doc::blocks& bs, int depth) {
    for (const auto& b : bs) {
      if (const auto* h = std::get_if<doc::heading>(&b.node)) {
        std::string label = h->numbering ? counter.next(*h->numbering) : std::string();
        if (h->in_toc)
          entries.push_back(
              {h->level, std::move(label), plain_text(h->content), headings, section});
        ++headings;
      } else if (const auto* p = std::get_if<doc::paragraph>(&b.node)) {
        if (p->numbering) counter.next(*p->numbering);
      } else if (const auto* l = std::get_if<doc::list>(&b.node)) {
        for (const auto& item : l->items) {
          counter.next({l->sequence, depth});
          blocks(item.blocks, depth + 1);
        }
      } else if (const auto* t = std::get_if<doc::table>(&b.node)) {
        for (const auto& row : t->rows)
          for (const auto& cell : row.cells) blocks(cell.blocks, 0);
      }
    }
  }
};

}  // namespace

toc_index::toc_index(const doc::document& d, const style::house_style& hs) {
  toc_collector c{numbering_counter(d, hs), {}, 0, 0};
  for (; c.section < d.sections.size(); ++c.section) c.blocks(d.sections[c.section].body, 0);
  all_ = std::move(c.entries);
}

std::vector<toc_entry> toc_index::entries(int max_level, section_range scope) const {
  std::vector<toc_entry> out;
  for (const auto& e : all_)
    if (e.level <= max_level && e.section >= scope.first && e.section < scope.last)
      out.push_back(e);
  return out;
}

std::vector<toc_entry> collect_toc(const doc::document& d, const style::house_style& hs,
                                   int max_level, section_range scope) {
  return toc_index(d, hs).entries(max_level, scope);
}

section_range part_of_section(const doc::document& d, std::size_t index) {
  std::size_t first = index + 1;
  while (first > 0 && d.sections[first - 1].part_anchor.empty()) --first;
  if (first == 0) return {};  // before any part: the whole document
  --first;
  std::size_t last = index + 1;
  while (last < d.sections.size() && d.sections[last].part_anchor.empty()) ++last;
  return {first, last};
}

std::string heading_bookmark(std::size_t ordinal) {
  return fmt::format("_Toc{:08d}", ordinal + 1);
}

std::string part_bookmark(std::size_t ordinal) {
  return fmt::format("_Part{:04d}", ordinal + 1);
}

std::map<std::string, std::size_t> part_anchors(const doc::document& d) {
  std::map<std::string, std::size_t> out;
  std::size_t n = 0;
  for (const auto& s : d.sections)
    if (!s.part_anchor.empty()) out.emplace(s.part_anchor, n++);
  return out;
}

std::map<std::string, std::string> anchor_bookmarks(const doc::document& d) {
  std::map<std::string, std::string> out;
  for (const auto& [anchor, ordinal] : heading_anchors(d))
    out.emplace(anchor, heading_bookmark(ordinal));
  for (const auto& [anchor, ordinal] : part_anchors(d)) out.emplace(anchor, part_bookmark(ordinal));
  return out;
}

std::map<std::string, std::size_t> heading_anchors(const doc::document& d) {
  std::map<std::string, std::size_t> out;
  std::size_t n = 0;
  walk_document(d, [&](const doc::block& b, int) {
    if (const auto* h = std::get_if<doc::heading>(&b.node)) {
      if (!h->anchor.empty()) out.emplace(h->anchor, n);
      ++n;
    }
  });
  return out;
}

std::string plain_text(const doc::inlines& content) {
  std::string out;
  for (const auto& node : content) {
    if (const auto* t = std::get_if<doc::text_run>(&node)) {
      out += t->text;
    } else if (std::holds_alternative<doc::line_break>(node)) {
      out += ' ';
    } else if (const auto* l = std::get_if<doc::link>(&node)) {
      for (const auto& r : l->runs) out += r.text;
    }
  }
  return out;
}

}  // namespace cp::layout

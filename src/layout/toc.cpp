// SPDX-License-Identifier: MIT
#include "layout/toc.hpp"

#include <fmt/format.h>

#include "layout/numbering_labels.hpp"
#include "layout/walk.hpp"

namespace cp::layout {
namespace {

struct toc_collector {
  numbering_counter counter;
  int max_level;
  std::vector<toc_entry> entries;
  std::size_t headings = 0;

  void blocks(const doc::blocks& bs, int depth) {
    for (const auto& b : bs) {
      if (const auto* h = std::get_if<doc::heading>(&b.node)) {
        std::string label = h->numbering ? counter.next(*h->numbering) : std::string();
        if (h->in_toc && h->level <= max_level)
          entries.push_back({h->level, label, plain_text(h->content), headings});
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

std::vector<toc_entry> collect_toc(const doc::document& d, const style::house_style& hs, int max_level) {
  toc_collector c{numbering_counter(d, hs), max_level, {}, 0};
  for (const auto& s : d.sections) c.blocks(s.body, 0);
  return std::move(c.entries);
}

std::string heading_bookmark(std::size_t ordinal) { return fmt::format("_Toc{:08d}", ordinal + 1); }

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

// SPDX-License-Identifier: MIT
// Visits the blocks of a document in reading order, the order writers emit them.
#pragma once

#include <type_traits>

#include "document/document.hpp"

namespace cp::layout {

// Calls fn(const doc::block&, int list_depth) for every block of every section
// body, descending into list items and table cells (headers and footers are
// not part of the flow and are skipped).
template <class Fn>
void walk_blocks(const doc::blocks& bs, Fn&& fn, int list_depth = 0) {
  for (const doc::block& b : bs) {
    fn(b, list_depth);
    if (const auto* l = std::get_if<doc::list>(&b.node)) {
      for (const auto& item : l->items) walk_blocks(item.blocks, fn, list_depth + 1);
    } else if (const auto* t = std::get_if<doc::table>(&b.node)) {
      for (const auto& row : t->rows)
        for (const auto& cell : row.cells) walk_blocks(cell.blocks, fn, 0);
    }
  }
}

template <class Fn>
void walk_document(const doc::document& d, Fn&& fn) {
  for (const auto& s : d.sections) walk_blocks(s.body, fn);
}

}  // namespace cp::layout

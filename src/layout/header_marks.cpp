// SPDX-License-Identifier: MIT
#include "layout/header_marks.hpp"

namespace cp::layout {

doc::blocks header_marks(const doc::blocks& header) {
  doc::blocks out;
  for (const auto& b : header)
    if (const auto* p = std::get_if<doc::paragraph>(&b.node); p && p->role == draft_mark_role)
      out.push_back(b);
  return out;
}

}  // namespace cp::layout

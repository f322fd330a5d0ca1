// SPDX-License-Identifier: MIT
// Lowers a title block to the styled paragraphs both writers emit.
#pragma once

#include <vector>

#include "document/document.hpp"

namespace cp::layout {

// Logo (right-aligned), committee, title, meeting date, "Report of ...", and the
// public/exempt line, each in its cover role; empty fields are left out.
std::vector<doc::paragraph> cover_paragraphs(const doc::title_block& tb);

}  // namespace cp::layout

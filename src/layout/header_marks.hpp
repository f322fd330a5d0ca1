// SPDX-License-Identifier: MIT
// Marks a paper carries in the header of every page whatever its header
// looks like: the DRAFT mark until it is signed off (docs/archive.md).
#pragma once

#include <string_view>

#include "document/document.hpp"

namespace cp::layout {

// The house style role of the mark: "DRAFT" until a paper is signed off.
inline constexpr std::string_view draft_mark_role = "draft-mark";

// The paragraphs of `header` that stay when a reference document's header
// replaces ours: those in the draft-mark role, so a draft made with a
// council's own template still says so on every page.
doc::blocks header_marks(const doc::blocks& header);

}  // namespace cp::layout

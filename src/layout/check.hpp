// SPDX-License-Identifier: MIT
// Checks a document tree against the engine's invariants before any writer runs.
#pragma once

#include "document/document.hpp"
#include "style/house_style.hpp"

namespace cp::layout {

// Throws document_error naming the place ("section 1, block 4 (table): ...")
// when the tree refers to a role, scheme, sequence, image or anchor that does
// not exist, has a table whose cells do not fit its grid, a heading outside
// levels 1-3, a picture without alternative text, duplicate anchors or
// custom property names, or a link that is not http(s), mailto or #anchor.
void check_document(const doc::document& d, const style::house_style& hs);

}  // namespace cp::layout

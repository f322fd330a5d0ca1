// SPDX-License-Identifier: MIT
// Writes a document tree as a DOCX (WordprocessingML, ECMA-376 Transitional) package.
#pragma once

#include "document/document.hpp"
#include "package/zip_package.hpp"
#include "style/house_style.hpp"

namespace cp::docx {

// Checks the tree (layout::check_document) and builds every part of the
// package. The same tree and style always give the same bytes.
package::zip_package build_docx(const doc::document& d, const style::house_style& hs);

}  // namespace cp::docx

// SPDX-License-Identifier: MIT
// Writes a document tree as a DOCX (WordprocessingML, ECMA-376 Transitional) package.
#pragma once

#include "document/document.hpp"
#include "package/zip_package.hpp"
#include "reference/docx_reference.hpp"
#include "style/house_style.hpp"

namespace cp::docx {

// Checks the tree (layout::check_document) and builds every part of the
// package. The same tree, style and reference always give the same bytes.
// With a reference document (`ref`), its page setup, styles, numbering,
// headers and footers are used (docs/reference-documents.md).
package::zip_package build_docx(const doc::document& d, const style::house_style& hs,
                                const reference::docx_reference* ref = nullptr);

}  // namespace cp::docx

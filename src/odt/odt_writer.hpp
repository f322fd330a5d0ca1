// SPDX-License-Identifier: MIT
// Writes a document tree as an ODT (OpenDocument Text 1.3) package.
#pragma once

#include "document/document.hpp"
#include "package/zip_package.hpp"
#include "reference/odt_reference.hpp"
#include "style/house_style.hpp"

namespace cp::odt {

// Checks the tree (layout::check_document) and builds every part of the
// package. The same tree, style and reference always give the same bytes.
// With a reference document (`ref`), its page setup, styles, headers and
// footers are used (docs/reference-documents.md).
package::zip_package build_odt(const doc::document& d, const style::house_style& hs,
                               const reference::odt_reference* ref = nullptr);

}  // namespace cp::odt

// SPDX-License-Identifier: MIT
// Writes a document tree as an ODT (OpenDocument Text 1.3) package.
#pragma once

#include "document/document.hpp"
#include "package/zip_package.hpp"
#include "style/house_style.hpp"

namespace cp::odt {

// Checks the tree (layout::check_document) and builds every part of the
// package. The same tree and style always give the same bytes.
package::zip_package build_odt(const doc::document& d, const style::house_style& hs);

}  // namespace cp::odt

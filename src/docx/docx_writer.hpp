// SPDX-License-Identifier: MIT
// Writes a document tree as a DOCX (WordprocessingML, ECMA-376 Transitional) package.
#pragma once

#include <map>
#include <string>

#include "document/document.hpp"
#include "package/zip_package.hpp"
#include "reference/docx_reference.hpp"
#include "style/house_style.hpp"

namespace cp::docx {

// What build_docx may use besides the calling thread.
struct build_options {
  // A second thread for the page estimate, beside the writing of the parts
  // (for a long document; a short one does not repay starting a thread).
  // The bytes are the same either way.
  bool helper_thread = false;
};

// Checks the tree (layout::check_document) and builds every part of the
// package. The same tree, style and reference always give the same bytes.
// With a reference document (`ref`), its page setup, styles, numbering,
// headers and footers are used (docs/reference-documents.md).
package::zip_package build_docx(const doc::document& d, const style::house_style& hs,
                                const reference::docx_reference* ref = nullptr,
                                build_options options = {});

// The writer's estimate of where `d`'s headings and parts fall on pages,
// for the cached results of its page fields (the writer makes it itself
// unless doc::document::pages holds it already).
doc::page_estimate estimate_pages(const doc::document& d, const style::house_style& hs);

// The page each anchor of `d` (headings' and parts') probably starts on,
// from that estimate; for formats that cannot estimate pages themselves
// (doc::page_ref::estimate).
std::map<std::string, int> anchor_pages(const doc::document& d, const doc::page_estimate& pages);

}  // namespace cp::docx

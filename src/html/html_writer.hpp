// SPDX-License-Identifier: MIT
// Writes a document tree as HTML5 pages for council websites: one
// self-contained file per page (house style CSS and pictures inside), no
// script, nothing fetched from elsewhere (docs/design.md, "The HTML edition").
#pragma once

#include <string>
#include <vector>

#include "document/document.hpp"
#include "style/house_style.hpp"

namespace cp::html {

struct page {
  std::string file;   // "index.html", "item-5.html"
  std::string bytes;  // the whole page
};

// Checks the tree (layout::check_document) and writes the whole document as
// one page. The same tree and style always give the same bytes.
std::string build_html(const doc::document& d, const style::house_style& hs);

// A document of parts (doc::section::part_anchor: an agenda pack) as linked
// pages: "index.html" holding the sections before the first part (the front
// sheet), and a page for each part named after its anchor ("item-5.html"),
// each linking back to the index. Links and page references to another
// page's heading or part lead there. A document without parts is one page,
// "index.html".
std::vector<page> build_html_pages(const doc::document& d, const style::house_style& hs);

}  // namespace cp::html

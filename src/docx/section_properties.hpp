// SPDX-License-Identifier: MIT
// w:sectPr: page size, orientation, margins and the section's header and footer.
#pragma once

#include <string>

#include "document/document.hpp"
#include "style/house_style.hpp"
#include "xml/xml_writer.hpp"

namespace cp::docx::detail {

// What a section's w:sectPr refers to.
struct section_refs {
  std::string header_rid;  // relationship ids in word/_rels/document.xml.rels
  std::string footer_rid;
  doc::orientation orientation = doc::orientation::portrait;
  // A different first page (a reference document's first-page header or
  // footer): w:titlePg, and the parts for that page (empty: a blank one).
  bool title_page = false;
  std::string first_header_rid;
  std::string first_footer_rid;
};

void write_section_properties(xml::writer& w, const style::house_style& hs, const section_refs& s);

}  // namespace cp::docx::detail

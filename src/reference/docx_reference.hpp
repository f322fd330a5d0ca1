// SPDX-License-Identifier: MIT
// A council's DOCX (or DOTX) as a reference document: read once, checked
// against hostile content, and reduced to what the DOCX writer takes from it
// (see docs/reference-documents.md).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "reference/catalogue.hpp"
#include "reference/role_map.hpp"
#include "style/house_style.hpp"
#include "zip/zip_reader.hpp"

namespace cp::reference {

// A relationship of a header or footer part, checked: an internal target is
// a PNG or JPEG picture in the package; an external one is a web link.
struct docx_link {
  std::string id;      // "rId1", as the part refers to it
  std::string type;    // relationship type URI
  std::string target;  // package path ("word/media/image1.png") or the URL when external
  bool external = false;
};

// A header or footer of the reference's last section.
struct docx_story {
  bool header = true;
  std::string kind;  // "default" or "first"
  std::string part;  // package path: "word/header1.xml"
  std::vector<docx_link> links;
  bool page_field = false;  // shows the page number (a PAGE field)
};

struct docx_reference {
  std::string file;  // as named on the command line or in the style file
  package::entries entries;

  std::vector<named_style> styles;    // paragraph and character styles
  std::set<std::string> style_ids;    // every w:styleId (tables and numbering too)
  std::set<std::string> style_names;  // every w:name, lower-case
  role_map roles;

  bool has_page = false;            // the last section has a page size
  style::page_setup page;           // portrait, from the last section (w:pgSz, w:pgMar)
  std::vector<docx_story> stories;  // default header and footer, first-page ones

  std::string numbering_part;  // "word/numbering.xml", or empty
  int next_abstract_id = 0;    // above every w:abstractNumId of the reference
  int next_num_id = 1;         // above every w:numId
  std::set<std::string> nsids;

  std::string theme_part;  // "word/theme/theme1.xml", or empty

  std::vector<std::string> notes;  // what the user should know, printed once

  const std::string& part(const std::string& name) const { return entries.at(name); }
  const docx_story* story(bool header, const std::string& kind) const;
};

// Reads a reference DOCX from its package entries (package::read_zip); every
// XML part used is parsed with xml::parse. Throws reference_error naming
// `file` and the part for a missing styles or document part, any DOCTYPE,
// malformed XML, or header content that reaches outside the package.
docx_reference read_docx_reference(package::entries entries, const std::string& file,
                                   const style::house_style& hs);

}  // namespace cp::reference

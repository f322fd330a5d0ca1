// SPDX-License-Identifier: MIT
// A council's ODT (or OTT) as a reference document: read once, checked
// against hostile content, and reduced to what the ODT writer takes from it
// (see docs/reference-documents.md).
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "reference/catalogue.hpp"
#include "reference/role_map.hpp"
#include "style/house_style.hpp"
#include "zip/zip_reader.hpp"

namespace cp::reference {

struct odt_reference {
  std::string file;  // as named on the command line or in the style file
  package::entries entries;

  std::vector<named_style> styles;  // paragraph and text styles of office:styles
  role_map roles;

  // The master page whose header, footer and page layout every section takes:
  // "Standard" (LibreOffice's Default Page Style) if there is one, else the first.
  std::string master_page;
  std::string page_layout;  // its style:page-layout-name
  style::page_setup page;   // portrait, from that page layout
  bool has_header = false;
  bool has_footer = false;
  bool footer_page_field = false;  // the footer shows the page number (text:page-number)

  // Names the writer must not reuse in styles.xml.
  std::set<std::string> automatic_styles;  // office:automatic-styles (and page layouts)
  std::set<std::string> list_styles;       // text:list-style names and display names
  std::set<std::string> master_pages;
  std::set<std::string> text_styles;  // style:name of family "text"

  // Pictures styles.xml shows (headers, backgrounds), package paths, checked PNG or JPEG.
  std::vector<std::string> pictures;

  std::vector<std::string> notes;  // what the user should know, printed once
};

// Reads a reference ODT from its package entries (package::read_zip):
// mimetype, content.xml and styles.xml must be there; both XML parts are
// parsed with xml::parse. Throws reference_error naming `file` and the part
// for anything missing, any DOCTYPE, malformed XML, embedded objects or
// scripts, and links or pictures that reach outside the package.
odt_reference read_odt_reference(package::entries entries, const std::string& file,
                                 const style::house_style& hs);

// "Heading_20_1" -> "Heading 1": the display name LibreOffice encodes in a style:name.
std::string decode_style_name(std::string_view name);

}  // namespace cp::reference

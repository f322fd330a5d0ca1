// SPDX-License-Identifier: MIT
// An existing DOCX or ODT placed in an agenda pack "as it is": read through
// the hardened package reader and safe XML parser, and converted into the
// document tree, so it flows into the pack with the pack's page numbers,
// headers and house style. What is kept and what is not: docs/agendas.md.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "style/house_style.hpp"
#include "util/error.hpp"
#include "zip/zip_reader.hpp"

namespace cp::agenda {

// A placed document that cannot be used: not a DOCX/ODT, damaged, hostile
// (zip bombs, names climbing out of the package, DOCTYPEs and entities,
// relationships to outside files), encrypted. The message names the file.
class placed_error : public input_error {
 public:
  using input_error::input_error;
};

struct placed_document {
  doc::document tree;              // sections with empty headers and footers
  std::vector<std::string> notes;  // what was left out, once each ("its 2 comments are not placed")
};

// Reads `file` (.docx or .odt by content) into a tree using the house
// style's roles ("body-text", "heading-1", "table-text", ...) and its
// "bullet" and "number" schemes.
placed_document read_placed_document(const std::filesystem::path& file,
                                     const style::house_style& hs,
                                     const package::read_limits& limits = {});

// The same from package entries (package::read_zip); `name` is used in messages.
placed_document read_placed_docx(const package::entries& entries, const std::string& name,
                                 const style::house_style& hs);
placed_document read_placed_odt(const package::entries& entries, const std::string& name,
                                const style::house_style& hs);

}  // namespace cp::agenda

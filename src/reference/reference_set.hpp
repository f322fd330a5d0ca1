// SPDX-License-Identifier: MIT
// The reference documents of one run: at most one DOCX and one ODT.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "reference/docx_reference.hpp"
#include "reference/odt_reference.hpp"
#include "style/house_style.hpp"

namespace cp::reference {

struct reference_set {
  std::optional<docx_reference> docx;  // serves DOCX output
  std::optional<odt_reference> odt;    // serves ODT output
  std::vector<std::string> notes;      // from both, in the order read
};

// The format a reference document serves, from its extension: .docx or
// .dotx -> DOCX, .odt or .ott -> ODT; nothing for anything else.
std::optional<file_format> format_of(const std::string& path);

// Reads each file through package::read_zip and the format's reader. Throws
// reference_error for an unknown extension, two files of one format, a file
// that cannot be read, and anything the readers refuse.
reference_set load_references(const std::vector<std::string>& paths, const style::house_style& hs);

}  // namespace cp::reference

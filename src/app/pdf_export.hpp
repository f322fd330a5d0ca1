// SPDX-License-Identifier: MIT
// PDF through LibreOffice headless: tagged for assistive technology
// (PDF/UA options), and PDF/A-2b for the archive.
#pragma once

#include <string>
#include <string_view>

namespace cp::app {

struct pdf_options {
  bool archival = false;  // PDF/A-2b as well as tagged
};

// Whether `soffice` can be found on PATH.
bool libreoffice_available();

// Converts an ODT package to PDF. Throws io_error saying what to install
// when LibreOffice is missing, or what LibreOffice said when it failed.
std::string export_pdf(std::string_view odt_bytes, const pdf_options& options = {});

}  // namespace cp::app

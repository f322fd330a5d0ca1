// SPDX-License-Identifier: MIT
// In-process validation of written packages against the official schemas
// (ECMA-376 Transitional for DOCX, OpenDocument 1.3 RelaxNG for ODT), for
// the fuzz targets: every output they build must be valid, not only parse.
#pragma once

#include <string>

#include "zip/zip_reader.hpp"

namespace cp::fuzz {

// Returns "" when every XML part is valid, else the first problem. The
// schemas are read once from $CP_SCHEMA_DIR, else ../shared/schemas beside
// the source tree; without them only well-formedness is checked.
std::string check_docx(const package::entries& parts);
std::string check_odt(const package::entries& parts);

}  // namespace cp::fuzz

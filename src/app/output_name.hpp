// SPDX-License-Identifier: MIT
// File names for papers: derived from the paper, safe on Windows and Linux.
#pragma once

#include <string>
#include <string_view>

namespace cp::app {

// A file name stem made of lower-case ASCII letters, digits and single
// hyphens ("2009-07-14-partnership-mapping-evaluation"), at most 80
// characters, never a name Windows reserves (CON, NUL, COM1 ...), never
// empty, and never a path: it cannot leave the output folder.
std::string safe_file_stem(std::string_view text);

}  // namespace cp::app

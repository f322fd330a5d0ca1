// SPDX-License-Identifier: MIT
// The reference documents of one run, from the command line and the style file.
#pragma once

#include <ostream>

#include "app/options.hpp"
#include "reference/reference_set.hpp"
#include "style/house_style.hpp"

namespace cp::app {

// Reads the --reference files, then the style file's `reference:` documents
// of a format no --reference gave (the command line wins per format). Prints
// its notes to `err` once: what a reference cannot serve, and which requested
// format keeps the house style because only the other one has a reference.
// Throws reference::reference_error (bad input) for a file it refuses.
reference::reference_set load_references(const options& o, const style::house_style& hs,
                                         std::ostream& err);

}  // namespace cp::app

// SPDX-License-Identifier: MIT
// Where the shipped house styles and templates are found.
#pragma once

#include <filesystem>

namespace cp::app {

// $PAPERS_DATA_DIR if set; else <executable>/../share/committee-papers when
// installed; else the source tree the program was built from.
std::filesystem::path data_dir();

}  // namespace cp::app

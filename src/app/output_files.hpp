// SPDX-License-Identifier: MIT
// Finished files held in memory until every paper of a run has been built,
// then written, each replaced atomically.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace cp::app {

struct built_file {
  std::filesystem::path path;
  std::string bytes;
};

// Writes every file, all or none (package::write_files_atomically), then
// says "wrote PATH" for each, in the order given, unless `quiet`.
void write_all(const std::vector<built_file>& files, bool quiet, std::ostream& out);

}  // namespace cp::app

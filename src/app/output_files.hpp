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

// Writes every file on up to `jobs` threads and says "wrote PATH" for each,
// in the order given, unless `quiet`. When a write fails, the files written
// are still named and the first failure in order is thrown (io_error); the
// file that failed keeps its previous contents.
void write_all(const std::vector<built_file>& files, unsigned jobs, bool quiet, std::ostream& out);

}  // namespace cp::app

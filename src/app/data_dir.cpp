// SPDX-License-Identifier: MIT
#include "app/data_dir.hpp"

#include <cstdlib>

namespace cp::app {

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("PAPERS_DATA_DIR"); env && *env) return env;
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto installed = exe.parent_path().parent_path() / "share" / "committee-papers";
    if (std::filesystem::is_directory(installed / "templates", ec)) return installed;
  }
  return CP_SOURCE_DIR;
}

}  // namespace cp::app

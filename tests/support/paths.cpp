// SPDX-License-Identifier: MIT
#include "support/paths.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace cp::test {

std::filesystem::path scratch_dir(const std::string& name) {
  auto dir = std::filesystem::path(CP_BINARY_DIR) / "test-output" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace cp::test

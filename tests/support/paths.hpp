// SPDX-License-Identifier: MIT
// Where the tests find the repository's files and put their own output.
#pragma once

#include <filesystem>
#include <string>

namespace cp::test {

// The source tree (styles/, templates/, inputs/, tests/).
inline std::filesystem::path source_dir() {
  return CP_SOURCE_DIR;
}
// A fresh folder under the build tree for this test process's output.
std::filesystem::path scratch_dir(const std::string& name);
// A file's bytes.
std::string read_file(const std::filesystem::path& p);

}  // namespace cp::test

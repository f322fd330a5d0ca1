// SPDX-License-Identifier: MIT
#include "support/example_copy.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "support/paths.hpp"

namespace cp::test {

namespace fs = std::filesystem;

fs::path copy_example(const std::string& file_name, const fs::path& root) {
  auto src = source_dir();
  fs::create_directories(root / "inputs");
  fs::create_directories(root / "styles");
  fs::copy_file(src / "inputs" / file_name, root / "inputs" / file_name,
                fs::copy_options::overwrite_existing);
  auto recursive = fs::copy_options::recursive | fs::copy_options::overwrite_existing;
  fs::copy(src / "inputs/shared", root / "inputs/shared", recursive);
  fs::copy(src / "styles/assets", root / "styles/assets", recursive);
  return root / "inputs" / file_name;
}

void make_draft(const fs::path& input) {
  std::istringstream in(read_file(input));
  std::string out, line;
  bool in_sign_off = false, changed = false;
  while (std::getline(in, line)) {
    if (in_sign_off && line.starts_with("    ")) continue;  // the sign-off's own fields
    in_sign_off = false;
    if (line == "  signed-off:") {
      in_sign_off = true;
      continue;
    }
    if (line == "  status: signed-off") {
      line = "  status: draft";
      changed = true;
    }
    out += line + "\n";
  }
  if (!changed)
    throw std::runtime_error(input.string() + ": no 'status: signed-off' to make a draft of");
  std::ofstream(input, std::ios::binary | std::ios::trunc) << out;
}

}  // namespace cp::test

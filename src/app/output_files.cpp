// SPDX-License-Identifier: MIT
#include "app/output_files.hpp"

#include <set>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "package/atomic_file.hpp"
#include "util/error.hpp"

namespace cp::app {

void write_all(const std::vector<built_file>& files, bool quiet, std::ostream& out) {
  std::set<std::filesystem::path> folders;
  for (const auto& f : files) folders.insert(f.path.parent_path());
  for (const auto& folder : folders) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
      throw io_error(fmt::format("{}: cannot create folder: {}", folder.string(), ec.message()));
  }
  std::vector<package::pending_file> pending;
  for (const auto& f : files) pending.push_back({f.path, f.bytes});
  package::write_files_atomically(pending);
  if (!quiet)
    for (const auto& f : files) fmt::print(out, "wrote {}\n", f.path.string());
}

}  // namespace cp::app

// SPDX-License-Identifier: MIT
#include "app/output_files.hpp"

#include <exception>
#include <set>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/parallel.hpp"
#include "package/atomic_file.hpp"
#include "util/error.hpp"

namespace cp::app {

void write_all(const std::vector<built_file>& files, unsigned jobs, bool quiet, std::ostream& out) {
  // Folders first, one thread: threads creating the same folder would race.
  std::set<std::filesystem::path> folders;
  for (const auto& f : files) folders.insert(f.path.parent_path());
  for (const auto& folder : folders) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
      throw io_error(fmt::format("{}: cannot create folder: {}", folder.string(), ec.message()));
  }
  // Each file is flushed to disk before it replaces the old one; on several
  // threads those waits overlap.
  std::vector<char> written(files.size(), 0);
  std::exception_ptr failure;
  try {
    for_each_in_parallel(files.size(), jobs, [&](std::size_t i) {
      package::write_file_atomically(files[i].path, files[i].bytes);
      written[i] = 1;
    });
  } catch (...) {
    failure = std::current_exception();
  }
  if (!quiet)
    for (std::size_t i = 0; i < files.size(); ++i)
      if (written[i]) fmt::print(out, "wrote {}\n", files[i].path.string());
  if (failure) std::rethrow_exception(failure);
}

}  // namespace cp::app

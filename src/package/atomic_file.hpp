// SPDX-License-Identifier: MIT
// Writes a file so that readers see the old file or the whole new one, never a partial one.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

namespace cp::package {

// Writes `bytes` to a temporary file beside `target`, flushes it to disk and
// renames it over `target`. On any failure the temporary file is removed, the
// previous `target` (if any) is left untouched, and io_error names the path.
void write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

struct pending_file {
  std::filesystem::path target;
  std::string_view bytes;
};

// The same for many files at once, all or none: each is written to a
// temporary file beside its target, then all are flushed to disk together
// (one syncfs per file system, where a flush per file cost 6 ms each: most
// of a 1,000-paper build), then each is renamed over its target and each
// folder flushed once. When a write or the flush fails, every temporary file
// is removed, no target has changed, and io_error names the file. Only a
// rename failing part-way (which needs the folder to change under us) can
// leave the files before it replaced.
void write_files_atomically(const std::vector<pending_file>& files);

}  // namespace cp::package

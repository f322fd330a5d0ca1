// SPDX-License-Identifier: MIT
// Writes a file so that readers see the old file or the whole new one, never a partial one.
#pragma once

#include <filesystem>
#include <string_view>

namespace cp::package {

// Writes `bytes` to a temporary file beside `target`, flushes it to disk and
// renames it over `target`. On any failure the temporary file is removed, the
// previous `target` (if any) is left untouched, and io_error names the path.
void write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

}  // namespace cp::package

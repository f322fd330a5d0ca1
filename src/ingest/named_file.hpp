// SPDX-License-Identifier: MIT
// Files that an input names (includes, logos, reports, placed documents):
// found relative to the file that names them, and only inside the include
// root, so that a paper someone else wrote cannot publish the host's files.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "util/bounded_read.hpp"

namespace cp::ingest {

struct named_file {
  std::filesystem::path path;       // as messages show it: the naming file's folder / name
  std::filesystem::path canonical;  // links resolved: what two names of one file share
};

// The include root a top-level input gets when none is given: its folder,
// with links resolved (the current folder for an input that is not a
// regular file, such as a pipe).
std::filesystem::path default_include_root(const std::filesystem::path& input);

// Finds `name`, written in `naming_file`, inside `root` (canonical). Throws
// util::read_refused with the reason, which names the path as shown: the
// name is absolute, climbs out of the root with "..", is a link to a place
// outside it, does not exist, or is a folder, device, FIFO or socket.
named_file resolve_named_file(std::string_view name, const std::filesystem::path& naming_file,
                              const std::filesystem::path& root);

// The file's bytes, regular files only, at most `max_bytes`; util::read_refused
// (reason with the path) otherwise.
std::string read_named_file(const named_file& f, std::size_t max_bytes);

// Whether `path` (absolute, normal) is `root` or lies below it.
bool is_within(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace cp::ingest

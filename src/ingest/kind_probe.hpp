// SPDX-License-Identifier: MIT
// What kind of input a file is, read from its first few lines: `papers
// build` sorts meetings from papers before loading either, and parsing each
// whole file twice cost a sixth of a one-paper build.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace cp::ingest {

// The plain scalar value of the top-level `kind` key, found by reading YAML
// events only as far as that key. Nothing when the file cannot be read, is
// not a mapping, has no `kind`, or writes it in a way only the full loader
// resolves (an alias, a tag, a merge key before it): the caller then loads
// the file as usual. A syntax error after the key is left for the loader.
std::optional<std::string> probe_kind(const std::filesystem::path& file);

}  // namespace cp::ingest

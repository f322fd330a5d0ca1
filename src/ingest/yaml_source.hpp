// SPDX-License-Identifier: MIT
// Reads YAML (and JSON, which YAML 1.2 contains) into a positioned value tree.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "ingest/value.hpp"

namespace cp::ingest {

// Limits that keep hostile input from exhausting memory or the stack.
struct parse_limits {
  std::size_t max_bytes = 16 * 1024 * 1024;  // file size
  int max_depth = 64;                        // nesting of lists and mappings
  std::size_t max_nodes = 1'000'000;         // after alias expansion
};

// Parses `text`; `file_name` is what messages call the file. Throws
// input_error "file:line:col: ..." on syntax errors, duplicate keys, text
// that is not valid UTF-8 or holds characters XML forbids, and broken limits.
value parse_yaml(std::string_view text, const std::string& file_name, const parse_limits& limits = {});

// Reads and parses a file; the message names `path` as given.
value load_yaml_file(const std::filesystem::path& path, const parse_limits& limits = {});

}  // namespace cp::ingest

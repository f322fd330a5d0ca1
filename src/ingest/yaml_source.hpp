// SPDX-License-Identifier: MIT
// Reads YAML (and JSON, which YAML 1.2 contains) into a positioned value tree.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/value.hpp"
#include "util/error.hpp"

namespace cp::ingest {

// Limits that keep hostile input from exhausting memory or the stack. With
// includes followed they apply to the whole document, included files counted.
struct parse_limits {
  std::size_t max_bytes = 16 * 1024 * 1024;  // file size (all files, with includes)
  int max_depth = 64;                        // nesting of lists and mappings
  std::size_t max_nodes = 1'000'000;         // after alias expansion
  // One text value (a scalar, an included .md or .txt file): a paper's
  // longest section is a few hundred kilobytes, and the markup reader
  // (libxml2) takes no text of more than 10 MB.
  std::size_t max_text_bytes = 4 * 1024 * 1024;
};

// Whether `key: !include other.yaml` and `key: {$include: other.yaml}` pull
// in another file. Off (house styles), the tag is ignored and `$include` is
// an ordinary key, as before includes existed.
struct include_options {
  bool follow = false;
  int max_depth = 8;  // includes within included files
  // Included files must lie inside this folder (links resolved): empty, the
  // top-level file's own folder (docs/input-format.md, "Includes").
  std::filesystem::path root{};
  // When set, receives every file read, as opened and once each: the file
  // load_yaml_file was given, then included files in the order first read.
  std::vector<std::string>* files_read = nullptr;
};

// A problem that stops reading: what() is "file:line:col: message", and the
// parts are kept so a caller can add it to its diagnostics.
class yaml_error : public input_error {
 public:
  yaml_error(source_position where, const std::string& message, std::string field = {});
  const source_position& where() const { return where_; }
  const std::string& message() const { return message_; }
  // The field path of the value at fault ("recommendations[2].text"), where known.
  const std::string& field() const { return field_; }

 private:
  source_position where_;
  std::string message_;
  std::string field_;
};

// Parses `text`; `file_name` is what messages call the file, and included
// files are found relative to its folder. Throws yaml_error on syntax errors,
// duplicate keys, text that is not valid UTF-8 or holds characters XML
// forbids, broken limits and includes that cannot be followed.
value parse_yaml(std::string_view text, const std::string& file_name,
                 const parse_limits& limits = {}, const include_options& includes = {});

// Reads and parses a file (a regular file, or a pipe given on the command
// line; ingest/input_text.hpp); messages name `path` as given.
value load_yaml_file(const std::filesystem::path& path, const parse_limits& limits = {},
                     const include_options& includes = {});

}  // namespace cp::ingest

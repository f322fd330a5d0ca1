// SPDX-License-Identifier: MIT
// Where the {{...}} tags of a template stand, for the checks a template set
// makes before the Mustache library parses it (which reports no places).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace cp::compose {

// One {{...}} tag in a template.
struct mustache_tag {
  std::size_t begin;  // offset of "{{"
  std::size_t end;    // offset after "}}"
  char kind;          // '#', '^', '/', '>', '!', '{', '&', '=', or 0 for a variable
  std::string name;   // trimmed of spaces and tabs
};

// The tags of `text` in order; stops at a tag that is never closed (the
// Mustache parser reports it).
std::vector<mustache_tag> scan_tags(const std::string& text);

// The parts of a dotted name ("author.line": "author", "line"), as the
// Mustache library looks them up one in another.
std::vector<std::string> name_parts(const std::string& name);

// The 1-based line and column of `offset` in `text` (columns count bytes).
struct text_place {
  int line = 1;
  int column = 1;
};
text_place place_of(const std::string& text, std::size_t offset);

}  // namespace cp::compose

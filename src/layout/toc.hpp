// SPDX-License-Identifier: MIT
// Headings, their bookmarks and the entries of a pre-filled table of contents.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "style/house_style.hpp"

namespace cp::layout {

struct toc_entry {
  int level = 1;
  std::string label;  // the heading's number as displayed, e.g. "3" or "3.2"; may be empty
  std::string text;   // the heading's plain text
  std::size_t heading = 0;  // ordinal of the heading in reading order
};

// The entries of a contents list of headings up to `max_level` (in_toc ones).
std::vector<toc_entry> collect_toc(const doc::document& d, const style::house_style& hs, int max_level);

// Bookmark name of the heading with this ordinal ("_Toc00000001"): valid in
// both formats and hidden from Word's bookmark list by the leading underscore.
std::string heading_bookmark(std::size_t ordinal);

// Each heading anchor (heading::anchor) and the ordinal of its heading.
std::map<std::string, std::size_t> heading_anchors(const doc::document& d);

// Plain text of inline content: text, a space for each line break, link text;
// fields and pictures contribute nothing.
std::string plain_text(const doc::inlines& content);

}  // namespace cp::layout

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
  std::string label;        // the heading's number as displayed, e.g. "3" or "3.2"; may be empty
  std::string text;         // the heading's plain text
  std::size_t heading = 0;  // ordinal of the heading in reading order
  std::size_t section = 0;  // index of the section holding it
};

// The sections [first, last) a contents list covers.
struct section_range {
  std::size_t first = 0;
  std::size_t last = static_cast<std::size_t>(-1);
};

// Every heading a contents list may show (in_toc ones), numbered through the
// whole document, collected in one walk. An agenda pack holds a contents list
// in each of its reports; collecting each list alone walked the whole pack
// every time.
class toc_index {
 public:
  toc_index(const doc::document& d, const style::house_style& hs);
  // The entries of a contents list of headings up to `max_level` from the
  // sections in `scope`.
  std::vector<toc_entry> entries(int max_level, section_range scope = {}) const;

 private:
  std::vector<toc_entry> all_;
};

// toc_index(d, hs).entries(max_level, scope), for a single contents list.
std::vector<toc_entry> collect_toc(const doc::document& d, const style::house_style& hs,
                                   int max_level, section_range scope = {});

// The sections of the part (doc::section::part_anchor) holding section
// `index`; the whole document when no part holds it.
section_range part_of_section(const doc::document& d, std::size_t index);

// Bookmark name of the part with this ordinal ("_Part0001"), among the
// sections that start one, in order.
std::string part_bookmark(std::size_t ordinal);

// Each part anchor and the ordinal of its part.
std::map<std::string, std::size_t> part_anchors(const doc::document& d);

// Every anchor (headings' and parts') and the name of its bookmark.
std::map<std::string, std::string> anchor_bookmarks(const doc::document& d);

// Bookmark name of the heading with this ordinal ("_Toc00000001"): valid in
// both formats and hidden from Word's bookmark list by the leading underscore.
std::string heading_bookmark(std::size_t ordinal);

// Each heading anchor (heading::anchor) and the ordinal of its heading.
std::map<std::string, std::size_t> heading_anchors(const doc::document& d);

// Plain text of inline content: text, a space for each line break, link text;
// fields and pictures contribute nothing.
std::string plain_text(const doc::inlines& content);

}  // namespace cp::layout

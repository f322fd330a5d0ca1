// SPDX-License-Identifier: MIT
// CommonMark prose (via cmark) as a small block structure, before the markup
// reader gives its paragraphs and lists their roles and numbering.
#pragma once

#include <string_view>
#include <vector>

#include "document/document.hpp"

namespace cp::compose {

struct prose_block {
  enum class kind { paragraph, heading, list };
  kind what = kind::paragraph;
  doc::inlines content;  // paragraph and heading text
  int heading_level = 0;
  bool ordered = false;                         // list
  int start = 1;                                // ordered list's first number
  std::vector<std::vector<prose_block>> items;  // list items
};

// Parses CommonMark. Paragraphs, headings, bullet and ordered lists, emphasis
// (italic), strong (bold), links (http, https and mailto; other targets keep
// their text only), hard line breaks. Anything else keeps its literal text:
// raw HTML, code, and a "***" line (a thematic break in CommonMark) appear as
// written, so nothing an author types is lost or interpreted as markup.
// `text` is valid UTF-8, as libxml2 and ingest give it.
std::vector<prose_block> parse_markdown(std::string_view text);

}  // namespace cp::compose

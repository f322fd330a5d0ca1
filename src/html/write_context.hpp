// SPDX-License-Identifier: MIT
// What the writers of one HTML edition share: the input, the class names,
// the pages and their links, and the counts that run through the document
// in reading order (numbering, headings, table captions).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "html/css.hpp"
#include "html/page_plan.hpp"
#include "layout/numbering_labels.hpp"
#include "layout/toc.hpp"
#include "style/house_style.hpp"

namespace cp::html::detail {

struct write_context {
  write_context(const doc::document& d, const style::house_style& style, const page_plan& p)
      : doc(d), hs(style), names(style), plan(p), numbers(d, style), pictures(d.images.size()) {}

  const doc::document& doc;
  const style::house_style& hs;
  css_names names;
  const page_plan& plan;
  // Every numbered paragraph, heading and list item takes its label from
  // here, in reading order, as the contents list and the other writers count.
  layout::numbering_counter numbers;
  std::optional<layout::toc_index> toc;  // made at the first contents list
  std::vector<std::string> pictures;     // data: URI of each image, made at its first use
  std::size_t page = 0;                  // the page being written
  std::size_t section = 0;               // the section being written
  std::size_t headings = 0;              // heading ordinal
  std::size_t contents_lists = 0;        // ids of contents lists
  std::size_t caption_number = 0;        // "Table N", counted again in each part
};

}  // namespace cp::html::detail

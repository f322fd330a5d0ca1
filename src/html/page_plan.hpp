// SPDX-License-Identifier: MIT
// Which sections each HTML page holds, the id of every heading and part,
// and the link from any page to any of them.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "document/document.hpp"

namespace cp::html::detail {

struct page_info {
  std::string file;               // "index.html", "item-5.html"
  std::size_t first_section = 0;  // the sections [first_section, last_section)
  std::size_t last_section = 0;
  std::string title;      // the page's <title>
  bool is_index = false;  // the page the other pages link back to
};

class page_plan {
 public:
  // The whole document on one page.
  static page_plan one_page(const doc::document& d);
  // The sections before the first part on "index.html", each part on a page of its own.
  static page_plan page_per_part(const doc::document& d);

  const std::vector<page_info>& pages() const { return pages_; }
  // The id of the heading with this ordinal (reading order): its anchor
  // when that makes a good id, else "cp-heading-N" (N from 1).
  const std::string& heading_id(std::size_t ordinal) const { return heading_ids_.at(ordinal); }
  // The id a part's first section carries, by part anchor; empty when the
  // part has a page of its own.
  std::string part_id(const std::string& part_anchor) const;
  // The link from page `from` to a heading (by ordinal) or to any anchor
  // (a heading's or a part's): "#id" on the same page, "item-5.html#id" on
  // another, "item-5.html" for a part on its own page.
  std::string heading_href(std::size_t from, std::size_t ordinal) const;
  std::string anchor_href(std::size_t from, const std::string& anchor) const;
  // The page holding section `index`.
  std::size_t page_of_section(std::size_t index) const { return page_of_section_.at(index); }

 private:
  explicit page_plan(const doc::document& d);
  void name_pages(const doc::document& d);

  std::vector<page_info> pages_;
  std::vector<std::size_t> page_of_section_;
  std::vector<std::string> heading_ids_;
  std::vector<std::size_t> heading_section_;
  std::map<std::string, std::size_t> heading_of_anchor_;
  std::map<std::string, std::size_t> part_section_;  // part anchor -> its first section
  std::map<std::string, std::string> part_ids_;      // part anchor -> id of its first section
};

// Whether an anchor written in a template makes a good HTML id: a letter,
// then letters, digits, '-' and '_', and not "cp-...", the ids made here
// (made_heading_id, made_part_id, "cp-main", "cp-contents-N").
bool usable_as_id(const std::string& anchor);
std::string made_heading_id(std::size_t ordinal);
std::string made_part_id(std::size_t ordinal);

}  // namespace cp::html::detail

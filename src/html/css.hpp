// SPDX-License-Identifier: MIT
// The house style as CSS: a class per paragraph role and per numbering
// level, tables, links and pictures, and print rules (page size and margins,
// page breaks, repeated table headers, the page furniture in the margins).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "document/document.hpp"
#include "style/house_style.hpp"

namespace cp::html::detail {

// The class names of a house style's roles and numbering levels.
class css_names {
 public:
  explicit css_names(const style::house_style& hs);
  // "body-text" for the role "body-text": the role with every character but
  // a-z, 0-9 and '-' made a '-', made unique; check_document has refused
  // roles the style lacks.
  const std::string& paragraph(std::string_view role) const;
  // "lv-outline-2" for level index 1 of the scheme "outline" (the label
  // hangs), "lv-outline-2-text" for further paragraphs of a list item;
  // empty when the scheme has no such level.
  std::string level(std::string_view scheme, int level) const;
  std::string level_text(std::string_view scheme, int level) const;

 private:
  std::map<std::string, std::string, std::less<>> roles_;
  std::map<std::string, std::string, std::less<>> schemes_;
  const style::house_style& hs_;
};

// The style sheet every page of a house style shares.
std::string house_css(const style::house_style& hs, const css_names& names);

// The class of a direct alignment ("align-centre").
std::string_view align_class(doc::alignment a);

// The print rules for a page's furniture: each header and footer paragraph
// that numbers pages becomes the content of a page margin box ("Page "
// counter(page) " of " counter(pages)), where its alignment puts it.
std::string furniture_css(const doc::section& s, const doc::document& d,
                          const style::house_style& hs);

// Whether a header or footer paragraph holds a page number or count, which
// only printed pages have: it goes to the print margins, not the page.
bool numbers_pages(const doc::inlines& content);

}  // namespace cp::html::detail

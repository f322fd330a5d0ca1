// SPDX-License-Identifier: MIT
// Accessibility checks (Public Sector Bodies Accessibility Regulations 2018,
// WCAG 2.1 AA) on a paper's document tree and house style, each failure
// traced back to the input field it came from where it came from one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "model/paper.hpp"
#include "style/house_style.hpp"

namespace cp::accessibility {

struct finding {
  std::string rule;     // "heading-order", "table-header", "link-text", ...
  std::string message;  // what is wrong and how to put it right
  // Where it is: the input field the offending text came from, if it did;
  // else `origin` names the template or house style that made it.
  std::optional<source_position> where;
  std::string field;
  std::string origin;

  // "file:line:col: field: accessibility (rule): message".
  std::string to_string() const;
};

// Checks the tree of one paper. `p` (may be null) is the input it was built
// from, used to find where offending text was written; `style_file` names the
// house style in messages about colours and link styles.
std::vector<finding> check(const doc::document& d, const style::house_style& hs,
                           const model::paper* p, const std::string& style_file,
                           const std::string& template_name);

// WCAG contrast ratio of two "RRGGBB" colours (1 to 21).
double contrast_ratio(const std::string& a, const std::string& b);

}  // namespace cp::accessibility

// SPDX-License-Identifier: MIT
// Numbering schemes as ODF list styles: one text:list-level-style-* per level.
#pragma once

#include <cstddef>
#include <string>

#include "style/house_style.hpp"
#include "xml/xml_writer.hpp"

namespace cp::odt::detail {

// How a scheme level's label pattern ("%1.%2", "(%3)") is spelt in ODF.
struct odf_label {
  std::string num_format;  // style:num-format: "1", "a", "A", "i", "I" or "" (no number)
  std::string prefix;      // style:num-prefix
  std::string suffix;      // style:num-suffix
  int display_levels = 1;  // text:display-levels
  // False when ODF cannot show the pattern as written (separators other than
  // "." between counters, counters out of order); the label is then approximated.
  bool exact = true;
};

// The ODF spelling of level `level` (0-based) of a numbering scheme.
odf_label label_for(const style::numbering_scheme& scheme, std::size_t level);

// Writes the text:list-level-style-number/-bullet for scheme level `level`
// as ODF list level `odf_level` (1-based), counting from `start_value`.
void write_list_level(xml::writer& w, const style::numbering_scheme& scheme, std::size_t level,
                      int odf_level, int start_value = 1);

// The level styles of a whole scheme, as a fragment for a text:list-style;
// the first level counts from `start_value`.
std::string list_levels(const style::numbering_scheme& scheme, int start_value = 1);

// The outline numbering: present because ODF headings have outline levels,
// but with no visible numbers, since headings are numbered through list styles.
void write_outline_style(xml::writer& w);

}  // namespace cp::odt::detail

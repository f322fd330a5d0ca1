// SPDX-License-Identifier: MIT
// The format-neutral house style: page, paragraph and character styles,
// numbering schemes and table look, from which both writers derive their styles.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"

namespace cp::style {

// Page geometry, in millimetres, for portrait; landscape swaps width and height.
struct page_setup {
  double width_mm = 210;
  double height_mm = 297;
  double margin_top_mm = 25;
  double margin_bottom_mm = 25;
  double margin_left_mm = 25;
  double margin_right_mm = 25;
  double header_mm = 12.5;  // distance from the page edge to the header
  double footer_mm = 12.5;  // distance from the page edge to the footer
};

// Character properties; unset ones are inherited.
struct text_props {
  std::optional<std::string> font;
  std::optional<double> size_pt;
  std::optional<bool> bold;
  std::optional<bool> italic;
  std::optional<bool> underline;
  std::optional<bool> caps;           // all capitals, as display (text keeps its case)
  std::optional<std::string> colour;  // "RRGGBB", upper-case hex
};

// A box drawn around a paragraph (e.g. inline "Recommendation N" boxes).
struct paragraph_border {
  double width_pt = 0.5;
  std::string colour = "000000";
  double padding_mm = 1.5;
};

struct paragraph_style {
  std::string role;       // key used by the document tree, e.g. "body-text"
  std::string name;       // display name, e.g. "Body Text"
  std::string docx_name;  // name in DOCX; empty: `name`
  std::string odt_name;   // display name in ODT; empty: `name`
  std::string based_on;   // role of the parent style; empty: none
  std::string next;       // role of the style that follows on Enter; empty: itself
  text_props text;
  std::optional<double> space_before_pt;
  std::optional<double> space_after_pt;
  std::optional<double> line_spacing;  // multiple of single spacing, e.g. 1.15
  std::optional<doc::alignment> align;
  std::optional<double> indent_left_mm;
  std::optional<double> indent_right_mm;
  std::optional<double> indent_first_mm;  // negative: hanging
  std::optional<bool> keep_with_next;
  std::optional<bool> keep_together;
  std::optional<bool> page_break_before;
  std::optional<std::string> fill;  // background "RRGGBB"
  std::optional<paragraph_border> border;
  int outline_level = 0;  // 1-9 for headings (table of contents, navigation); 0: body text
};

struct character_style {
  std::string role;  // e.g. "hyperlink"
  std::string name;  // e.g. "Hyperlink"
  std::string docx_name;
  std::string odt_name;
  text_props text;
};

enum class number_format {
  decimal,
  lower_letter,
  upper_letter,
  lower_roman,
  upper_roman,
  bullet,
  none
};

struct numbering_level {
  number_format format = number_format::decimal;
  // The label. For numbers, %1..%9 stand for the counters of levels 1..9 in
  // their own level's format, e.g. "%1.%2" or "(%3)". For bullets, the bullet character.
  std::string text;
  double indent_mm = 0;   // left edge of the text
  double hanging_mm = 0;  // label hangs this far left of the text
  std::string font;       // label font, e.g. for bullets; empty: the paragraph's
  std::string role;       // paragraph role numbered by this level by default; empty: none
};

// A named numbering definition; document sequences are instances of it.
struct numbering_scheme {
  std::string name;  // e.g. "outline", "bullet", "number", "recommendations"
  std::string display_name;
  std::vector<numbering_level> levels;

  bool is_bullet() const {
    return !levels.empty() && levels.front().format == number_format::bullet;
  }
};

struct table_look {
  double border_pt = 0.5;
  std::string border_colour = "000000";
  std::string header_fill = "D9D9D9";  // empty: no shading
  double cell_padding_mm = 1.5;
};

struct caption_look {
  std::string table_label = "Table";  // "Table" 1: ...
  std::string separator = ": ";
};

// The council's own Word or LibreOffice document whose page setup, styles,
// headers, footers and numbering the papers take (docs/reference-documents.md).
struct reference_settings {
  // Paths of at most one DOCX and one ODT, resolved against the style file's folder.
  std::vector<std::string> documents;
  // Role -> style names (display names or ids) to look for in the reference
  // document, tried in order before the built-in names of Word and LibreOffice.
  std::map<std::string, std::vector<std::string>, std::less<>> styles;
};

struct house_style {
  std::string name;
  page_setup page;
  std::string language = "en-GB";
  std::vector<paragraph_style> paragraph_styles;  // in definition order
  std::vector<character_style> character_styles;
  std::vector<numbering_scheme> numbering;
  table_look table;
  caption_look caption;
  reference_settings reference;
  // The council's logo for covers and front sheets, when a paper or meeting
  // names none of its own: a PNG or JPEG beside the style file (`logo:`),
  // as a path from the current folder; empty: none.
  std::string logo;

  const paragraph_style* find_paragraph(std::string_view role) const;
  const character_style* find_character(std::string_view role) const;
  const numbering_scheme* find_scheme(std::string_view name) const;
  // Throws style_error naming the role when it is missing.
  const paragraph_style& paragraph(std::string_view role) const;
  const numbering_scheme& scheme(std::string_view name) const;

  // Resolved text properties of a paragraph role: its own, then its parents'.
  text_props resolved_text(std::string_view role) const;
  // Text width in mm of a page in the given orientation.
  double text_width_mm(doc::orientation o) const;
};

// Roles every house style must define, because the engine itself uses them
// (covers, headings, tables, captions, contents, headers and footers).
const std::vector<std::string_view>& required_paragraph_roles();
// "hyperlink": the character style every link uses.
const std::vector<std::string_view>& required_character_roles();

}  // namespace cp::style

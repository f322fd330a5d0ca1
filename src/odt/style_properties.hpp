// SPDX-License-Identifier: MIT
// House style formatting as ODF style properties (fo:, style: attributes).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "document/document.hpp"
#include "odt/property_set.hpp"
#include "style/house_style.hpp"

namespace cp::odt::detail {

// "#RRGGBB" from the house style's "RRGGBB".
std::string odf_colour(std::string_view rrggbb);
// "0.5pt solid #7F7F7F".
std::string odf_border(double width_pt, std::string_view rrggbb);
// fo:text-align value: start, center, end, justify.
const char* odf_text_align(doc::alignment a);

// Sets the style:text-properties the set fields of `t` ask for.
void add_text_properties(property_set& props, const style::text_props& t);
// Sets the style:paragraph-properties (spacing, alignment, indents, keeps,
// breaks, shading, border) and style:text-properties of a paragraph style.
void add_paragraph_style_properties(property_set& props, const style::paragraph_style& s);
// Character marks (bold, italic, underline, super/subscript) as text properties.
void add_mark_properties(property_set& props, std::uint8_t marks);

}  // namespace cp::odt::detail

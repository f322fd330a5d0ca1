// SPDX-License-Identifier: MIT
// How each format names the house style's styles.
#pragma once

#include <string>
#include <string_view>

#include "style/house_style.hpp"

namespace cp::style {

// DOCX display name (docx_name, else name) and style id: the name with
// everything but ASCII letters and digits removed ("Heading 1" -> "Heading1"),
// which is what Word itself uses for its built-in styles.
std::string docx_name(const paragraph_style& s);
std::string docx_name(const character_style& s);
std::string docx_style_id(std::string_view display_name);

// ODT display name (odt_name, else name) and style:name, the display name
// encoded as LibreOffice does ("Heading 1" -> "Heading_20_1"), so built-in
// names such as Heading_20_1 or Table_20_Contents are recognised.
std::string odt_display_name(const paragraph_style& s);
std::string odt_display_name(const character_style& s);
std::string odt_style_name(std::string_view display_name);

}  // namespace cp::style

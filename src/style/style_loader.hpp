// SPDX-License-Identifier: MIT
// Loads a house style from its YAML file in styles/.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "style/house_style.hpp"

namespace cp::style {

// Reads and checks a house style file; throws style_error listing every
// problem as "file:line:col: field: message".
house_style load_house_style(const std::filesystem::path& path);
// Same, from text already read; `file_name` is used in messages.
house_style parse_house_style(std::string_view text, const std::string& file_name);

// Parses "25mm", "2.5cm", "1in", "12pt" into millimetres; nullopt if malformed.
// Nothing past max_length_mm (2 m: Word's largest page is 559 mm) is a
// length a paper means.
inline constexpr double max_length_mm = 2000;
std::optional<double> parse_length_mm(std::string_view s);
// Parses "12pt" (or a bare number of points) into points.
// Up to max_size_pt, Word's largest font size.
inline constexpr double max_size_pt = 1638;
std::optional<double> parse_size_pt(std::string_view s);

}  // namespace cp::style

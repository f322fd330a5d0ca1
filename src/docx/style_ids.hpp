// SPDX-License-Identifier: MIT
// The w:styleId of every style we write, unique even when two names look alike.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "style/house_style.hpp"

namespace cp::docx::detail {

// Ids of the styles Word itself expects; we define them so that nothing is
// based on a style that is not in styles.xml.
inline constexpr std::string_view default_paragraph_font_id = "DefaultParagraphFont";
inline constexpr std::string_view table_normal_id = "TableNormal";
inline constexpr std::string_view no_list_id = "NoList";
inline constexpr std::string_view table_grid_id = "TableGrid";

class style_ids {
 public:
  explicit style_ids(const style::house_style& hs);

  // Style ids by house style role; throws style_error for an unknown role.
  const std::string& paragraph(std::string_view role) const;
  const std::string& character(std::string_view role) const;

 private:
  std::map<std::string, std::string, std::less<>> paragraph_;
  std::map<std::string, std::string, std::less<>> character_;
};

}  // namespace cp::docx::detail

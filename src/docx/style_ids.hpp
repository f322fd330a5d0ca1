// SPDX-License-Identifier: MIT
// The w:styleId of every style we write, unique even when two names look alike.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "reference/docx_reference.hpp"
#include "style/house_style.hpp"
#include "util/string_map.hpp"

namespace cp::docx::detail {

// Ids of the styles Word itself expects; we define them so that nothing is
// based on a style that is not in styles.xml.
inline constexpr std::string_view default_paragraph_font_id = "DefaultParagraphFont";
inline constexpr std::string_view table_normal_id = "TableNormal";
inline constexpr std::string_view no_list_id = "NoList";
inline constexpr std::string_view table_grid_id = "TableGrid";

class style_ids {
 public:
  // With a reference document, roles it serves use its style ids, and the
  // styles we generate for the others get ids and names it does not use.
  explicit style_ids(const style::house_style& hs, const reference::docx_reference* ref = nullptr);

  // Style ids by house style role; throws style_error for an unknown role.
  const std::string& paragraph(std::string_view role) const;
  const std::string& character(std::string_view role) const;
  // Display names of the styles we generate (w:name).
  const std::string& paragraph_name(std::string_view role) const;
  const std::string& character_name(std::string_view role) const;
  // Whether the role uses a style of the reference document (so we write none).
  bool from_reference(std::string_view role) const { return reference_roles_.count(role) > 0; }

 private:
  string_map<std::string> paragraph_;  // looked up per paragraph and run
  string_map<std::string> character_;
  std::map<std::string, std::string, std::less<>> paragraph_names_;  // role -> display name
  std::map<std::string, std::string, std::less<>> character_names_;
  std::set<std::string, std::less<>> reference_roles_;
};

}  // namespace cp::docx::detail

// SPDX-License-Identifier: MIT
// Derives style ids from the DOCX style names (style::docx_style_id) and resolves clashes.
#include "docx/style_ids.hpp"

#include <set>

#include <fmt/format.h>

#include "style/style_names.hpp"
#include "util/error.hpp"

namespace cp::docx::detail {
namespace {

// "Heading 1" and "Heading-1" would both become "Heading1"; the later one
// gets "Heading1x2" (a plain digit would read as "Heading12").
std::string unique_id(std::string id, std::set<std::string>& taken) {
  if (taken.insert(id).second) return id;
  for (int n = 2;; ++n) {
    std::string candidate = fmt::format("{}x{}", id, n);
    if (taken.insert(candidate).second) return candidate;
  }
}

}  // namespace

style_ids::style_ids(const style::house_style& hs) {
  std::set<std::string> taken = {std::string(default_paragraph_font_id),
                                 std::string(table_normal_id), std::string(no_list_id),
                                 std::string(table_grid_id)};
  for (const auto& s : hs.paragraph_styles)
    paragraph_.emplace(s.role, unique_id(style::docx_style_id(style::docx_name(s)), taken));
  for (const auto& s : hs.character_styles)
    character_.emplace(s.role, unique_id(style::docx_style_id(style::docx_name(s)), taken));
}

const std::string& style_ids::paragraph(std::string_view role) const {
  if (auto it = paragraph_.find(role); it != paragraph_.end()) return it->second;
  throw style_error(fmt::format("no paragraph style for role \"{}\"", role));
}

const std::string& style_ids::character(std::string_view role) const {
  if (auto it = character_.find(role); it != character_.end()) return it->second;
  throw style_error(fmt::format("no character style for role \"{}\"", role));
}

}  // namespace cp::docx::detail

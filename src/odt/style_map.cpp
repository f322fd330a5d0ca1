// SPDX-License-Identifier: MIT
// Style names derived once from the house style, so every part agrees on them.
#include "odt/style_map.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "style/style_names.hpp"
#include "util/error.hpp"

namespace cp::odt::detail {
namespace {

template <class Map>
const std::string& lookup(const Map& m, std::string_view key, const char* what) {
  auto it = m.find(key);
  if (it == m.end())
    throw document_error(fmt::format("odt: no {} \"{}\" in the house style", what, key));
  return it->second;
}

}  // namespace

style_map::style_map(const style::house_style& hs) : hs_(hs) {
  std::set<std::string> fonts;
  for (const auto& s : hs.paragraph_styles) {
    paragraph_.emplace(s.role, style::odt_style_name(style::odt_display_name(s)));
    if (s.text.font) fonts.insert(*s.text.font);
  }
  for (const auto& s : hs.character_styles) {
    character_.emplace(s.role, style::odt_style_name(style::odt_display_name(s)));
    if (s.text.font) fonts.insert(*s.text.font);
  }
  std::set<std::string> taken;
  for (const auto& scheme : hs.numbering) {
    // Two schemes with one display name would otherwise share a list style.
    std::string name = style::odt_style_name(list_display_name(scheme));
    for (int n = 2; !taken.insert(name).second; ++n)
      name = style::odt_style_name(fmt::format("{} {}", list_display_name(scheme), n));
    list_.emplace(scheme.name, name);
    for (const auto& level : scheme.levels)
      if (!level.font.empty()) fonts.insert(level.font);
  }
  fonts_.assign(fonts.begin(), fonts.end());
}

const std::string& style_map::paragraph(std::string_view role) const {
  return lookup(paragraph_, role, "paragraph style for role");
}

const std::string& style_map::character(std::string_view role) const {
  return lookup(character_, role, "character style for role");
}

const std::string& style_map::list_style(std::string_view scheme) const {
  return lookup(list_, scheme, "numbering scheme");
}

std::string style_map::list_display_name(const style::numbering_scheme& s) const {
  return s.display_name.empty() ? s.name : s.display_name;
}

const style::numbering_scheme* style_map::scheme_of_role(std::string_view role) const {
  for (const auto& scheme : hs_.numbering)
    for (const auto& level : scheme.levels)
      if (!level.role.empty() && level.role == role) return &scheme;
  return nullptr;
}

std::string style_map::inherited_list_style(std::string_view role) const {
  // The loader refuses based-on cycles, so this walk ends.
  for (const auto* s = hs_.find_paragraph(role); s;
       s = s->based_on.empty() ? nullptr : hs_.find_paragraph(s->based_on))
    if (const auto* scheme = scheme_of_role(s->role)) return list_style(scheme->name);
  return {};
}

std::string style_map::master_page(std::size_t index) {
  return style::odt_style_name(master_page_display(index));
}

std::string style_map::master_page_display(std::size_t index) {
  return fmt::format("Section {}", index + 1);
}

}  // namespace cp::odt::detail

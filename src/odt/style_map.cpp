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

namespace {

// A display name, and the style:name spelt from it, that no style of the
// reference uses (a role the reference does not serve, or whose mapped name
// it lacks, may share a name with one of its styles): "Title 2", "Title_20_2".
std::pair<std::string, std::string> free_name(const std::string& display,
                                              const std::set<std::string>& taken) {
  std::string d = display;
  for (int n = 2; taken.count(d) || taken.count(style::odt_style_name(d)); ++n)
    d = fmt::format("{} {}", display, n);
  return {d, style::odt_style_name(d)};
}

}  // namespace

style_map::style_map(const style::house_style& hs, const reference::odt_reference* ref) : hs_(hs) {
  // A role the reference serves uses its style; the others are ours.
  std::set<std::string> used[2];  // the reference's paragraph / text style names and display names
  if (ref)
    for (const auto& s : ref->styles) {
      auto& u = used[s.kind == reference::style_kind::character];
      u.insert(s.id);
      u.insert(s.name);
    }
  std::set<std::string> fonts;
  for (const auto& s : hs.paragraph_styles) {
    if (const std::string* id = ref ? ref->roles.paragraph_id(s.role) : nullptr) {
      paragraph_.emplace(s.role, *id);
      reference_roles_.insert(s.role);
      continue;
    }
    auto [display, name] = free_name(style::odt_display_name(s), used[0]);
    paragraph_.emplace(s.role, name);
    display_.emplace("p:" + s.role, display);
    if (s.text.font) fonts.insert(*s.text.font);
  }
  for (const auto& s : hs.character_styles) {
    if (const std::string* id = ref ? ref->roles.character_id(s.role) : nullptr) {
      character_.emplace(s.role, *id);
      reference_roles_.insert(s.role);
      continue;
    }
    auto [display, name] = free_name(style::odt_display_name(s), used[1]);
    character_.emplace(s.role, name);
    display_.emplace("c:" + s.role, display);
    if (s.text.font) fonts.insert(*s.text.font);
  }
  // The reference's list styles keep their names.
  std::set<std::string> taken;
  if (ref) taken = ref->list_styles;
  for (const auto& scheme : hs.numbering) {
    // Two schemes with one display name would otherwise share a list style;
    // next to a reference, the display name must be new too.
    const std::string base = list_display_name(scheme);
    std::string display = base;
    std::string name = style::odt_style_name(base);
    for (int n = 2; (ref && taken.count(display)) || !taken.insert(name).second; ++n) {
      name = style::odt_style_name(fmt::format("{} {}", base, n));
      if (ref) display = fmt::format("{} {}", base, n);
    }
    if (ref) taken.insert(display);
    list_.emplace(scheme.name, name);
    list_display_.emplace(scheme.name, display);
    for (const auto& level : scheme.levels)
      if (!level.font.empty()) fonts.insert(level.font);
  }
  fonts_.assign(fonts.begin(), fonts.end());
  // Asked for every paragraph written: walk each role's based-on chain once.
  for (const auto& s : hs.paragraph_styles)
    inherited_list_.emplace(s.role, walk_inherited_list_style(s.role));
}

const std::string& style_map::paragraph(std::string_view role) const {
  return lookup(paragraph_, role, "paragraph style for role");
}

const std::string& style_map::character(std::string_view role) const {
  return lookup(character_, role, "character style for role");
}

const std::string& style_map::paragraph_display(std::string_view role) const {
  return lookup(display_, "p:" + std::string(role), "paragraph style for role");
}

const std::string& style_map::character_display(std::string_view role) const {
  return lookup(display_, "c:" + std::string(role), "character style for role");
}

const std::string& style_map::list_style(std::string_view scheme) const {
  return lookup(list_, scheme, "numbering scheme");
}

std::string style_map::list_display_name(const style::numbering_scheme& s) const {
  if (auto it = list_display_.find(s.name); it != list_display_.end()) return it->second;
  return s.display_name.empty() ? s.name : s.display_name;
}

const style::numbering_scheme* style_map::scheme_of_role(std::string_view role) const {
  for (const auto& scheme : hs_.numbering)
    for (const auto& level : scheme.levels)
      if (!level.role.empty() && level.role == role) return &scheme;
  return nullptr;
}

const std::string& style_map::inherited_list_style(std::string_view role) const {
  static const std::string none;
  auto it = inherited_list_.find(role);
  return it == inherited_list_.end() ? none : it->second;
}

std::string style_map::walk_inherited_list_style(std::string_view role) const {
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

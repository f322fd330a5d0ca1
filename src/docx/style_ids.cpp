// SPDX-License-Identifier: MIT
// Derives style ids from the DOCX style names (style::docx_style_id) and resolves clashes.
#include "docx/style_ids.hpp"

#include <algorithm>
#include <cctype>

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

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// A display name no style of the reference has (Word compares names without case).
std::string unique_name(const std::string& name, std::set<std::string>& taken) {
  if (taken.insert(lower(name)).second) return name;
  for (int n = 2;; ++n) {
    std::string candidate = fmt::format("{} ({})", name, n);
    if (taken.insert(lower(candidate)).second) return candidate;
  }
}

template <class Map>
const std::string& lookup(const Map& m, std::string_view role, const char* what) {
  if (auto it = m.find(role); it != m.end()) return it->second;
  throw style_error(fmt::format("no {} style for role \"{}\"", what, role));
}

}  // namespace

style_ids::style_ids(const style::house_style& hs, const reference::docx_reference* ref) {
  std::set<std::string> taken = {std::string(default_paragraph_font_id),
                                 std::string(table_normal_id), std::string(no_list_id),
                                 std::string(table_grid_id)};
  std::set<std::string> names;
  if (ref) {
    taken.insert(ref->style_ids.begin(), ref->style_ids.end());
    names = ref->style_names;
  }
  auto add = [&](auto& ids, auto& display, const std::string& role, const std::string& name,
                 const std::string* mapped) {
    if (mapped) {
      ids.emplace(role, *mapped);
      reference_roles_.insert(role);
      return;
    }
    ids.emplace(role, unique_id(style::docx_style_id(name), taken));
    display.emplace(role, ref ? unique_name(name, names) : name);
  };
  for (const auto& s : hs.paragraph_styles)
    add(paragraph_, paragraph_names_, s.role, style::docx_name(s),
        ref ? ref->roles.paragraph_id(s.role) : nullptr);
  for (const auto& s : hs.character_styles)
    add(character_, character_names_, s.role, style::docx_name(s),
        ref ? ref->roles.character_id(s.role) : nullptr);
}

const std::string& style_ids::paragraph(std::string_view role) const {
  return lookup(paragraph_, role, "paragraph");
}

const std::string& style_ids::character(std::string_view role) const {
  return lookup(character_, role, "character");
}

const std::string& style_ids::paragraph_name(std::string_view role) const {
  return lookup(paragraph_names_, role, "paragraph");
}

const std::string& style_ids::character_name(std::string_view role) const {
  return lookup(character_names_, role, "character");
}

}  // namespace cp::docx::detail

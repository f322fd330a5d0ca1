// SPDX-License-Identifier: MIT
#include "reference/role_map.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "style/style_names.hpp"

namespace cp::reference {

const std::string* role_map::paragraph_id(std::string_view role) const {
  auto it = paragraph.find(role);
  return it == paragraph.end() ? nullptr : &it->second;
}

const std::string* role_map::character_id(std::string_view role) const {
  auto it = character.find(role);
  return it == character.end() ? nullptr : &it->second;
}

const std::vector<std::string_view>& builtin_names(std::string_view role) {
  using names = std::vector<std::string_view>;
  static const std::map<std::string_view, names> table = {
      {"normal", {"Normal", "Standard", "Default Paragraph Style", "Default Style"}},
      {"body-text", {"Body Text", "Text body", "Text Body"}},
      {"title", {"Title"}},
      {"heading-1", {"Heading 1"}},
      {"heading-2", {"Heading 2"}},
      {"heading-3", {"Heading 3"}},
      {"list-bullet", {"List Bullet", "List 1"}},
      {"list-bullet-2", {"List Bullet 2", "List 2"}},
      {"list-bullet-3", {"List Bullet 3", "List 3"}},
      {"list-number", {"List Number", "Numbering 1"}},
      {"list-number-2", {"List Number 2", "Numbering 2"}},
      {"list-number-3", {"List Number 3", "Numbering 3"}},
      {"table-text", {"Table Contents", "Table Text"}},
      {"table-heading", {"Table Heading"}},
      {"caption", {"Caption"}},
      {"toc-heading", {"TOC Heading", "Contents Heading"}},
      {"toc-1", {"TOC 1", "Contents 1"}},
      {"toc-2", {"TOC 2", "Contents 2"}},
      {"toc-3", {"TOC 3", "Contents 3"}},
      {"header", {"Header"}},
      {"footer", {"Footer"}},
      {"hyperlink", {"Hyperlink", "Internet link", "Internet Link"}},
  };
  static const names none;
  auto it = table.find(role);
  return it == table.end() ? none : it->second;
}

namespace {

bool same_text(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// The first style of `kind` that `candidate` names: by display name, then by
// id as written, then by id as the format spells a display name.
const named_style* match(const std::vector<named_style>& styles, style_kind kind,
                         std::string_view candidate, file_format format) {
  if (candidate.empty()) return nullptr;
  for (const auto& s : styles)
    if (s.kind == kind && same_text(s.name, candidate)) return &s;
  for (const auto& s : styles)
    if (s.kind == kind && same_text(s.id, candidate)) return &s;
  std::string spelt = format == file_format::docx ? style::docx_style_id(candidate)
                                                  : style::odt_style_name(candidate);
  for (const auto& s : styles)
    if (s.kind == kind && s.id == spelt) return &s;
  return nullptr;
}

std::vector<std::string> own_names(const std::string& name, const std::string& docx_name,
                                   const std::string& odt_name, file_format format) {
  std::vector<std::string> out;
  auto add = [&](const std::string& n) {
    if (!n.empty() && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
  };
  add(format == file_format::docx ? docx_name : odt_name);
  add(name);
  add(format == file_format::docx ? odt_name : docx_name);
  return out;
}

// Maps one role; returns the id, or "" when the role keeps a generated style.
std::string map_role(const style::house_style& hs, const std::vector<named_style>& styles,
                     style_kind kind, const std::string& role, std::vector<std::string> own,
                     file_format format, const std::string& file, std::vector<std::string>& notes) {
  if (auto it = hs.reference.styles.find(role); it != hs.reference.styles.end()) {
    for (const auto& name : it->second)
      if (const auto* s = match(styles, kind, name, format)) return s->id;
    notes.push_back(fmt::format("{} has no {} style \"{}\" for role {}; it uses the house style's",
                                file, kind == style_kind::paragraph ? "paragraph" : "character",
                                fmt::join(it->second, "\" or \""), role));
    return {};
  }
  for (std::string_view name : builtin_names(role)) own.emplace_back(name);
  for (const auto& name : own)
    if (const auto* s = match(styles, kind, name, format)) return s->id;
  if (role == "normal")
    for (const auto& s : styles)
      if (s.kind == style_kind::paragraph && s.is_default) return s.id;
  return {};
}

}  // namespace

role_map map_roles(const style::house_style& hs, const std::vector<named_style>& styles,
                   file_format format, const std::string& file) {
  role_map out;
  for (const auto& s : hs.paragraph_styles) {
    std::string id =
        map_role(hs, styles, style_kind::paragraph, s.role,
                 own_names(s.name, s.docx_name, s.odt_name, format), format, file, out.notes);
    if (!id.empty()) out.paragraph.emplace(s.role, std::move(id));
  }
  for (const auto& s : hs.character_styles) {
    std::string id =
        map_role(hs, styles, style_kind::character, s.role,
                 own_names(s.name, s.docx_name, s.odt_name, format), format, file, out.notes);
    if (!id.empty()) out.character.emplace(s.role, std::move(id));
  }
  return out;
}

}  // namespace cp::reference

// SPDX-License-Identifier: MIT
// How the house style's roles, numbering schemes, fonts and the document's
// sections are named inside the ODT package.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "reference/odt_reference.hpp"
#include "style/house_style.hpp"
#include "util/string_map.hpp"

namespace cp::odt::detail {

class style_map {
 public:
  // With a reference document, roles it serves use its style names, and our
  // list styles get names it does not use.
  explicit style_map(const style::house_style& hs, const reference::odt_reference* ref = nullptr);

  // style:name of the paragraph / character style of a role.
  const std::string& paragraph(std::string_view role) const;
  const std::string& character(std::string_view role) const;
  // style:display-name of the styles we write (roles no reference style serves).
  const std::string& paragraph_display(std::string_view role) const;
  const std::string& character_display(std::string_view role) const;

  // style:name and display name of a scheme's text:list-style ("Outline_20_Numbering").
  const std::string& list_style(std::string_view scheme) const;
  std::string list_display_name(const style::numbering_scheme& s) const;

  // Whether the role uses a style of the reference document (so we write none).
  bool from_reference(std::string_view role) const { return reference_roles_.count(role) > 0; }

  // The scheme a level of which names `role` (the first such level), or nullptr.
  const style::numbering_scheme* scheme_of_role(std::string_view role) const;
  // The list style name the role's paragraph style carries, from its own role
  // or a parent's; empty when it is not numbered by default.
  const std::string& inherited_list_style(std::string_view role) const;

  // The character style of contents entries' links: LibreOffice's own name,
  // without formatting, so entries do not look like web links.
  static constexpr const char* index_link = "Index_20_Link";
  static constexpr const char* index_link_display = "Index Link";

  // Master page of section `index` (0-based): "Section_20_1".
  static std::string master_page(std::size_t index);
  static std::string master_page_display(std::size_t index);

  // Every font the styles name, sorted: the office:font-face-decls.
  const std::vector<std::string>& fonts() const { return fonts_; }

 private:
  const style::house_style& hs_;
  // Looked up per paragraph and span.
  string_map<std::string> paragraph_;
  string_map<std::string> character_;
  string_map<std::string> list_;
  std::map<std::string, std::string, std::less<>> list_display_;
  std::map<std::string, std::string, std::less<>> display_;  // "p:role" / "c:role" -> display name
  std::vector<std::string> fonts_;
  std::set<std::string, std::less<>> reference_roles_;
  string_map<std::string> inherited_list_;  // role -> inherited_list_style

  std::string walk_inherited_list_style(std::string_view role) const;
};

}  // namespace cp::odt::detail

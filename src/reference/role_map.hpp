// SPDX-License-Identifier: MIT
// Which style of a reference document each house style role uses. Shared by
// both formats: the candidates for a role are the names the style file maps
// it to, else the house style's own names and the built-in names of Word and
// LibreOffice; a candidate matches a style's display name (ignoring case) or
// its id, also as the format would spell the id ("Heading 1" -> Heading1,
// Heading_20_1).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "reference/catalogue.hpp"
#include "style/house_style.hpp"

namespace cp::reference {

enum class file_format { docx, odt };

struct role_map {
  std::map<std::string, std::string, std::less<>> paragraph;  // role -> reference style id
  std::map<std::string, std::string, std::less<>> character;
  // One line per mapping the style file asked for that the reference cannot honour.
  std::vector<std::string> notes;

  // The reference style id for a role, or nullptr when the role keeps a generated style.
  const std::string* paragraph_id(std::string_view role) const;
  const std::string* character_id(std::string_view role) const;
};

// The names Word and LibreOffice give the built-in style that plays `role`
// ("heading-1": "Heading 1"; "body-text": "Body Text", "Text body"), in the
// order tried; empty for roles with no built-in counterpart.
const std::vector<std::string_view>& builtin_names(std::string_view role);

// Maps every paragraph and character role of `hs` that the reference can
// serve. `file` names the reference in notes.
role_map map_roles(const style::house_style& hs, const std::vector<named_style>& styles,
                   file_format format, const std::string& file);

}  // namespace cp::reference

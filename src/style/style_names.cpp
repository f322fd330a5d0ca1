// SPDX-License-Identifier: MIT
#include "style/style_names.hpp"

#include <cctype>

#include <fmt/format.h>

namespace cp::style {

std::string docx_name(const paragraph_style& s) {
  return s.docx_name.empty() ? s.name : s.docx_name;
}
std::string docx_name(const character_style& s) {
  return s.docx_name.empty() ? s.name : s.docx_name;
}

std::string docx_style_id(std::string_view display_name) {
  std::string id;
  for (char c : display_name)
    if (std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80)
      id += c;
  if (id.empty() || std::isdigit(static_cast<unsigned char>(id.front()))) id = "S" + id;
  return id;
}

std::string odt_display_name(const paragraph_style& s) {
  return s.odt_name.empty() ? s.name : s.odt_name;
}
std::string odt_display_name(const character_style& s) {
  return s.odt_name.empty() ? s.name : s.odt_name;
}

std::string odt_style_name(std::string_view display_name) {
  // NCName: letters, digits, '-', '.', '_' after the first character; the
  // rest becomes _xx_ (hex of each byte), as LibreOffice writes it.
  std::string out;
  for (std::size_t i = 0; i < display_name.size(); ++i) {
    auto c = static_cast<unsigned char>(display_name[i]);
    bool ok = std::isalpha(c) || (i > 0 && (std::isdigit(c) || c == '-' || c == '.'));
    if (c < 0x80 && ok)
      out += static_cast<char>(c);
    else
      out += fmt::format("_{:x}_", c);
  }
  return out;
}

}  // namespace cp::style

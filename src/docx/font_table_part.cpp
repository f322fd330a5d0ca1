// SPDX-License-Identifier: MIT
// Writes word/fontTable.xml: every font the house style names, in order of first mention.
#include <algorithm>

#include "docx/ooxml_names.hpp"
#include "docx/parts.hpp"

namespace cp::docx::detail {
namespace {

std::vector<std::string> fonts_used(const style::house_style& hs) {
  std::vector<std::string> out;
  auto add = [&](const std::optional<std::string>& f) {
    if (f && !f->empty() && std::find(out.begin(), out.end(), *f) == out.end()) out.push_back(*f);
  };
  for (const auto& s : hs.paragraph_styles) add(s.text.font);
  for (const auto& s : hs.character_styles) add(s.text.font);
  for (const auto& scheme : hs.numbering)
    for (const auto& l : scheme.levels) add(l.font);
  return out;
}

void write_font(xml::writer& w, const std::string& name) {
  w.open("w:font").attr("w:name", name);
  // Family and pitch unknown: "auto" lets the reader pick a substitute freely.
  w.open("w:family").attr("w:val", "auto").close();
  w.open("w:pitch").attr("w:val", "variable").close();
  w.close();
}

}  // namespace

std::string write_font_table_part(const style::house_style& hs) {
  xml::writer w;
  w.open("w:fonts").attr("xmlns:w", ns::w).attr("xmlns:r", ns::r);
  for (const auto& f : fonts_used(hs)) write_font(w, f);
  w.close();
  return w.finish();
}

}  // namespace cp::docx::detail

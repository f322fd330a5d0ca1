// SPDX-License-Identifier: MIT
// Writes word/settings.xml, elements in the order CT_Settings requires.
#include "docx/ooxml_names.hpp"
#include "docx/parts.hpp"
#include "docx/properties.hpp"

namespace cp::docx::detail {
namespace {

void write_val(xml::writer& w, const char* name, std::string_view value) {
  w.open(name).attr("w:val", value).close();
}

void write_compat(xml::writer& w) {
  w.open("w:compat");
  // Word 2013+ layout rules rather than a compatibility mode.
  w.open("w:compatSetting")
      .attr("w:name", "compatibilityMode")
      .attr("w:uri", "http://schemas.microsoft.com/office/word")
      .attr("w:val", "15")
      .close();
  w.close();
}

}  // namespace

std::string write_settings_part(const style::house_style& hs) {
  xml::writer w;
  w.open("w:settings").attr("xmlns:w", ns::w).attr("xmlns:r", ns::r);
  w.open("w:zoom").attr("w:percent", 100).close();
  w.open("w:defaultTabStop").attr("w:val", default_tab_twips).close();
  write_val(w, "w:characterSpacingControl", "doNotCompress");
  // The contents page numbers are estimates until Word updates the fields.
  w.empty("w:updateFields");
  write_compat(w);
  write_val(w, "w:themeFontLang", hs.language);
  write_val(w, "w:decimalSymbol", ".");
  write_val(w, "w:listSeparator", ",");
  w.close();
  return w.finish();
}

}  // namespace cp::docx::detail

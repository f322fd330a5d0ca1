// SPDX-License-Identifier: MIT
// Writes docProps/app.xml (extended properties): the producing application.
#include "docx/ooxml_names.hpp"
#include "docx/parts.hpp"

namespace cp::docx::detail {

std::string write_app_props_part() {
  xml::writer w;
  w.open("Properties").attr("xmlns", ns::extended_props).attr("xmlns:vt", ns::vt);
  w.element("Application", "Committee Papers");
  w.close();
  return w.finish();
}

}  // namespace cp::docx::detail

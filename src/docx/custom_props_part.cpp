// SPDX-License-Identifier: MIT
// Writes docProps/custom.xml: the document's custom properties as strings.
#include "docx/ooxml_names.hpp"
#include "docx/parts.hpp"

namespace cp::docx::detail {
namespace {

// The format id Office uses for user-defined properties.
constexpr std::string_view user_defined_fmtid = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

}  // namespace

std::string write_custom_props_part(const doc::metadata& m) {
  xml::writer w;
  w.open("Properties").attr("xmlns", ns::custom_props).attr("xmlns:vt", ns::vt);
  int pid = 2;  // 0 and 1 are reserved
  for (const auto& [name, value] : m.custom) {
    w.open("property").attr("fmtid", user_defined_fmtid).attr("pid", pid++).attr("name", name);
    w.element("vt:lpwstr", value);
    w.close();
  }
  w.close();
  return w.finish();
}

}  // namespace cp::docx::detail

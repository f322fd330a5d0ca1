// SPDX-License-Identifier: MIT
// Writes w:sectPr from the house style's page setup.
#include "docx/section_properties.hpp"

#include "util/units.hpp"

namespace cp::docx::detail {
namespace {

void write_reference(xml::writer& w, const char* name, const std::string& rid,
                     const char* type = "default") {
  w.open(name).attr("w:type", type).attr("r:id", rid).close();
}

void write_page_size(xml::writer& w, const style::page_setup& pg, doc::orientation o) {
  long width = units::twips_from_mm(pg.width_mm), height = units::twips_from_mm(pg.height_mm);
  w.open("w:pgSz");
  if (o == doc::orientation::landscape)
    w.attr("w:w", height).attr("w:h", width).attr("w:orient", "landscape");
  else
    w.attr("w:w", width).attr("w:h", height);
  w.close();
}

void write_page_margins(xml::writer& w, const style::page_setup& pg) {
  w.open("w:pgMar")
      .attr("w:top", units::twips_from_mm(pg.margin_top_mm))
      .attr("w:right", units::twips_from_mm(pg.margin_right_mm))
      .attr("w:bottom", units::twips_from_mm(pg.margin_bottom_mm))
      .attr("w:left", units::twips_from_mm(pg.margin_left_mm))
      .attr("w:header", units::twips_from_mm(pg.header_mm))
      .attr("w:footer", units::twips_from_mm(pg.footer_mm))
      .attr("w:gutter", 0)
      .close();
}

}  // namespace

void write_section_properties(xml::writer& w, const style::house_style& hs, const section_refs& s) {
  w.open("w:sectPr");
  write_reference(w, "w:headerReference", s.header_rid);
  if (!s.first_header_rid.empty())
    write_reference(w, "w:headerReference", s.first_header_rid, "first");
  write_reference(w, "w:footerReference", s.footer_rid);
  if (!s.first_footer_rid.empty())
    write_reference(w, "w:footerReference", s.first_footer_rid, "first");
  w.open("w:type").attr("w:val", "nextPage").close();
  write_page_size(w, hs.page, s.orientation);
  write_page_margins(w, hs.page);
  if (s.title_page) w.empty("w:titlePg");
  w.close();
}

}  // namespace cp::docx::detail

// SPDX-License-Identifier: MIT
// The table of contents: a real text:table-of-content that LibreOffice can
// update, written already filled in so it is right before anyone updates it.
#include <fmt/format.h>

#include "layout/toc.hpp"
#include "odt/body_writer.hpp"
#include "odt/inline_writer.hpp"

namespace cp::odt::detail {
namespace {

void write_entry_template(xml::writer& w, int level, const std::string& style) {
  w.open("text:table-of-content-entry-template")
      .attr("text:outline-level", level)
      .attr("text:style-name", style);
  w.open("text:index-entry-link-start").attr("text:style-name", style_map::index_link).close();
  w.empty("text:index-entry-chapter");
  w.empty("text:index-entry-text");
  w.open("text:index-entry-tab-stop")
      .attr("style:type", "right")
      .attr("style:leader-char", ".")
      .close();
  w.empty("text:index-entry-page-number");
  w.empty("text:index-entry-link-end");
  w.close();
}

}  // namespace

void body_writer::write_toc_source(const doc::table_of_contents& toc) {
  w_.open("text:table-of-content-source")
      .attr("text:outline-level", toc.levels)
      .attr("text:use-index-marks", "false")
      .attr("text:index-scope", "document");
  w_.open("text:index-title-template")
      .attr("text:style-name", ctx_.names.paragraph("toc-heading"))
      .text(toc.title)
      .close();
  for (int level = 1; level <= toc.levels; ++level)
    write_entry_template(w_, level, ctx_.names.paragraph(fmt::format("toc-{}", level)));
  w_.close();
}

void body_writer::write_toc(const doc::table_of_contents& toc) {
  std::string name = fmt::format("Table of Contents{}", ++ctx_.ids.indexes);
  w_.open("text:table-of-content").attr("text:name", name).attr("text:protected", "true");
  write_toc_source(toc);
  w_.open("text:index-body");
  w_.open("text:index-title").attr("text:name", name + "_Head");
  w_.open("text:p").attr("text:style-name", paragraph_style("toc-heading", ""));
  inline_writer(w_, ctx_, pool_, text_width_mm_).write_text(toc.title);
  w_.close();
  w_.close();
  // In a part, the entries are the part's headings (an update in LibreOffice
  // would list the whole document's: ODF has no index scope of a range).
  layout::section_range scope = layout::part_of_section(ctx_.doc, section_);
  if (!ctx_.toc) ctx_.toc.emplace(ctx_.doc, ctx_.hs);
  for (const layout::toc_entry& e : ctx_.toc->entries(toc.levels, scope)) {
    std::string bookmark = layout::heading_bookmark(e.heading);
    w_.open("text:p").attr("text:style-name", paragraph_style(fmt::format("toc-{}", e.level), ""));
    w_.open("text:a")
        .attr("xlink:type", "simple")
        .attr("xlink:href", "#" + bookmark)
        .attr("text:style-name", style_map::index_link)
        .attr("text:visited-style-name", style_map::index_link);
    inline_writer text(w_, ctx_, pool_, text_width_mm_);
    if (!e.label.empty()) text.write_text(e.label + "\t");
    text.write_text(e.text + "\t");
    // LibreOffice fills in the page when it lays the document out.
    w_.open("text:bookmark-ref")
        .attr("text:reference-format", "page")
        .attr("text:ref-name", bookmark)
        .text("1")
        .close();
    w_.close();
    w_.close();
  }
  w_.close();
  w_.close();
}

}  // namespace cp::odt::detail

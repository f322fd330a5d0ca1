// SPDX-License-Identifier: MIT
// The table of contents: a navigation list of the headings it covers, each
// entry with the heading's number as printed, linked to the heading.
#include <fmt/format.h>

#include "html/block_writer.hpp"
#include "html/inline_writer.hpp"

namespace cp::html::detail {

void block_writer::write_node(const doc::table_of_contents& toc, int) {
  std::string id = fmt::format("cp-contents-{}", ++ctx_.contents_lists);
  w_.open("nav").attr_plain("class", "toc").attr("aria-labelledby", id);
  w_.open("p").attr("id", id).attr("class", ctx_.names.paragraph("toc-heading"));
  inline_writer(w_, ctx_, text_width_mm_).write_text(toc.title);
  w_.close();
  // In a part, the entries are the part's headings, as in the other formats.
  layout::section_range scope = layout::part_of_section(ctx_.doc, ctx_.section);
  if (!ctx_.toc) ctx_.toc.emplace(ctx_.doc, ctx_.hs);
  std::vector<layout::toc_entry> entries = ctx_.toc->entries(toc.levels, scope);
  if (!entries.empty()) {
    w_.open("ul");
    for (const layout::toc_entry& e : entries) {
      w_.open("li").attr("class", ctx_.names.paragraph(fmt::format("toc-{}", e.level)));
      w_.open("a").attr("href", ctx_.plan.heading_href(ctx_.page, e.heading));
      if (!e.label.empty())
        w_.open("span").attr_plain("class", "label").text(e.label + " ").close();
      inline_writer(w_, ctx_, text_width_mm_).write_text(e.text);
      w_.close();
      w_.close();
    }
    w_.close();
  }
  w_.close();
}

}  // namespace cp::html::detail

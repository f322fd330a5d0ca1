// SPDX-License-Identifier: MIT
// Block content as ODF text: paragraphs, headings, numbered sequences in
// text:list chains, lists, tables, the table of contents and the cover.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "layout/table_grid.hpp"
#include "odt/list_chain.hpp"
#include "odt/style_pool.hpp"
#include "odt/write_context.hpp"
#include "xml/xml_writer.hpp"

namespace cp::odt::detail {

class body_writer {
 public:
  body_writer(xml::writer& w, write_context& ctx, style_pool& pool)
      : w_(w), ctx_(ctx), pool_(pool) {}

  // Starts section `index`: its first block carries the section's master page.
  void begin_section(std::size_t index, doc::orientation o);
  // Sets the text width (pictures, tables) without starting a section: headers and footers.
  void use_orientation(doc::orientation o);
  // Writes blocks; consecutive numbered blocks of one sequence share a text:list.
  void write_blocks(const doc::blocks& bs);
  // Ends the body: a master page or page break still pending gets an empty paragraph.
  void finish();

 private:
  // The break or page style the next paragraph, heading or table must carry.
  struct pending_start {
    std::string master_page;
    bool page_break = false;
  };

  void write_block(const doc::block& b);
  void write_numbered(list_chain& chain, const doc::block& b, const doc::numbering_ref& ref);
  void write_paragraph(const doc::paragraph& p, const std::string& list_style);
  void write_heading(const doc::heading& h, const std::string& list_style);
  void write_empty_paragraph(const std::string& role);
  void write_cover(const doc::title_block& tb);

  // doc::list (body_writer.cpp)
  void write_list(const doc::list& l);
  void write_list_items(list_chain& chain, const doc::list& l, int depth, const std::string& style);
  std::string list_style_for(const doc::list& l);
  list_start next_list(std::size_t sequence, const std::string& style);
  // The list style of a sequence: its scheme's, or an automatic copy that
  // starts at the sequence's start value.
  std::string sequence_list_style(std::size_t sequence);

  // tables (table_writer.cpp)
  void write_table(const doc::table& t);
  void write_caption(const doc::inlines& caption);
  void write_table_row(const doc::table& t, const layout::table_grid& g,
                       const std::vector<double>& widths, std::size_t row);
  void write_table_cell(const doc::table& t, const layout::table_grid& g,
                        const std::vector<double>& widths, std::size_t row, std::size_t column);
  const std::string& cell_style(bool header);
  std::string make_cell_style(bool header);

  // table of contents (toc_writer.cpp)
  void write_toc(const doc::table_of_contents& toc);
  void write_toc_source(const doc::table_of_contents& toc);

  // The style of a paragraph in `role`: the role's style, or an automatic
  // style over it that adds the pending master page or break, a direct
  // alignment, and the list style of the list it sits in (`list_style`; ""
  // outside lists, which switches off a numbering the role's style carries).
  std::string paragraph_style(const std::string& role, const std::string& list_style,
                              std::optional<doc::alignment> align = std::nullopt);
  // Moves the pending master page / page break into `spec` (on `props_element`).
  void take_pending(style_spec& spec, const char* props_element);

  xml::writer& w_;
  write_context& ctx_;
  style_pool& pool_;
  double text_width_mm_ = 0;
  pending_start pending_;
  std::map<std::size_t, std::string> last_list_;  // sequence -> xml:id of its latest text:list
  std::size_t list_ids_ = 0;
  std::size_t headings_ = 0;    // heading ordinal, for bookmarks
  std::size_t section_ = 0;     // the section being written (contents lists in parts)
  std::string part_bookmark_;   // a part's bookmark waiting for its first paragraph
  std::string cell_styles_[2];  // the table cell styles (body, header), once used
  // Writes the waiting part bookmark, if any, in the paragraph just opened.
  void write_part_bookmark();
};

}  // namespace cp::odt::detail

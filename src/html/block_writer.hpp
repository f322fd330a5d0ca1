// SPDX-License-Identifier: MIT
// Block content as HTML: paragraphs and headings with their numbers as
// printed, lists with their labels, tables, the contents list, the cover
// and page breaks.
#pragma once

#include <string>
#include <vector>

#include "document/document.hpp"
#include "html/element_writer.hpp"
#include "html/write_context.hpp"
#include "layout/table_grid.hpp"

namespace cp::html::detail {

class block_writer {
 public:
  block_writer(element_writer& w, write_context& ctx, double text_width_mm)
      : w_(w), ctx_(ctx), text_width_mm_(text_width_mm) {}

  void write_blocks(const doc::blocks& bs, int list_depth = 0);
  void write_block(const doc::block& b, int list_depth = 0);

 private:
  // A paragraph's label and the numbering level that places it.
  struct numbered {
    std::string label;
    std::string level_class;  // empty: the label does not hang
    bool bullet = false;      // a bullet is read as nothing
  };
  numbered number(const doc::numbering_ref& ref);

  // One overload per block kind: std::visit makes a kind without one a
  // compile error, so a block type added to the tree is written here or
  // the build says so.
  void write_node(const doc::paragraph& p, int depth);
  void write_node(const doc::heading& h, int depth);
  void write_node(const doc::list& l, int depth);
  void write_node(const doc::table& t, int depth);
  void write_node(const doc::page_break&, int depth);
  void write_node(const doc::table_of_contents& toc, int depth);
  void write_node(const doc::title_block& tb, int depth);

  void write_paragraph(const doc::paragraph& p, const numbered* n,
                       const std::string& extra_class = "");
  void write_heading(const doc::heading& h, const numbered* n);
  void write_label(const numbered& n);
  void write_list_item(const doc::list& l, const doc::list_item& item, int depth);

  // tables (table_writer.cpp)
  void write_caption(const doc::inlines& caption);
  void write_row(const doc::table& t, const layout::table_grid& g,
                 const std::vector<double>& widths, std::size_t row, bool header);

  element_writer& w_;
  write_context& ctx_;
  double text_width_mm_;
};

}  // namespace cp::html::detail

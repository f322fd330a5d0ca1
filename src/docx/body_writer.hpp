// SPDX-License-Identifier: MIT
// Writes blocks and inlines as WordprocessingML for the body, headers and footers.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "docx/properties.hpp"
#include "docx/section_properties.hpp"
#include "docx/writer_state.hpp"
#include "layout/toc.hpp"
#include "xml/xml_writer.hpp"

namespace cp::docx::detail {

// One story (the main body of a section, a header or a footer). Ids come
// from the shared state; relationships go to the part's own `rels`.
class body_writer {
 public:
  body_writer(writer_state& st, part_relationships& rels, doc::orientation o);

  // Blocks in reading order; `depth` counts the lists around them.
  void write_blocks(xml::writer& w, const doc::blocks& bs, int depth = 0);
  // A section's body, ending with its w:sectPr: in the last paragraph's
  // properties (or an extra paragraph) unless it is the final section, whose
  // w:sectPr the caller writes as the last child of w:body.
  void write_section_body(xml::writer& w, const doc::blocks& body, const section_refs& sect,
                          bool final_section);
  // An empty paragraph in `role` (empty headers and footers, empty cells).
  void write_empty_paragraph(xml::writer& w, const std::string& role);
  // The section of the document this writer writes (contents lists in a
  // part list that part's headings only).
  void set_section(std::size_t index) { section_ = index; }
  // The next paragraph written starts the bookmark `name` (w:id `id`) of a
  // part; the caller ends it after the part's last section.
  void start_part(std::string name, int id) {
    part_bookmark_ = std::move(name);
    part_bookmark_id_ = id;
  }

 private:
  // A paragraph as written: style, numbering and direct properties.
  struct paragraph_spec {
    std::string role;
    const doc::inlines* content = nullptr;
    std::optional<num_ref> numbering;  // unset: none (num_id 0 if the style numbers)
    std::optional<doc::alignment> align;
    std::optional<double> indent_left_mm;  // continuation paragraphs of list items
    std::vector<tab_stop> tabs;
    std::string bookmark;                // headings
    const section_refs* sect = nullptr;  // ends a section
    // Content that is not document inlines (captions, contents entries);
    // written instead of `content` when set.
    std::function<void(xml::writer&)> custom_content;
  };

  // ---- blocks (body_writer.cpp)
  void write_block(xml::writer& w, const doc::block& b, int depth, bool break_needs_paragraph);
  void write_paragraph(xml::writer& w, const paragraph_spec& p);
  void write_paragraph_properties(xml::writer& w, const paragraph_spec& p);
  paragraph_spec spec_of(const doc::paragraph& p) const;
  paragraph_spec spec_of(const doc::heading& h);
  void write_list(xml::writer& w, const doc::list& l, int depth);
  void write_list_item(xml::writer& w, const doc::list& l, const doc::list_item& item, int depth);
  void write_title_block(xml::writer& w, const doc::title_block& tb);
  void write_page_break_paragraph(xml::writer& w);

  // ---- tables (table_writer.cpp)
  struct cell_spec;
  void write_table(xml::writer& w, const doc::table& t);
  void write_caption(xml::writer& w, const doc::table& t);
  void write_table_cell(xml::writer& w, const cell_spec& c);

  // ---- contents (toc_writer.cpp)
  void write_toc(xml::writer& w, const doc::table_of_contents& toc);
  void write_toc_entry(xml::writer& w, const layout::toc_entry& e, bool first, bool last,
                       const std::string& instruction);

  // ---- inlines (inline_writer.cpp)
  void write_inlines(xml::writer& w, const doc::inlines& content);
  void write_field(xml::writer& w, const doc::field& f);
  void write_link(xml::writer& w, const doc::link& l);
  void write_picture(xml::writer& w, const doc::picture& p);
  void write_page_ref(xml::writer& w, const doc::page_ref& r);
  // A complex field whose cached result is a page number (write_complex_field's bytes).
  void write_page_field(xml::writer& w, const std::string& instruction, page_key page,
                        const run_props& props = {});

  void write_range(xml::writer& w, const doc::block* first, const doc::block* last, int depth);
  double text_width_mm() const;

  writer_state& st_;
  part_relationships& rels_;
  doc::orientation orientation_;
  bool pending_page_break_ = false;  // the next paragraph starts a new page
  bool last_was_table_ = false;      // two tables in a row would merge in Word
  std::size_t section_ = 0;
  std::string part_bookmark_;  // a part's bookmark waiting for its first paragraph
  int part_bookmark_id_ = 0;
};

}  // namespace cp::docx::detail

// SPDX-License-Identifier: MIT
// Inline content: text runs with marks, line breaks, fields, hyperlinks and pictures.
#include "docx/body_writer.hpp"

#include <fmt/format.h>

#include "docx/drawing.hpp"
#include "docx/ooxml_names.hpp"
#include "docx/runs.hpp"
#include "layout/toc.hpp"

namespace cp::docx::detail {

void body_writer::write_inlines(xml::writer& w, const doc::inlines& content) {
  for (const auto& node : content) {
    if (const auto* t = std::get_if<doc::text_run>(&node)) {
      write_text_run(w, t->text, mark_run_props(t->marks));
    } else if (std::holds_alternative<doc::line_break>(node)) {
      w.open("w:r").empty("w:br").close();
    } else if (const auto* f = std::get_if<doc::field>(&node)) {
      write_field(w, *f);
    } else if (const auto* l = std::get_if<doc::link>(&node)) {
      write_link(w, *l);
    } else if (const auto* p = std::get_if<doc::picture>(&node)) {
      write_picture(w, *p);
    } else if (const auto* r = std::get_if<doc::page_ref>(&node)) {
      write_page_ref(w, *r);
    }
  }
}

void body_writer::write_page_ref(xml::writer& w, const doc::page_ref& r) {
  // check_document has made sure the anchor exists. Word updates the field
  // (settings ask it to on opening) and LibreOffice computes it; the cached
  // result is the page estimate, for readers that do neither.
  write_page_field(w, fmt::format(" PAGEREF {} \\h ", st_.bookmarks.at(r.anchor)),
                   st_.anchor_page(r.anchor), mark_run_props(r.marks));
}

void body_writer::write_page_field(xml::writer& w, const std::string& instruction, page_key page,
                                   const run_props& props) {
  write_field_char(w, "begin", props);
  write_instruction(w, instruction, props);
  write_field_char(w, "separate", props);
  // The result run as write_text_run writes a number: no space to preserve.
  w.open("w:r");
  write_run_props(w, props);
  w.open("w:t");
  st_.write_page(w, page);
  w.close().close();
  write_field_char(w, "end", props);
}

void body_writer::write_field(xml::writer& w, const doc::field& f) {
  run_props props = mark_run_props(f.marks);
  switch (f.kind) {
    case doc::field_kind::page_number:
      write_complex_field(w, " PAGE ", "1", props);
      break;
    case doc::field_kind::page_count:
      write_page_field(w, " NUMPAGES ", {page_key::kind::total}, props);
      break;
    case doc::field_kind::document_title:
      write_complex_field(w, " TITLE ", st_.doc.meta.title, props);
      break;
  }
}

void body_writer::write_link(xml::writer& w, const doc::link& l) {
  w.open("w:hyperlink");
  if (!l.target.empty() && l.target.front() == '#') {
    // check_document has made sure the anchor exists.
    w.attr("w:anchor", st_.bookmarks.at(l.target.substr(1)));
  } else {
    w.attr("r:id", rels_.add(rel_type::hyperlink, l.target, true));
  }
  w.attr("w:history", "1");
  for (const auto& r : l.runs) {
    run_props props = mark_run_props(r.marks);
    props.style_id = st_.ids.character("hyperlink");
    write_text_run(w, r.text, props);
  }
  w.close();
}

void body_writer::write_picture(xml::writer& w, const doc::picture& p) {
  w.open("w:r");
  write_drawing(w, st_, rels_, p, text_width_mm());
  w.close();
}

}  // namespace cp::docx::detail

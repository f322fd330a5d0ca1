// SPDX-License-Identifier: MIT
// The table of contents: a Word contents control holding a TOC field whose
// result is already filled in, each entry linked to its heading's bookmark.
#include <fmt/format.h>

#include "docx/body_writer.hpp"
#include "docx/runs.hpp"
#include "layout/walk.hpp"
#include "util/units.hpp"

namespace cp::docx::detail {
namespace {

void write_sdt_properties(xml::writer& w) {
  w.open("w:sdtPr");
  w.open("w:docPartObj");
  w.open("w:docPartGallery").attr("w:val", "Table of Contents").close();
  w.empty("w:docPartUnique");
  w.close();
  w.close();
}

// How far a heading's label hangs, so contents labels line up the same way.
std::vector<double> label_widths(const doc::document& d, const style::house_style& hs) {
  std::vector<double> out;
  layout::walk_document(d, [&](const doc::block& b, int) {
    const auto* h = std::get_if<doc::heading>(&b.node);
    if (!h) return;
    double width = 0;
    if (h->numbering && h->numbering->sequence < d.sequences.size()) {
      const auto& scheme = hs.scheme(d.sequences[h->numbering->sequence].scheme);
      auto lvl = static_cast<std::size_t>(h->numbering->level);
      if (lvl < scheme.levels.size()) width = scheme.levels[lvl].hanging_mm;
    }
    out.push_back(width);
  });
  return out;
}

double indent_of(const style::house_style& hs, const std::string& role) {
  for (const auto* s = hs.find_paragraph(role); s;
       s = s->based_on.empty() ? nullptr : hs.find_paragraph(s->based_on))
    if (s->indent_left_mm) return *s->indent_left_mm;
  return 0;
}

}  // namespace

void body_writer::write_toc_entry(xml::writer& w, const layout::toc_entry& e, bool first, bool last,
                                  const std::string& instruction) {
  if (first) {
    write_field_char(w, "begin");
    write_instruction(w, instruction);
    write_field_char(w, "separate");
  }
  std::string bookmark = layout::heading_bookmark(e.heading);
  w.open("w:hyperlink").attr("w:anchor", bookmark).attr("w:history", "1");
  if (!e.label.empty()) {
    write_text_run(w, e.label, {});
    write_text_run(w, "\t", {});
  }
  write_text_run(w, e.text, {});
  write_text_run(w, "\t", {});
  write_page_field(w, fmt::format(" PAGEREF {} \\h ", bookmark),
                   {page_key::kind::heading, e.heading});
  w.close();
  if (last) write_field_char(w, "end");
}

void body_writer::write_toc(xml::writer& w, const doc::table_of_contents& toc) {
  layout::section_range scope = layout::part_of_section(st_.doc, section_);
  std::vector<layout::toc_entry> entries = st_.toc().entries(toc.levels, scope);
  std::string instruction = fmt::format(" TOC \\o \"1-{}\" \\h \\z \\u ", toc.levels);
  // In a part, Word's update keeps to the part's headings: \b names the
  // bookmark that spans the part.
  if (scope.first < st_.doc.sections.size() && !st_.doc.sections[scope.first].part_anchor.empty())
    instruction +=
        fmt::format("\\b {} ", st_.bookmarks.at(st_.doc.sections[scope.first].part_anchor));
  std::vector<double> labels = label_widths(st_.doc, st_.style);
  long right = units::twips_from_mm(text_width_mm());

  w.open("w:sdt");
  write_sdt_properties(w);
  w.open("w:sdtContent");

  doc::inlines title{doc::text_run{toc.title, 0}};
  paragraph_spec heading;
  heading.role = "toc-heading";
  heading.content = &title;
  write_paragraph(w, heading);

  if (entries.empty()) {
    // Still a real contents field, so Word fills it in when headings are added.
    paragraph_spec spec;
    spec.role = "toc-1";
    spec.custom_content = [&](xml::writer& out) {
      write_field_char(out, "begin");
      write_instruction(out, instruction);
      write_field_char(out, "separate");
      write_field_char(out, "end");
    };
    write_paragraph(w, spec);
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    paragraph_spec spec;
    spec.role = fmt::format("toc-{}", e.level);
    if (!e.label.empty()) {
      // Word drops default tab stops left of a custom one: give the label its
      // own, as wide as the heading's label hangs (else one default tab).
      long indent = units::twips_from_mm(indent_of(st_.style, spec.role));
      long hang = e.heading < labels.size() && labels[e.heading] > 0
                      ? units::twips_from_mm(labels[e.heading])
                      : default_tab_twips;
      spec.tabs.push_back({"left", indent + hang, false});
    }
    spec.tabs.push_back({"right", right, true});
    spec.custom_content = [&, i](xml::writer& out) {
      write_toc_entry(out, e, i == 0, i + 1 == entries.size(), instruction);
    };
    write_paragraph(w, spec);
  }
  w.close();
  w.close();
}

}  // namespace cp::docx::detail

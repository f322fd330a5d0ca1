// SPDX-License-Identifier: MIT
// Writes word/document.xml: the sections' bodies, each closed by its section properties.
#include <optional>

#include "docx/body_writer.hpp"
#include "docx/ooxml_names.hpp"
#include "docx/parts.hpp"

namespace cp::docx::detail {

void declare_story_namespaces(xml::writer& w) {
  w.attr("xmlns:w", ns::w)
      .attr("xmlns:r", ns::r)
      .attr("xmlns:wp", ns::wp)
      .attr("xmlns:a", ns::a)
      .attr("xmlns:pic", ns::pic);
}

written_part write_document_part(writer_state& st, part_relationships& rels,
                                 const std::vector<section_refs>& sections) {
  xml::writer w;
  w.open("w:document");
  declare_story_namespaces(w);
  w.open("w:body");
  // A part's bookmark spans it, from its first paragraph to the end of its
  // last section: page references name its start, a contents field (\\b) its range.
  std::optional<int> open_part;
  auto end_part = [&] {
    if (open_part) w.open("w:bookmarkEnd").attr("w:id", *open_part).close();
    open_part.reset();
  };
  for (std::size_t i = 0; i < st.doc.sections.size(); ++i) {
    const doc::section& s = st.doc.sections[i];
    bool final_section = i + 1 == st.doc.sections.size();
    body_writer body(st, rels, s.page_orientation);
    body.set_section(i);
    if (!s.part_anchor.empty()) {
      end_part();
      open_part = st.next_bookmark_id();
      body.start_part(st.bookmarks.at(s.part_anchor), *open_part);
      st.restart_table_captions();
    }
    body.write_section_body(w, s.body, sections.at(i), final_section);
    if (final_section) end_part();
    // The last section's properties are the last child of w:body.
    if (final_section) write_section_properties(w, st.style, sections.at(i));
  }
  w.close();
  w.close();
  std::string xml = w.finish();
  return {std::move(xml), w.gaps()};
}

}  // namespace cp::docx::detail

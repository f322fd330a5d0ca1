// SPDX-License-Identifier: MIT
// Writes word/headerN.xml and word/footerN.xml, one of each per section.
#include "docx/body_writer.hpp"
#include "docx/parts.hpp"

namespace cp::docx::detail {

written_part write_header_footer_part(writer_state& st, part_relationships& rels,
                                      const doc::blocks& content, bool header, doc::orientation o) {
  xml::writer w;
  w.open(header ? "w:hdr" : "w:ftr");
  declare_story_namespaces(w);
  body_writer body(st, rels, o);
  // An empty part still replaces the previous section's header or footer,
  // and Word needs a paragraph in it.
  if (content.empty())
    body.write_empty_paragraph(w, header ? "header" : "footer");
  else
    body.write_blocks(w, content);
  w.close();
  std::string xml = w.finish();
  return {std::move(xml), w.gaps()};
}

}  // namespace cp::docx::detail

// SPDX-License-Identifier: MIT
// content.xml: the sections' bodies and the automatic styles they need.
#include <array>
#include <initializer_list>
#include <string_view>

#include "odt/body_writer.hpp"
#include "odt/namespaces.hpp"
#include "odt/parts.hpp"
#include "odt/reference_parts.hpp"

namespace cp::odt::detail {
namespace {

// The sequences LibreOffice declares in every text document, plus the house
// style's table label when it is another word (captions count in it).
void write_sequence_decls(xml::writer& w, const style::house_style& hs) {
  constexpr std::array<std::string_view, 5> standard = {"Illustration", "Table", "Text", "Drawing",
                                                        "Figure"};
  w.open("text:sequence-decls");
  bool label_declared = false;
  for (std::string_view name : standard) {
    w.open("text:sequence-decl")
        .attr("text:display-outline-level", 0)
        .attr("text:name", name)
        .close();
    label_declared = label_declared || name == hs.caption.table_label;
  }
  if (!label_declared)
    w.open("text:sequence-decl")
        .attr("text:display-outline-level", 0)
        .attr("text:name", hs.caption.table_label)
        .close();
  w.close();
}

}  // namespace

std::string content_part(write_context& ctx) {
  // The body is written first: it decides which automatic styles exist.
  style_pool pool;
  xml::writer body(false);
  body_writer blocks(body, ctx, pool);
  for (std::size_t i = 0; i < ctx.doc.sections.size(); ++i) {
    const doc::section& s = ctx.doc.sections[i];
    blocks.begin_section(i, s.page_orientation);
    blocks.write_blocks(s.body);
  }
  blocks.finish();

  xml::writer w;
  const std::initializer_list<std::string_view> prefixes = {"office", "style",  "text",  "table",
                                                            "draw",   "fo",     "xlink", "dc",
                                                            "meta",   "number", "svg",   "ooow"};
  open_root(w, "office:document-content", prefixes);
  // A reference document's font declarations may use more namespaces.
  if (ctx.reference) ctx.reference->declare_namespaces(w, prefixes);
  write_font_face_decls(w, ctx);
  w.open("office:automatic-styles");
  pool.write(w);
  w.close();
  w.open("office:body").open("office:text");
  write_sequence_decls(w, ctx.hs);
  w.raw(body.written());
  w.close().close();
  w.close();
  return w.finish();
}

}  // namespace cp::odt::detail

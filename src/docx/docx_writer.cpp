// SPDX-License-Identifier: MIT
// Builds a DOCX package: checks the tree, writes every part, then the bookkeeping.
#include "docx/docx_writer.hpp"

#include <fmt/format.h>

#include "docx/ooxml_names.hpp"
#include "docx/parts.hpp"
#include "docx/writer_state.hpp"
#include "layout/check.hpp"
#include "layout/toc.hpp"

namespace cp::docx {

using namespace detail;

namespace {

// A written part waiting for its place in the package.
struct part {
  std::string name;
  std::string data;
};

// Relationships of word/document.xml to the parts every document has.
void relate_fixed_parts(part_relationships& rels) {
  rels.add(rel_type::styles, "styles.xml");
  rels.add(rel_type::numbering, "numbering.xml");
  rels.add(rel_type::settings, "settings.xml");
  rels.add(rel_type::font_table, "fontTable.xml");
}

// word/headerN.xml and word/footerN.xml for every section (an empty one too,
// so a section never shows the previous section's furniture).
std::vector<section_refs> write_section_furniture(writer_state& st, part_relationships& doc_rels,
                                                  std::vector<story_part>& stories) {
  std::vector<section_refs> refs;
  for (std::size_t i = 0; i < st.doc.sections.size(); ++i) {
    const doc::section& s = st.doc.sections[i];
    section_refs r;
    r.orientation = s.page_orientation;
    for (bool header : {true, false}) {
      story_part p;
      p.header = header;
      p.name = fmt::format("{}{}.xml", header ? "header" : "footer", i + 1);
      p.xml = write_header_footer_part(st, p.rels, header ? s.header : s.footer, header,
                                       s.page_orientation);
      (header ? r.header_rid : r.footer_rid) =
          doc_rels.add(header ? rel_type::header : rel_type::footer, p.name);
      stories.push_back(std::move(p));
    }
    refs.push_back(std::move(r));
  }
  return refs;
}

part_relationships package_relationships(bool has_custom) {
  part_relationships rels;
  rels.add(rel_type::office_document, "word/document.xml");
  rels.add(rel_type::core_props, "docProps/core.xml");
  rels.add(rel_type::app_props, "docProps/app.xml");
  if (has_custom) rels.add(rel_type::custom_props, "docProps/custom.xml");
  return rels;
}

}  // namespace

package::zip_package build_docx(const doc::document& d, const style::house_style& house,
                                const reference::docx_reference* ref) {
  // 1. Refuse a tree that breaks the engine's invariants before writing anything.
  layout::check_document(d, house);

  // 2. Plan ids: numbering, style ids, heading anchors, page estimates. A
  //    reference document's page setup replaces the house style's.
  style::house_style hs = house;
  if (ref && ref->has_page) hs.page = ref->page;
  writer_state st(d, hs, ref);
  part_relationships doc_rels;
  relate_fixed_parts(doc_rels);

  // 3. Headers and footers, one pair per section (the reference's, if any).
  std::vector<story_part> stories;
  std::vector<section_refs> sections = ref ? write_reference_furniture(st, doc_rels, stories)
                                           : write_section_furniture(st, doc_rels, stories);

  // 4. The main document.
  std::string document = write_document_part(st, doc_rels, sections);

  // 5. The parts the document refers to, then the document properties.
  std::vector<part> parts;
  bool has_custom = !d.meta.custom.empty();
  parts.push_back({"docProps/core.xml", write_core_props_part(d.meta)});
  parts.push_back({"docProps/app.xml", write_app_props_part()});
  if (has_custom) parts.push_back({"docProps/custom.xml", write_custom_props_part(d.meta)});
  parts.push_back({"word/document.xml", std::move(document)});
  parts.push_back(
      {"word/styles.xml", ref ? write_reference_styles_part(st) : write_styles_part(st)});
  parts.push_back(
      {"word/numbering.xml", ref ? write_reference_numbering_part(st) : write_numbering_part(st)});
  parts.push_back({"word/settings.xml", write_settings_part(hs)});
  parts.push_back({"word/fontTable.xml", write_font_table_part(hs)});
  for (auto& s : stories) parts.push_back({"word/" + s.name, std::move(s.xml)});
  for (const auto& m : st.media()) parts.push_back({"word/" + m.target, d.images.at(m.image).data});
  if (ref) {
    for (const auto& m : st.reference_media_parts())
      parts.push_back({"word/" + m.target, ref->part(m.source)});
    // Its theme: the fonts and colours its styles may name by theme.
    if (!ref->theme_part.empty()) {
      doc_rels.add(rel_type::theme, "theme/theme1.xml");
      parts.push_back({"word/theme/theme1.xml", ref->part(ref->theme_part)});
    }
  }

  // 6. Bookkeeping, regenerated from what was written.
  parts.push_back({"word/_rels/document.xml.rels", write_relationships_part(doc_rels.all())});
  for (const auto& s : stories)
    if (!s.rels.empty())
      parts.push_back({"word/_rels/" + s.name + ".rels", write_relationships_part(s.rels.all())});
  std::vector<std::string> names = {"[Content_Types].xml", "_rels/.rels"};
  for (const auto& p : parts) names.push_back(p.name);

  // 7. Assemble in a fixed order: content types and package relationships first.
  package::zip_package pkg;
  pkg.add("[Content_Types].xml", write_content_types_part(names));
  pkg.add("_rels/.rels", write_relationships_part(package_relationships(has_custom).all()));
  for (auto& p : parts) {
    // Images are compressed already.
    bool compress = !(p.name.ends_with(".png") || p.name.ends_with(".jpeg"));
    pkg.add(std::move(p.name), std::move(p.data), compress);
  }
  return pkg;
}

doc::page_estimate estimate_pages(const doc::document& d, const style::house_style& hs) {
  return detail::estimate_pages(d, hs);
}

std::map<std::string, int> anchor_pages(const doc::document& d, const doc::page_estimate& pages) {
  auto page_of = [](const std::vector<int>& v, std::size_t i) { return i < v.size() ? v[i] : 1; };
  std::map<std::string, int> out;
  for (const auto& [anchor, ordinal] : layout::heading_anchors(d))
    out[anchor] = page_of(pages.heading_pages, ordinal);
  for (const auto& [anchor, ordinal] : layout::part_anchors(d))
    out[anchor] = page_of(pages.part_pages, ordinal);
  return out;
}

}  // namespace cp::docx

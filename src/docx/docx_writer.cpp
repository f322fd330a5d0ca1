// SPDX-License-Identifier: MIT
// Builds a DOCX package: checks the tree, writes every part, then the bookkeeping.
#include "docx/docx_writer.hpp"

#include <future>
#include <optional>
#include <system_error>

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

// Whether the page estimate of `d` takes long enough to repay a thread of
// its own: starting and joining one costs about as much as estimating a
// few hundred paragraphs.
bool worth_a_thread(const doc::document& d) {
  std::size_t blocks = 0;
  for (const auto& s : d.sections) blocks += s.body.size();
  return blocks >= 400;
}

// The page estimate, made now, or started on a second thread (`later`) when
// the options allow it and it is worth one. With a reference document it is
// always made now: its footers go through libxml2, which would lose gaps.
std::optional<page_estimate> estimate_or_start(const doc::document& d, const style::house_style& hs,
                                               const reference::docx_reference* ref,
                                               build_options options,
                                               std::future<page_estimate>& later) {
  if (d.pages) return d.pages;
  if (options.helper_thread && !ref && worth_a_thread(d)) {
    try {
      later = std::async(std::launch::async, [&d, &hs] { return detail::estimate_pages(d, hs); });
      return std::nullopt;
    } catch (const std::system_error&) {
      // No thread to be had: estimate here.
    }
  }
  return detail::estimate_pages(d, hs);
}

// A part's bytes, with its page numbers written into its gaps.
std::string with_pages(written_part p, const std::optional<page_estimate>& pages) {
  if (p.gaps.empty()) return std::move(p.xml);
  return xml::fill_gaps(p.xml, p.gaps, [&](std::uint64_t gap) {
    return fmt::format("{}", page_key::from_gap_value(gap).page_in(pages.value()));
  });
}

}  // namespace

package::zip_package build_docx(const doc::document& d, const style::house_style& house,
                                const reference::docx_reference* ref, build_options options) {
  // 1. Refuse a tree that breaks the engine's invariants before writing anything.
  layout::check_document(d, house);

  // 2. Plan ids: numbering, style ids, heading anchors, page estimates. A
  //    reference document's page setup replaces the house style's. The
  //    estimate only gives the cached results of page fields, so on a second
  //    thread it runs beside steps 3 and 4, which leave gaps for them.
  style::house_style hs = house;
  if (ref && ref->has_page) hs.page = ref->page;
  std::future<page_estimate> later;  // joined before `hs` goes
  std::optional<page_estimate> pages = estimate_or_start(d, hs, ref, options, later);
  writer_state st(d, hs, ref, pages);
  part_relationships doc_rels;
  relate_fixed_parts(doc_rels);

  // 3. Headers and footers, one pair per section (the reference's, if any).
  std::vector<story_part> stories;
  std::vector<section_refs> sections = ref ? write_reference_furniture(st, doc_rels, stories)
                                           : write_section_furniture(st, doc_rels, stories);

  // 4. The main document, then the page numbers into the gaps left for them.
  written_part document_written = write_document_part(st, doc_rels, sections);
  if (later.valid()) pages = later.get();
  std::string document = with_pages(std::move(document_written), pages);

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
  for (auto& s : stories) parts.push_back({"word/" + s.name, with_pages(std::move(s.xml), pages)});
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
